package io.github.bulletinextractor.internal.segment;

import io.github.bulletinextractor.internal.normalise.Paragraph;
import io.github.bulletinextractor.model.Section;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/** A section while the document is being read: its paragraphs are kept for the field extractors. */
public final class SectionNode {

    private final String label;
    private final int level;
    private final Integer ordinal;
    private final String heading;
    private final Integer page;
    private final List<Paragraph> body = new ArrayList<>();
    private final List<SectionNode> children = new ArrayList<>();

    SectionNode(String label, int level, Integer ordinal, String heading, Integer page) {
        this.label = label;
        this.level = level;
        this.ordinal = ordinal;
        this.heading = heading;
        this.page = page;
    }

    void addBody(Paragraph paragraph) {
        if (!paragraph.text().isBlank()) {
            body.add(paragraph);
        }
    }

    void addChild(SectionNode child) {
        children.add(child);
    }

    public String label() {
        return label;
    }

    public int level() {
        return level;
    }

    public Integer ordinal() {
        return ordinal;
    }

    public String heading() {
        return heading;
    }

    public Integer page() {
        return page;
    }

    /** The section's own paragraphs, without its heading and without its children. */
    public List<Paragraph> body() {
        return Collections.unmodifiableList(body);
    }

    public List<SectionNode> children() {
        return Collections.unmodifiableList(children);
    }

    /** Visits this section and every section below it, parents first. */
    public void walk(Consumer<SectionNode> visitor) {
        visitor.accept(this);
        children.forEach(child -> child.walk(visitor));
    }

    public Section toSection() {
        String text = body.isEmpty() ? null : body.stream().map(Paragraph::text).collect(Collectors.joining("\n"));
        return new Section(
                label,
                level,
                ordinal,
                heading,
                text,
                page,
                children.stream().map(SectionNode::toSection).toList());
    }
}
