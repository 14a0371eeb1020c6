package io.github.bulletinextractor.internal.read;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/** Collects a PDF's lines, page by page, with where each line starts. One instance per document. */
final class PdfLineCollector extends PDFTextStripper {

    private static final float BOLD_WEIGHT = 600;

    private final List<List<PageLine>> pages = new ArrayList<>();
    private final StringBuilder line = new StringBuilder();
    private List<PageLine> page;
    private double lineX = Double.NaN;
    private double lineEnd;
    private double charSize;
    private int boldLead;
    private boolean leadOpen = true;

    private final ReadLimits limits;
    private long characters;

    PdfLineCollector(ReadLimits limits) {
        this.limits = limits;
        setSortByPosition(true);
        setSuppressDuplicateOverlappingText(true);
    }

    /** Runs the stripper over the document. */
    @Override
    public String getText(PDDocument document) throws IOException {
        writeText(document, Writer.nullWriter()); // the lines come from the callbacks
        return "";
    }

    /**
     * The lines of each of the document's {@code count} pages, in the order of its page tree. The
     * stripper passes over a page without a content stream (a blank page a scanner wrote); it is
     * here, empty, so that every page after it keeps its number.
     */
    List<List<PageLine>> pages(int count) {
        while (pages.size() < count) {
            pages.add(new ArrayList<>());
        }
        return pages;
    }

    @Override
    protected void startPage(PDPage pdPage) {
        limits.checkTimeUnchecked();
        while (pages.size() < getCurrentPageNo() - 1) {
            pages.add(new ArrayList<>());
        }
        page = new ArrayList<>();
        pages.add(page);
    }

    @Override
    protected void endPage(PDPage pdPage) {
        endLine();
    }

    @Override
    protected void writeString(String text, List<TextPosition> positions) {
        if (Double.isNaN(lineX) && !positions.isEmpty()) {
            TextPosition first = positions.get(0);
            lineX = first.getXDirAdj();
            charSize = first.getFontSizeInPt() > 0 ? first.getFontSizeInPt() : first.getWidthDirAdj();
        }
        if (!positions.isEmpty()) {
            TextPosition last = positions.get(positions.size() - 1);
            lineEnd = last.getXDirAdj() + last.getWidthDirAdj();
        }
        for (TextPosition position : positions) {
            if (leadOpen && isBold(position)) {
                boldLead += position.getUnicode().length();
            } else {
                leadOpen = false;
            }
        }
        line.append(text);
    }

    private static boolean isBold(TextPosition position) {
        PDFontDescriptor descriptor =
                position.getFont() == null ? null : position.getFont().getFontDescriptor();
        String name = position.getFont() == null ? "" : position.getFont().getName();
        return name != null && name.toLowerCase(java.util.Locale.ROOT).contains("bold")
                || descriptor != null && (descriptor.isForceBold() || descriptor.getFontWeight() >= BOLD_WEIGHT);
    }

    @Override
    protected void writeWordSeparator() {
        line.append(' ');
    }

    @Override
    protected void writeLineSeparator() {
        endLine();
    }

    private void endLine() {
        String text = CjkSpacing.tidy(line.toString());
        characters += text.length();
        limits.checkCharactersUnchecked(characters);
        limits.checkTimeUnchecked();
        if (!text.isEmpty() && page != null) {
            double x = Double.isNaN(lineX) ? 0 : lineX;
            page.add(new PageLine(text, x, Math.max(0, lineEnd - x), charSize, Math.min(boldLead, text.length())));
        }
        line.setLength(0);
        lineX = Double.NaN;
        boldLead = 0;
        leadOpen = true;
    }
}
