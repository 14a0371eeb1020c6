package io.github.bulletinextractor.internal.extract;

import io.github.bulletinextractor.model.MetricScope;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The period a figure covers, from the words before it in its sentence: 本周, 本月, 今年以来, 累计. */
final class Scopes {

    /** The lookahead lets a search pass most characters with one test instead of trying every word. */
    private static final Pattern MARKER = Pattern.compile(
            "(?=[本当今年累截全])(?:(本周)|(本月|当月)|(今年以来|年初以来|累计|截至目前|截止目前|截至\\d{1,2}月底?|全年))");

    private Scopes() {
    }

    /** The last scope stated in {@code folded} between {@code from} and {@code to}, or null. */
    static MetricScope stated(String folded, int from, int to) {
        MetricScope scope = null;
        Matcher m = MARKER.matcher(folded).region(from, to);
        while (m.find()) {
            scope = scopeOf(m);
        }
        return scope;
    }

    static Matcher markers(String folded) {
        return MARKER.matcher(folded);
    }

    static MetricScope scopeOf(Matcher marker) {
        return marker.group(1) != null ? MetricScope.WEEK : marker.group(2) != null ? MetricScope.MONTH
                : MetricScope.YEAR_TO_DATE;
    }
}
