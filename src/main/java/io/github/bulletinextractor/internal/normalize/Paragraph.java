package io.github.bulletinextractor.internal.normalize;

import io.github.bulletinextractor.internal.text.FoldedText;

/**
 * A paragraph with the lines the page wrapped joined back together.
 *
 * @param text     the text as printed, markup residue removed
 * @param page     the page its first line is on, null for unpaginated sources
 * @param heading  the source marked it as a heading (Markdown {@code #})
 * @param boldLead how many characters at its start the source set in bold, 0 if none
 */
public record Paragraph(String text, Integer page, boolean heading, int boldLead) {

    public FoldedText folded() {
        return FoldedText.of(text);
    }
}
