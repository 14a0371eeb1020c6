package io.github.bulletinextractor.internal.read;

/**
 * One line of text as a reader found it.
 *
 * @param text            the line without its line terminator
 * @param page            the page it is printed on (1-based), null for unpaginated sources
 * @param startsParagraph the source marks a paragraph start here: a PDF line indented from the margin
 * @param endsParagraph   the source marks a paragraph end here: a Word or HTML paragraph
 * @param boldLead        how many characters at the start of the line are set in bold (a run-in title)
 * @param reachesEnd      the line runs to the right end of the page's text, so the page, not the
 *                        author, broke it there: a PDF or scanned line as wide as the text block
 */
public record SourceLine(
        String text, Integer page, boolean startsParagraph, boolean endsParagraph, int boldLead, boolean reachesEnd) {

    /** A line whose source says nothing about where it ends on the page. */
    public SourceLine(String text, Integer page, boolean startsParagraph, boolean endsParagraph, int boldLead) {
        this(text, page, startsParagraph, endsParagraph, boldLead, false);
    }

    /** A line of plain text, which says nothing about paragraphs or type. */
    public SourceLine(String text, Integer page) {
        this(text, page, false, false, 0);
    }
}
