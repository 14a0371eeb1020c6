package io.github.bulletinextractor.internal.ocr;

import java.util.List;

/**
 * A page read with OCR.
 *
 * @param lines      its lines in reading order
 * @param confidence the mean confidence in its characters, 0–100, or 0 when none were read
 * @param turned     the page was scanned upside down and read turned the right way up
 */
public record OcrPage(List<OcrLine> lines, double confidence, boolean turned) {

    public OcrPage {
        lines = List.copyOf(lines);
    }
}
