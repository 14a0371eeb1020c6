package io.github.bulletinextractor.internal.extract;

import io.github.bulletinextractor.internal.text.Alternatives;
import io.github.bulletinextractor.internal.text.CharSet;
import io.github.bulletinextractor.internal.text.Words;
import io.github.bulletinextractor.model.MetricScope;

/** The period a figure covers, from the words before it in its sentence: 本周, 本月, 今年以来, 累计. */
final class Scopes {

    private static final String WEEK_WORDS = "本周";
    private static final String MONTH_WORDS = "本月|当月";
    /** With 截至3月底 (截至 a month, read in {@link #untilMonthLength}). */
    private static final String YEAR_TO_DATE_WORDS = "今年以来|年初以来|累计|截至目前|截止目前|全年";
    private static final Words WEEK = Words.of(WEEK_WORDS);
    private static final Words MONTH = Words.of(MONTH_WORDS);
    private static final Words YEAR_TO_DATE = Words.of(YEAR_TO_DATE_WORDS);
    /** What a marker starts with (截至 a month starts as 截至目前 does): other characters are passed over. */
    private static final CharSet FIRST_CHARACTERS = CharSet.of(Alternatives.firstCharacters(
            WEEK_WORDS + "|" + MONTH_WORDS + "|" + YEAR_TO_DATE_WORDS));

    /** A marker of a scope in folded text: {@code [start, end)}. */
    record Marker(int start, int end, MetricScope scope) {
    }

    private Scopes() {
    }

    /** The last scope stated in {@code folded} between {@code from} and {@code to}, or null. */
    static MetricScope stated(String folded, int from, int to) {
        MetricScope scope = null;
        for (Marker m = next(folded, from, to); m != null; m = next(folded, m.end(), to)) {
            scope = m.scope();
        }
        return scope;
    }

    /** The first marker in {@code [from, to)}, or null. */
    static Marker next(String folded, int from, int to) {
        for (int i = from; i < to; i++) {
            Marker marker = FIRST_CHARACTERS.contains(folded.charAt(i)) ? markerAt(folded, i, to) : null;
            if (marker != null) {
                return marker;
            }
        }
        return null;
    }

    private static Marker markerAt(String folded, int at, int to) {
        int length = WEEK.lengthAt(folded, at, to);
        if (length > 0) {
            return new Marker(at, at + length, MetricScope.WEEK);
        }
        length = MONTH.lengthAt(folded, at, to);
        if (length > 0) {
            return new Marker(at, at + length, MetricScope.MONTH);
        }
        length = Math.max(YEAR_TO_DATE.lengthAt(folded, at, to), untilMonthLength(folded, at, to));
        return length > 0 ? new Marker(at, at + length, MetricScope.YEAR_TO_DATE) : null;
    }

    /** {@code 截至3月} or {@code 截至12月底}: the length, or -1. */
    private static int untilMonthLength(String folded, int at, int to) {
        if (!folded.startsWith("截至", at)) {
            return -1;
        }
        int month = Dates.monthLength(folded, at + 2, to);
        if (month < 0) {
            return -1;
        }
        int end = at + 2 + month;
        return end - at + (end < to && folded.charAt(end) == '底' ? 1 : 0);
    }
}
