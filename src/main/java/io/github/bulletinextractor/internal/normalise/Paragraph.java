package io.github.bulletinextractor.internal.normalise;

import io.github.bulletinextractor.internal.classify.Block;
import io.github.bulletinextractor.internal.classify.BlockClassifier;
import io.github.bulletinextractor.internal.text.FoldedText;
import java.util.ArrayList;
import java.util.List;

/**
 * A paragraph with the lines the page wrapped joined back together: its text as printed (markup
 * residue removed), the page its first line is on (null for unpaginated sources), how many
 * characters at its start the source set in bold, and where in the text later pages begin. Its folded view is made once and kept,
 * since the classifier, the segmenter and every extractor match on it.
 */
public final class Paragraph {

    private final String text;
    private final Integer page;
    private final int boldLead;
    private final List<PageBreak> pageBreaks;
    private FoldedText folded;
    /** How the classifier sees the text, made once (for a paragraph of one line, by the normaliser). */
    private Block block;

    /**
     * A page that begins inside a paragraph.
     *
     * @param offset where in the paragraph's text the page begins
     * @param page   the page number
     */
    public record PageBreak(int offset, int page) {}

    public Paragraph(String text, Integer page, int boldLead, List<PageBreak> pageBreaks) {
        this(text, page, boldLead, pageBreaks, null, null);
    }

    /** With the folded view and classification of {@code text} where the caller has them already, else nulls. */
    Paragraph(String text, Integer page, int boldLead, List<PageBreak> pageBreaks, FoldedText folded, Block block) {
        this.text = text;
        this.page = page;
        this.boldLead = boldLead;
        this.pageBreaks = List.copyOf(pageBreaks);
        this.folded = folded;
        this.block = block;
    }

    public Paragraph(String text, Integer page, int boldLead) {
        this(text, page, boldLead, List.of());
    }

    public String text() {
        return text;
    }

    public Integer page() {
        return page;
    }

    public int boldLead() {
        return boldLead;
    }

    /** Paragraphs belong to one parse and one thread, so the view is cached without locking. */
    public FoldedText folded() {
        if (folded == null) {
            folded = FoldedText.of(text);
        }
        return folded;
    }

    /** How {@code classifier} sees the text; made once, like the folded view. */
    public Block block(BlockClassifier classifier) {
        if (block == null) {
            block = classifier.classify(folded());
        }
        return block;
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

    /** The rest of the paragraph from {@code offset}, stripped, keeping track of its pages; not bold. */
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
        return new Paragraph(
                rest,
                pageAt(start),
                0,
                breaks,
                folded == null ? null : folded.slice(start, start + rest.length()),
                null);
    }
}
