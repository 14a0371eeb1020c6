package io.github.bulletinextractor.internal.ocr;

import java.util.List;

/**
 * A printed line as OCR read it, in pixels of the page image.
 *
 * @param text       the line's text as recognised, its runs joined with a space where the print
 *                   leaves a gap of two characters or more between them
 * @param left       where the line starts
 * @param top        the top of the line
 * @param width      from its start to its end
 * @param height     from its top to its bottom
 * @param charSize   the advance of a full-width character on the page
 * @param confidence the recogniser's mean confidence in its characters, 0–100
 * @param doubts     the places in {@code text} OCR is unsure of
 */
public record OcrLine(
        String text,
        double left,
        double top,
        double width,
        double height,
        double charSize,
        double confidence,
        List<Doubt> doubts) {

    public OcrLine {
        doubts = List.copyOf(doubts);
    }

    /**
     * A place in the text OCR is unsure of: a character read with little confidence, or room in the
     * print for a character more than was read (one outside the recogniser's dictionary).
     *
     * @param offset     where in the text
     * @param length     1 for a character read with little confidence, 0 where one was not read
     * @param confidence the recogniser's confidence in the character read, 0–1; 0 where none was
     */
    public record Doubt(int offset, int length, double confidence) {

        public boolean unread() {
            return length == 0;
        }
    }
}
