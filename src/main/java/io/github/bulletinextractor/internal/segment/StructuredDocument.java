package io.github.bulletinextractor.internal.segment;

import io.github.bulletinextractor.internal.normalise.Paragraph;
import java.util.List;
import java.util.function.Consumer;

/**
 * A bulletin sorted into its parts.
 *
 * @param masthead        paragraphs before the body, and the printed period wherever it stands before the first section
 * @param sections        the section tree of the body
 * @param backMatter      attachments, distribution and print run after the body
 * @param attachmentNotes {@code 附件：…} references, wherever they stand
 */
public record StructuredDocument(
        List<Paragraph> masthead,
        List<SectionNode> sections,
        List<Paragraph> backMatter,
        List<Paragraph> attachmentNotes) {

    public StructuredDocument {
        masthead = List.copyOf(masthead);
        sections = List.copyOf(sections);
        backMatter = List.copyOf(backMatter);
        attachmentNotes = List.copyOf(attachmentNotes);
    }

    /** Visits every section, parents first, in document order. */
    public void walkSections(Consumer<SectionNode> visitor) {
        sections.forEach(section -> section.walk(visitor));
    }
}
