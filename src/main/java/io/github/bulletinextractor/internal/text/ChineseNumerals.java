package io.github.bulletinextractor.internal.text;

import java.util.OptionalInt;

/**
 * Reads numbers written in Chinese numerals (十一, 二十三, 一百零五, 三万零八百) and year digits written
 * one by one (二〇二四). Only whole, well-formed numerals are accepted, so a partial match never
 * passes for a number.
 *
 * <p>Written by hand rather than through ICU's spell-out rules: those load locale data and build a
 * rule set at start-up, which cost more than a one-file run of the whole tool spends on parsing
 * (docs/performance.md). The test reads back ICU's own spelling of every number up to 100,000.
 */
public final class ChineseNumerals {

    private static final String DIGITS = "〇一二三四五六七八九";
    private static final long MAX = Integer.MAX_VALUE;

    private ChineseNumerals() {}

    /** The value of {@code text} if the whole of it is a Chinese numeral or a run of ASCII digits. */
    public static OptionalInt parse(String text) {
        if (text == null || text.isEmpty()) {
            return OptionalInt.empty();
        }
        if (text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return text.length() > 9 ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(text));
        }
        return new Reader().read(text);
    }

    /** A year written digit by digit, {@code 二〇二四} or {@code 二零二四}. */
    public static OptionalInt parseDigitByDigit(String text) {
        if (text == null || text.isEmpty() || text.length() > 9) {
            return OptionalInt.empty();
        }
        int value = 0;
        for (int i = 0; i < text.length(); i++) {
            int digit = digit(text.charAt(i));
            if (digit < 0) {
                return OptionalInt.empty();
            }
            value = value * 10 + digit;
        }
        return OptionalInt.of(value);
    }

    private static int digit(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        return switch (c) {
            case '零', 'O', '○' -> 0;
            default -> DIGITS.indexOf(c);
        };
    }

    private static int smallUnit(char c) {
        return switch (c) {
            case '十' -> 10;
            case '百' -> 100;
            case '千' -> 1000;
            default -> 0;
        };
    }

    private static long largeUnit(char c) {
        return switch (c) {
            case '万' -> 10_000L;
            case '亿' -> 100_000_000L;
            default -> 0;
        };
    }

    /**
     * One left-to-right pass: a group below 万 is built from digit-unit pairs with units falling
     * (千 before 百 before 十), and 亿 and 万 close a group. A digit without a unit is only read where
     * its place is certain: alone, after 十, or after 零 (一百五 and 一万五 are colloquial for 150 and
     * 15,000 and are refused rather than guessed).
     */
    private static final class Reader {
        private long total;
        /** The value of the group before the next 万 or 亿. */
        private long group;

        private int pendingDigit = -1;
        /** The smallest unit used in the current group, 0 before any. */
        private int lastUnit;

        private boolean zeroSinceUnit;
        private long lastLargeUnit = Long.MAX_VALUE;

        OptionalInt read(String text) {
            if (text.length() == 1 && (text.charAt(0) == '零' || text.charAt(0) == '〇')) {
                return OptionalInt.of(0);
            }
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                boolean ok;
                if (c == '零' || c == '〇') {
                    ok = addZero();
                } else if (DIGITS.indexOf(c) > 0 || c == '两') {
                    ok = addDigit(c == '两' ? 2 : DIGITS.indexOf(c));
                } else if (smallUnit(c) > 0) {
                    ok = addSmallUnit(smallUnit(c));
                } else if (largeUnit(c) > 0) {
                    ok = addLargeUnit(largeUnit(c));
                } else {
                    ok = false;
                }
                if (!ok || total > MAX) {
                    return OptionalInt.empty();
                }
            }
            boolean placeCertain = zeroSinceUnit || lastUnit == 10 || lastUnit == 0 && total == 0;
            if (pendingDigit >= 0 && !placeCertain) {
                return OptionalInt.empty();
            }
            long value = total + group + Math.max(pendingDigit, 0);
            return value > MAX ? OptionalInt.empty() : OptionalInt.of((int) value);
        }

        /** 零 stands for skipped places, once, between a unit and what follows. */
        private boolean addZero() {
            boolean afterUnit = lastUnit > 0 || total > 0;
            if (pendingDigit >= 0 || zeroSinceUnit || !afterUnit) {
                return false;
            }
            zeroSinceUnit = true;
            return true;
        }

        private boolean addDigit(int value) {
            if (pendingDigit >= 0) {
                return false; // 二三 is a list of digits, not a number
            }
            pendingDigit = value;
            return true;
        }

        private boolean addSmallUnit(int unit) {
            if (lastUnit != 0 && unit >= lastUnit) {
                return false;
            }
            long multiplier;
            if (pendingDigit >= 0) {
                multiplier = pendingDigit;
            } else if (unit == 10 && lastUnit == 0) {
                multiplier = 1; // 十一, 一万零十
            } else {
                return false;
            }
            group += multiplier * unit;
            pendingDigit = -1;
            lastUnit = unit;
            zeroSinceUnit = false;
            return true;
        }

        private boolean addLargeUnit(long unit) {
            long value = group + Math.max(pendingDigit, 0);
            if (value == 0 || unit >= lastLargeUnit || pendingDigit >= 0 && lastUnit > 10 && !zeroSinceUnit) {
                return false;
            }
            total += value * unit;
            group = 0;
            pendingDigit = -1;
            lastUnit = 0;
            zeroSinceUnit = false;
            lastLargeUnit = unit;
            return true;
        }
    }
}
