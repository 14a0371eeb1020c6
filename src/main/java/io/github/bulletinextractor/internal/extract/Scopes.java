package io.github.bulletinextractor.internal.extract;

import io.github.bulletinextractor.model.MetricScope;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The period a figure covers, from the words before it in its sentence: 本周, 本月, 今年以来, 累计. */
final class Scopes {

    private static final Pattern MARKER = Pattern.compile(
            "(本周)|(本月|当月)|(今年以来|年初以来|累计|截至目前|截止目前|截至\\d{1,2}月底?|全年)");

    private Scopes() {
    }

    /** The last scope stated in {@code folded} between {@code sentenceStart} and {@code position}, or null. */
    static MetricScope stated(String folded, int sentenceStart, int position) {
        MetricScope scope = null;
        Matcher m = MARKER.matcher(folded).region(sentenceStart, position);
        while (m.find()) {
            scope = m.group(1) != null ? MetricScope.WEEK : m.group(2) != null ? MetricScope.MONTH
                    : MetricScope.YEAR_TO_DATE;
        }
        return scope;
    }

    /** Where the sentence holding {@code position} starts. */
    static int sentenceStart(String folded, int position) {
        for (int i = position - 1; i >= 0; i--) {
            if ("。!?".indexOf(folded.charAt(i)) >= 0) {
                return i + 1;
            }
        }
        return 0;
    }
}
