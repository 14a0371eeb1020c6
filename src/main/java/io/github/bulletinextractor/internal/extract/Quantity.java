package io.github.bulletinextractor.internal.extract;

import io.github.bulletinextractor.internal.text.CharSet;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A counted quantity in folded text: {@code 1838人次}, {@code 5.42万件}, {@code 69.67%},
 * {@code 120余家}. Ordinals ({@code 第6次}) and other units are not quantities.
 *
 * <p>Read by hand rather than with a regular expression: every paragraph is searched, and the
 * pattern this replaces, kept in the tests as the specification,
 * {@code (?<![\d.第])(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(?:余|多)?(万|亿)?(?:余|多)?(人次|件次|人\(次\)|件|次|份|个|项|家|%)},
 * cost a matcher per number.
 *
 * @param value the exact value with its multiplier applied
 * @param unit  the unit, {@code 人（次）} read as 人次
 * @param start where the number starts in the folded text
 * @param end   where the unit ends in the folded text
 */
record Quantity(BigDecimal value, String unit, int start, int end) {

    /** In the order they are tried: a longer unit before the one it starts with. */
    private static final List<String> UNITS = List.of("人次", "件次", "人(次)", "件", "次", "份", "个", "项", "家", "%");
    /** What a number cannot follow: a digit (it is not where the number starts), a decimal point, or 第 (an ordinal). */
    private static final CharSet NOT_AFTER = CharSet.of("0123456789.第");

    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);
    private static final BigDecimal HUNDRED_MILLION = BigDecimal.valueOf(100_000_000);

    /** Every quantity in {@code folded} between {@code from} and {@code to}, in order. */
    static List<Quantity> findAll(String folded, int from, int to) {
        List<Quantity> found = new ArrayList<>();
        for (int i = from; i < to; i++) {
            if (!isDigit(folded.charAt(i)) || i > 0 && NOT_AFTER.contains(folded.charAt(i - 1))) {
                continue;
            }
            Quantity quantity = readAt(folded, i, to);
            if (quantity != null) {
                found.add(quantity);
                i = quantity.end() - 1;
            }
        }
        return found;
    }

    /** The quantity whose number starts at {@code start}, or null. */
    private static Quantity readAt(String folded, int start, int to) {
        int digitsEnd = digitsFrom(folded, start, to);
        // 1,838 is grouped only when every group after the first has three digits and the first at most three.
        int groupedEnd = digitsEnd;
        if (digitsEnd - start <= 3) {
            while (groupedEnd + 4 <= to
                    && folded.charAt(groupedEnd) == ','
                    && digitsFrom(folded, groupedEnd + 1, groupedEnd + 4) == groupedEnd + 4) {
                groupedEnd += 4;
            }
        }
        Quantity quantity = groupedEnd > digitsEnd ? readAfterInteger(folded, start, groupedEnd, to) : null;
        return quantity != null ? quantity : readAfterInteger(folded, start, digitsEnd, to);
    }

    /** The quantity whose integer part is {@code [start, integerEnd)}: a fraction, 余/多, 万/亿, then a unit. */
    private static Quantity readAfterInteger(String folded, int start, int integerEnd, int to) {
        int i = integerEnd;
        if (i + 1 < to && folded.charAt(i) == '.' && isDigit(folded.charAt(i + 1))) {
            i = digitsFrom(folded, i + 1, to);
        }
        int numberEnd = i;
        i = skipApproximate(folded, i, to);
        BigDecimal multiplier = null;
        if (i < to && folded.charAt(i) == '万') {
            multiplier = TEN_THOUSAND;
            i++;
        } else if (i < to && folded.charAt(i) == '亿') {
            multiplier = HUNDRED_MILLION;
            i++;
        }
        i = skipApproximate(folded, i, to);
        for (String unit : UNITS) {
            if (i + unit.length() <= to && folded.startsWith(unit, i)) {
                BigDecimal value =
                        new BigDecimal(folded.substring(start, numberEnd).replace(",", ""));
                if (multiplier != null) {
                    value = value.multiply(multiplier);
                }
                value = value.stripTrailingZeros();
                if (value.scale() < 0) {
                    value = value.setScale(0);
                }
                return new Quantity(value, unit.equals("人(次)") ? "人次" : unit, start, i + unit.length());
            }
        }
        return null;
    }

    /** 120余家, 3万多件: 余 or 多 says the figure is approximate, and is passed over. */
    private static int skipApproximate(String folded, int i, int to) {
        return i < to && (folded.charAt(i) == '余' || folded.charAt(i) == '多') ? i + 1 : i;
    }

    private static int digitsFrom(String folded, int start, int to) {
        int i = start;
        while (i < to && isDigit(folded.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
