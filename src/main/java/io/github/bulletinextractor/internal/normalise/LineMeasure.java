package io.github.bulletinextractor.internal.normalise;

import java.util.Arrays;
import java.util.List;

/**
 * The full width of a printed line, when the text keeps the page's line breaks. A line well short of
 * the measure ends its paragraph; a line at the measure was wrapped by the page. Text whose lines are
 * whole paragraphs has no measure.
 */
final class LineMeasure {

    /** How far below the measure a line still counts as full: digits and Latin letters set narrower. */
    private static final int SPREAD = 8;

    private static final int MIN_LINES = 6;

    private final int measure;

    private LineMeasure(int measure) {
        this.measure = measure;
    }

    /** Finds the width most lines cluster just under; none when no such cluster exists. */
    static LineMeasure of(List<Integer> widths) {
        int[] sorted = widths.stream()
                .filter(w -> w >= 16)
                .mapToInt(Integer::intValue)
                .sorted()
                .toArray();
        if (sorted.length < MIN_LINES) {
            return new LineMeasure(0);
        }
        int best = 0;
        int bestCount = 0;
        int low = 0;
        for (int high = 0; high < sorted.length; high++) {
            while (sorted[high] - sorted[low] > SPREAD) {
                low++;
            }
            int count = high - low + 1;
            if (count >= bestCount) {
                bestCount = count;
                best = sorted[high];
            }
        }
        boolean clustered = bestCount >= MIN_LINES && bestCount * 10 >= sorted.length * 3 && best <= 240;
        return new LineMeasure(clustered ? mostCommonNear(sorted, best) : 0);
    }

    /** The most frequent width within the cluster: the odd over-long line should not set the measure. */
    private static int mostCommonNear(int[] sorted, int top) {
        int[] counts = new int[top + 1];
        Arrays.stream(sorted).filter(w -> w <= top && w > top - SPREAD - 1).forEach(w -> counts[w]++);
        int mode = top;
        for (int w = top; w >= 0; w--) {
            if (counts[w] > counts[mode]) {
                mode = w;
            }
        }
        return mode;
    }

    boolean known() {
        return measure > 0;
    }

    /** Whether a line of this width stops clearly short of the measure. */
    boolean isShort(int width) {
        return known() && width < measure - SPREAD;
    }

    /** A line ending a sentence this far short of the measure ended its paragraph there. */
    boolean endsSentenceShort(int width) {
        return known() && width < measure - SPREAD / 2;
    }
}
