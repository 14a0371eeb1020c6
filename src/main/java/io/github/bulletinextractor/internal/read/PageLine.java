package io.github.bulletinextractor.internal.read;

import java.util.List;

/**
 * A printed line of a page, with where it stands: from a PDF's text or from OCR of a page image.
 *
 * @param text     its text, with spaces only where they separate Latin words or numbers
 * @param x        where it starts, in points from the left edge
 * @param charSize the width of a full-width character in its font, in points
 * @param boldLead how many characters at its start are set in a bold font
 */
record PageLine(String text, double x, double width, double charSize, int boldLead) {

    PageLine withText(String other) {
        return new PageLine(other, x, width, charSize, boldLead);
    }

    /** Indented by at least this many characters, a line starts a paragraph (official documents indent by two). */
    private static final double INDENT = 1.5;
    /**
     * A line ending within this many characters of the text's right end runs to it: justified
     * print fills its lines, but a line may stop a character short where the next may not start one.
     */
    private static final double END_SLACK = 1.5;
    /** At least this share of the lines must end together for that to be taken for the text's right end. */
    private static final double MIN_SHARE_AT_END = 0.3;

    /** The middle of the text block: halfway between the left margin and the right end of the longest lines. */
    static double textCentre(List<PageLine> page, double leftMargin) {
        double right = page.stream().mapToDouble(l -> l.x() + l.width()).max().orElse(0);
        return (leftMargin + right) / 2;
    }

    /** The page's left margin: where most lines start. */
    static double leftMargin(List<PageLine> page) {
        return page.stream()
                .mapToDouble(PageLine::x)
                .sorted()
                .skip(page.size() / 10)
                .findFirst()
                .orElse(0);
    }

    /**
     * The right end of the text block of the pages, in their units (PDF and OCR lines alike are in
     * points): where most lines end within a character of one another, the furthest of them; or
     * infinity where lines do not end together (none then reaches it).
     */
    static double textEnd(List<List<PageLine>> pages) {
        List<PageLine> all =
                pages.stream().flatMap(List::stream).filter(l -> l.charSize > 0).toList();
        double[] ends = all.stream().mapToDouble(l -> l.x + l.width).sorted().toArray();
        double[] sizes = all.stream().mapToDouble(PageLine::charSize).sorted().toArray();
        if (ends.length == 0) {
            return Double.POSITIVE_INFINITY;
        }
        double charSize = sizes[sizes.length / 2];
        int bestCount = 0;
        double bestEnd = Double.POSITIVE_INFINITY;
        for (int low = 0, high = 0; high < ends.length; high++) {
            while (ends[high] - ends[low] > charSize) {
                low++;
            }
            if (high - low + 1 >= bestCount) {
                bestCount = high - low + 1;
                bestEnd = ends[high];
            }
        }
        return bestCount >= MIN_SHARE_AT_END * ends.length ? bestEnd : Double.POSITIVE_INFINITY;
    }

    /** Whether the line runs to the text's right end ({@link #textEnd}). */
    boolean reachesEnd(double textEnd) {
        return charSize > 0 && x + width >= textEnd - END_SLACK * charSize;
    }

    /**
     * Whether the line starts a paragraph: indented from the margin, and not centred, since a
     * centred title that wraps is indented on every line.
     */
    boolean startsParagraph(double margin, double pageCentre) {
        boolean indented = charSize > 0 && x - margin >= INDENT * charSize;
        boolean centred = Math.abs(x + width / 2 - pageCentre) < charSize;
        return indented && !centred;
    }
}
