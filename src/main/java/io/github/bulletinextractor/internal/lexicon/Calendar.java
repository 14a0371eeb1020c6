package io.github.bulletinextractor.internal.lexicon;

/**
 * How bulletins write years, dates, ranges of days and issue numbers, as fragments of regular
 * expressions over folded text. Fragments hold no groups; {@link #capture} wraps one in a group
 * where a pattern reads its value.
 */
public final class Calendar {

    /** Chinese digits as years are written digit by digit: 二〇二四. */
    public static final String CHINESE_DIGITS = "〇零一二三四五六七八九";
    /** A year in digits or Chinese digits: 2024, 二〇二四. */
    public static final String YEAR = "(?:\\d{4}|[" + CHINESE_DIGITS + "]{4})";
    /** A month or a day in digits or Chinese numerals: 3, 12, 三, 二十八. */
    public static final String MONTH_OR_DAY = "[0-9一二三四五六七八九十]{1,3}";
    /** A full date: 2024年4月8日, 二〇二四年四月八日. */
    public static final String FULL_DATE = YEAR + "年" + MONTH_OR_DAY + "月" + MONTH_OR_DAY + "日";
    /** What stands between the two ends of a range of days or months: 3月25日—3月29日, 8日至9日, 1—6月. */
    public static final String RANGE = "[-~—–至到]";
    /** The number of an issue within its year, in digits or Chinese numerals. */
    public static final String ISSUE_DIGITS = "[0-9一二三四五六七八九十百〇零]{1,6}";
    /** The running number over all years, 总第483期. */
    public static final String CUMULATIVE_DIGITS = "[0-9]{1,6}";

    private Calendar() {}

    /** {@code fragment} as a capturing group. */
    public static String capture(String fragment) {
        return "(" + fragment + ")";
    }
}
