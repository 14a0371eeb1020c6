package io.github.bulletinextractor.internal.read;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Running headers and footers: the first or last line of a page that recurs, digits aside, on most
 * pages of the document. A bulletin's own lines never repeat like that.
 */
final class RunningLines {

    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private static final int MIN_PAGES = 3;

    private final Map<String, Integer> tops;
    private final Map<String, Integer> bottoms;
    private final int pages;

    private RunningLines(Map<String, Integer> tops, Map<String, Integer> bottoms, int pages) {
        this.tops = tops;
        this.bottoms = bottoms;
        this.pages = pages;
    }

    static RunningLines of(List<List<PageLine>> pages) {
        Map<String, Integer> tops = new HashMap<>();
        Map<String, Integer> bottoms = new HashMap<>();
        for (List<PageLine> page : pages) {
            if (!page.isEmpty()) {
                tops.merge(key(page.get(0)), 1, Integer::sum);
                bottoms.merge(key(page.get(page.size() - 1)), 1, Integer::sum);
            }
        }
        return new RunningLines(tops, bottoms, pages.size());
    }

    boolean isRunning(PageLine line, int index, int pageSize) {
        if (pages < MIN_PAGES) {
            return false;
        }
        Map<String, Integer> counts = index == 0 ? tops : index == pageSize - 1 ? bottoms : null;
        return counts != null && counts.getOrDefault(key(line), 0) * 2 > pages;
    }

    private static String key(PageLine line) {
        return SPACES.matcher(DIGITS.matcher(line.text()).replaceAll("#")).replaceAll("");
    }
}
