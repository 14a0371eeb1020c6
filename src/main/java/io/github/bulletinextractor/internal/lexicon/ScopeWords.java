package io.github.bulletinextractor.internal.lexicon;

import io.github.bulletinextractor.internal.text.Alternatives;
import io.github.bulletinextractor.internal.text.CharSet;
import io.github.bulletinextractor.internal.text.Words;
import io.github.bulletinextractor.model.Frequency;
import io.github.bulletinextractor.model.MetricScope;

/**
 * The words that say which period a figure covers, in two classes:
 * <ul>
 *   <li>the bulletin's own period: 本周 (a week), 本月 and 当月 (a month), and 本期, which is the week of
 *       a weekly and the month of a monthly;</li>
 *   <li>the year so far: 今年以来, 年初以来, 累计, 截至目前, 截止目前, 全年, 截至N月(底) and 1—N月.</li>
 * </ul>
 */
public final class ScopeWords {

    private static final String WEEK_WORDS = "本周";
    private static final String MONTH_WORDS = "本月|当月";
    private static final String ISSUE_WORDS = "本期";
    /** With 截至3月底 and 1—3月, read in {@link #untilMonthLength} and {@link #fromJanuaryLength}. */
    private static final String YEAR_TO_DATE_WORDS = "今年以来|年初以来|累计|截至目前|截止目前|全年";

    private static final Words WEEK = Words.of(WEEK_WORDS);
    private static final Words MONTH = Words.of(MONTH_WORDS);
    private static final Words ISSUE = Words.of(ISSUE_WORDS);
    private static final Words YEAR_TO_DATE = Words.of(YEAR_TO_DATE_WORDS);
    private static final String RANGE_CHARACTERS = "-~—–至到";
    /** What a marker starts with (截至 a month starts as 截至目前 does, 1—N月 with 1): others are passed over. */
    private static final CharSet FIRST_CHARACTERS = CharSet.of(
            Alternatives.firstCharacters(WEEK_WORDS + "|" + MONTH_WORDS + "|" + ISSUE_WORDS + "|" + YEAR_TO_DATE_WORDS)
                    + "1");

    private static final ScopeWords WEEKLY = new ScopeWords(MetricScope.WEEK);
    private static final ScopeWords MONTHLY = new ScopeWords(MetricScope.MONTH);
    private static final ScopeWords UNKNOWN_FREQUENCY = new ScopeWords(null);

    /** What 本期 means in this bulletin; null when its frequency is not known. */
    private final MetricScope issueScope;

    /** A marker of a scope in folded text: {@code [start, end)}. */
    public record Marker(int start, int end, MetricScope scope) {}

    private ScopeWords(MetricScope issueScope) {
        this.issueScope = issueScope;
    }

    /** The scope words of a bulletin of this frequency, which says what 本期 covers. */
    public static ScopeWords of(Frequency frequency) {
        if (frequency == null) {
            return UNKNOWN_FREQUENCY;
        }
        return frequency == Frequency.MONTHLY ? MONTHLY : WEEKLY;
    }

    /** The last scope stated in {@code folded} between {@code from} and {@code to}, or null. */
    public MetricScope stated(String folded, int from, int to) {
        MetricScope scope = null;
        for (Marker m = next(folded, from, to); m != null; m = next(folded, m.end(), to)) {
            scope = m.scope();
        }
        return scope;
    }

    /** The first marker in {@code [from, to)}, or null. */
    public Marker next(String folded, int from, int to) {
        for (int i = from; i < to; i++) {
            Marker marker = FIRST_CHARACTERS.contains(folded.charAt(i)) ? markerAt(folded, from, i, to) : null;
            if (marker != null) {
                return marker;
            }
        }
        return null;
    }

    private Marker markerAt(String folded, int from, int at, int to) {
        if (folded.charAt(at) == '1') {
            // Digits are common in a paragraph; of the markers only 1—N月 starts with one.
            int length = fromJanuaryLength(folded, from, at, to);
            return length > 0 ? new Marker(at, at + length, MetricScope.YEAR_TO_DATE) : null;
        }
        int length = WEEK.lengthAt(folded, at, to);
        if (length > 0) {
            return new Marker(at, at + length, MetricScope.WEEK);
        }
        length = MONTH.lengthAt(folded, at, to);
        if (length > 0) {
            return new Marker(at, at + length, MetricScope.MONTH);
        }
        length = ISSUE.lengthAt(folded, at, to);
        if (length > 0) {
            return issueScope == null ? null : new Marker(at, at + length, issueScope);
        }
        length = Math.max(YEAR_TO_DATE.lengthAt(folded, at, to), untilMonthLength(folded, at, to));
        return length > 0 ? new Marker(at, at + length, MetricScope.YEAR_TO_DATE) : null;
    }

    /** {@code 截至3月} or {@code 截至12月底}: the length, or -1. */
    private static int untilMonthLength(String folded, int at, int to) {
        if (!folded.startsWith("截至", at)) {
            return -1;
        }
        int month = monthLength(folded, at + 2, to);
        if (month < 0) {
            return -1;
        }
        int end = at + 2 + month;
        return end - at + (end < to && folded.charAt(end) == '底' ? 1 : 0);
    }

    /**
     * {@code 1—6月}, {@code 1月至6月} or {@code 1-12月份}, the months from January to the one reported
     * on: the length, or -1. Not a day of January (1月至6日) nor a number ending in 1 (11—12月);
     * digits before {@code from} or after {@code to} are not seen.
     */
    private static int fromJanuaryLength(String folded, int from, int at, int to) {
        if (folded.charAt(at) != '1' || at > from && isDigit(folded.charAt(at - 1))) {
            return -1;
        }
        int i = at + 1;
        if (i < to && folded.charAt(i) == '月') {
            i++;
        }
        if (i >= to || RANGE_CHARACTERS.indexOf(folded.charAt(i)) < 0) {
            return -1;
        }
        int month = monthLength(folded, i + 1, to);
        if (month < 0) {
            return -1;
        }
        int end = i + 1 + month;
        if (end < to && folded.charAt(end) == '份') {
            end++;
        }
        return end < to && isDigit(folded.charAt(end)) ? -1 : end - at;
    }

    /** The length of a month in digits at {@code at}, {@code 3月} or {@code 12月}, ending by {@code to}; or -1. */
    public static int monthLength(String folded, int at, int to) {
        if (at >= to || !isDigit(folded.charAt(at))) {
            return -1;
        }
        if (at + 2 < to && isDigit(folded.charAt(at + 1)) && folded.charAt(at + 2) == '月') {
            return 3;
        }
        return at + 1 < to && folded.charAt(at + 1) == '月' ? 2 : -1;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
