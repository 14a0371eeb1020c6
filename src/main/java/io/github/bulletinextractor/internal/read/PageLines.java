package io.github.bulletinextractor.internal.read;

import io.github.bulletinextractor.model.Warning;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Turns pages of positioned lines, a PDF's or those OCR read from page images, into a document:
 * lines repeated at the top or bottom of most pages (running headers and footers) are dropped,
 * and a line indented from the page's margin starts a paragraph.
 */
final class PageLines {

    private PageLines() {}

    /**
     * @param pages    each page's lines in reading order
     * @param leftOut  pages (from 1) whose lines are left out, having no usable text
     * @param ocrPages pages (from 1) whose lines came from OCR
     * @param doubts   the places OCR is unsure of
     */
    static RawDocument document(
            List<List<PageLine>> pages,
            Set<Integer> leftOut,
            String mediaType,
            List<Warning> warnings,
            List<Integer> ocrPages,
            List<OcrDoubt> doubts) {
        List<SourceLine> lines = new ArrayList<>();
        RunningLines running = RunningLines.of(pages);
        double textEnd = PageLine.textEnd(pages);
        for (int i = 0; i < pages.size(); i++) {
            if (leftOut.contains(i + 1)) {
                continue;
            }
            List<PageLine> page = pages.get(i);
            double margin = PageLine.leftMargin(page);
            double centre = PageLine.textCentre(page, margin);
            for (int j = 0; j < page.size(); j++) {
                PageLine line = page.get(j);
                if (running.isRunning(line, j, page.size())) {
                    continue;
                }
                lines.add(new SourceLine(
                        line.text(),
                        i + 1,
                        line.startsParagraph(margin, centre),
                        false,
                        line.boldLead(),
                        line.reachesEnd(textEnd)));
            }
        }
        return new RawDocument(lines, mediaType, pages.size(), warnings, ocrPages, doubts);
    }
}
