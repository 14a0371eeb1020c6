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

    /** The middle of the text block: halfway between the left margin and the right end of the longest lines. */
    static double textCentre(List<PageLine> page, double leftMargin) {
        double right = page.stream().mapToDouble(l -> l.x() + l.width()).max().orElse(0);
        return (leftMargin + right) / 2;
    }

    /** The page's left margin: where most lines start. */
    static double leftMargin(List<PageLine> page) {
        return page.stream().mapToDouble(PageLine::x).sorted().skip(page.size() / 10).findFirst().orElse(0);
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
