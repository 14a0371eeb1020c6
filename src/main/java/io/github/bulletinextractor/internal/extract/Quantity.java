package io.github.bulletinextractor.internal.extract;

import io.github.bulletinextractor.internal.text.Alternatives;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A counted quantity in folded text: {@code 1838人次}, {@code 5.42万件}, {@code 69.67%},
 * {@code 120余家}. Ordinals ({@code 第6次}) and other units are not quantities.
 *
 * @param value the exact value with its multiplier applied
 * @param unit  the unit, {@code 人（次）} read as 人次
 * @param start where the number starts in the folded text
 * @param end   where the unit ends in the folded text
 */
record Quantity(BigDecimal value, String unit, int start, int end) {

    private static final String UNITS = "人次|件次|人\\(次\\)|件|次|份|个|项|家|%";
    private static final Pattern QUANTITY = Pattern.compile(
            "(?<![\\d.第])(\\d{1,3}(?:,\\d{3})+|\\d+)(\\.\\d+)?(?:余|多)?(万|亿)?(?:余|多)?(" + UNITS + ")");
    private static final String UNIT_FIRST_CHARACTERS = Alternatives.firstCharacters(UNITS);
    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);
    private static final BigDecimal HUNDRED_MILLION = BigDecimal.valueOf(100_000_000);

    /** Every quantity in {@code folded} between {@code from} and {@code to}, in order. */
    static List<Quantity> findAll(String folded, int from, int to) {
        List<Quantity> found = new ArrayList<>();
        Matcher m = QUANTITY.matcher(folded).useTransparentBounds(true);
        // The pattern is tried only where a run of digits starts and a unit follows the number,
        // not at every character, nor at the dates and years most digits belong to.
        for (int i = from; i < to; i++) {
            if (!isDigit(folded.charAt(i)) || i > 0 && isDigit(folded.charAt(i - 1))
                    || !unitFollows(folded, i, to) || !m.region(i, to).lookingAt()) {
                continue;
            }
            i = m.end() - 1;
            BigDecimal value = new BigDecimal(m.group(1).replace(",", "") + (m.group(2) == null ? "" : m.group(2)));
            if ("万".equals(m.group(3))) {
                value = value.multiply(TEN_THOUSAND);
            } else if ("亿".equals(m.group(3))) {
                value = value.multiply(HUNDRED_MILLION);
            }
            value = value.stripTrailingZeros();
            if (value.scale() < 0) {
                value = value.setScale(0);
            }
            String unit = m.group(4).equals("人(次)") ? "人次" : m.group(4);
            found.add(new Quantity(value, unit, m.start(), m.end()));
        }
        return found;
    }

    /**
     * Whether a unit's first character comes right after the number starting at {@code start} and
     * its 余/多/万/亿: the pattern can match nowhere else, since none of those characters starts a unit.
     */
    private static boolean unitFollows(String folded, int start, int to) {
        int i = start;
        while (i < to && (isDigit(folded.charAt(i)) || folded.charAt(i) == ',' || folded.charAt(i) == '.')) {
            i++;
        }
        while (i < to && "余多万亿".indexOf(folded.charAt(i)) >= 0) {
            i++;
        }
        return i < to && UNIT_FIRST_CHARACTERS.indexOf(folded.charAt(i)) >= 0;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
