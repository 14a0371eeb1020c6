package io.github.bulletinextractor.internal.normalize;

import io.github.bulletinextractor.internal.text.FoldedText;
import java.util.ArrayList;
import java.util.List;

/**
 * A paragraph with the lines the page wrapped joined back together.
 *
 * @param text       the text as printed, markup residue removed
 * @param page       the page its first line is on, null for unpaginated sources
 * @param heading    the source marked it as a heading (Markdown {@code #})
 * @param boldLead   how many characters at its start the source set in bold, 0 if none
 * @param pageBreaks where in the text later pages begin, for a paragraph that runs over a page end
 */
public record Paragraph(String text, Integer page, boolean heading, int boldLead, List<PageBreak> pageBreaks) {

    /**
     * A page that begins inside a paragraph.
     *
     * @param offset where in the paragraph's text the page begins
     * @param page   the page number
     */
    public record PageBreak(int offset, int page) {
    }

    public Paragraph {
        pageBreaks = List.copyOf(pageBreaks);
    }

    public Paragraph(String text, Integer page, boolean heading, int boldLead) {
        this(text, page, heading, boldLead, List.of());
    }

    public FoldedText folded() {
        return FoldedText.of(text);
    }

    /** The page the character at {@code offset} is printed on. */
    public Integer pageAt(int offset) {
        Integer result = page;
        for (PageBreak pageBreak : pageBreaks) {
            if (pageBreak.offset() <= offset) {
                result = pageBreak.page();
            }
        }
        return result;
    }

    /** The rest of the paragraph from {@code offset}, stripped, keeping track of its pages; not bold, not a heading. */
    public Paragraph from(int offset) {
        int start = Math.min(offset, text.length());
        while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        String rest = text.substring(start).stripTrailing();
        List<PageBreak> breaks = new ArrayList<>();
        for (PageBreak pageBreak : pageBreaks) {
            if (pageBreak.offset() > start) {
                breaks.add(new PageBreak(pageBreak.offset() - start, pageBreak.page()));
            }
        }
        return new Paragraph(rest, pageAt(start), false, 0, breaks);
    }
}
