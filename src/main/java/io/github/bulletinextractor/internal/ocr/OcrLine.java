package io.github.bulletinextractor.internal.ocr;

import java.util.List;

/**
 * A printed line as OCR read it, in pixels of the page image.
 *
 * @param text       the line's text as recognised, its runs joined with a space where the print
 *                   leaves a gap of a character or more between them
 * @param left       where the line starts
 * @param top        the top of the line
 * @param width      from its start to its end
 * @param height     from its top to its bottom
 * @param charSize   the advance of a full-width character in it
 * @param confidence the recogniser's mean confidence in its characters, 0–100
 * @param unreadAt   offsets in {@code text} where the print holds room for a character more than
 *                   was read: a character outside the recogniser's dictionary
 */
public record OcrLine(String text, double left, double top, double width, double height, double charSize,
                      double confidence, List<Integer> unreadAt) {

    public OcrLine {
        unreadAt = List.copyOf(unreadAt);
    }
}
