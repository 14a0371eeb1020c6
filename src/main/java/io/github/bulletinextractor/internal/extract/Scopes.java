package io.github.bulletinextractor.internal.extract;

import io.github.bulletinextractor.internal.text.Alternatives;
import io.github.bulletinextractor.model.MetricScope;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The period a figure covers, from the words before it in its sentence: 本周, 本月, 今年以来, 累计. */
final class Scopes {

    private static final String WEEK = "本周";
    private static final String MONTH = "本月|当月";
    private static final String YEAR_TO_DATE = "今年以来|年初以来|累计|截至目前|截止目前|截至\\d{1,2}月底?|全年";
    private static final Pattern MARKER = Pattern.compile("(" + WEEK + ")|(" + MONTH + ")|(" + YEAR_TO_DATE + ")");
    /** What a marker starts with: the pattern is tried only at these characters. */
    private static final String FIRST_CHARACTERS = Alternatives.firstCharacters(WEEK + "|" + MONTH + "|" + YEAR_TO_DATE);

    private Scopes() {
    }

    /** The last scope stated in {@code folded} between {@code from} and {@code to}, or null. */
    static MetricScope stated(String folded, int from, int to) {
        MetricScope scope = null;
        Matcher m = MARKER.matcher(folded);
        for (int at = next(m, folded, from, to); at >= 0; at = next(m, folded, m.end(), to)) {
            scope = scopeOf(m);
        }
        return scope;
    }

    /**
     * Finds the next marker of {@code m} (a matcher of {@link #markers}) in {@code [from, to)} and
     * returns where it starts, or -1; the matcher then holds it.
     */
    static int next(Matcher m, String folded, int from, int to) {
        for (int i = from; i < to; i++) {
            if (FIRST_CHARACTERS.indexOf(folded.charAt(i)) >= 0 && m.region(i, to).lookingAt()) {
                return i;
            }
        }
        return -1;
    }

    static Matcher markers(String folded) {
        return MARKER.matcher(folded);
    }

    static MetricScope scopeOf(Matcher marker) {
        return marker.group(1) != null ? MetricScope.WEEK : marker.group(2) != null ? MetricScope.MONTH
                : MetricScope.YEAR_TO_DATE;
    }
}
