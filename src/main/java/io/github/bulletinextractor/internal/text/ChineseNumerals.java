package io.github.bulletinextractor.internal.text;

import com.ibm.icu.text.RuleBasedNumberFormat;
import com.ibm.icu.util.ULocale;
import java.text.ParsePosition;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalInt;

/**
 * Reads numbers written in Chinese numerals (十一, 二十三, 一百零五) with ICU's spell-out rules, and
 * year digits written one by one (二〇二四). Only whole strings are accepted: ICU stops silently at
 * the first character it cannot read, so a partial parse would otherwise pass for a number.
 */
public final class ChineseNumerals {

    private static final int CACHED = 200;
    /** Numbers that labels and dates use, read once through ICU so the common case needs no lock. */
    private static final Map<String, Integer> SMALL = new HashMap<>();
    private static final RuleBasedNumberFormat SPELLOUT =
            new RuleBasedNumberFormat(ULocale.CHINESE, RuleBasedNumberFormat.SPELLOUT);
    private static final String DIGITS = "〇一二三四五六七八九";

    static {
        for (int n = 0; n <= CACHED; n++) {
            SMALL.put(SPELLOUT.format(n), n);
        }
        SMALL.put("两", 2);
        SMALL.put("零", 0);
    }

    private ChineseNumerals() {
    }

    /** The value of {@code text} if the whole of it is a Chinese numeral or a run of ASCII digits. */
    public static OptionalInt parse(String text) {
        if (text == null || text.isEmpty()) {
            return OptionalInt.empty();
        }
        if (text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return text.length() > 9 ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(text));
        }
        Integer small = SMALL.get(text);
        if (small != null) {
            return OptionalInt.of(small);
        }
        Number parsed;
        ParsePosition position = new ParsePosition(0);
        synchronized (SPELLOUT) {
            parsed = SPELLOUT.parse(text, position);
        }
        if (parsed == null || position.getIndex() != text.length() || position.getErrorIndex() >= 0) {
            return OptionalInt.empty();
        }
        double value = parsed.doubleValue();
        if (value < 0 || value > Integer.MAX_VALUE || value != Math.rint(value)) {
            return OptionalInt.empty();
        }
        return OptionalInt.of((int) value);
    }

    /** A year written digit by digit, {@code 二〇二四} or {@code 二零二四}. */
    public static OptionalInt parseDigitByDigit(String text) {
        if (text == null || text.isEmpty() || text.length() > 9) {
            return OptionalInt.empty();
        }
        int value = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i) == '零' || text.charAt(i) == 'O' || text.charAt(i) == '○' ? '〇' : text.charAt(i);
            int digit = c >= '0' && c <= '9' ? c - '0' : DIGITS.indexOf(c);
            if (digit < 0) {
                return OptionalInt.empty();
            }
            value = value * 10 + digit;
        }
        return OptionalInt.of(value);
    }
}
