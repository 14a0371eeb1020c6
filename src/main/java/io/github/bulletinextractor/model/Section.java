package io.github.bulletinextractor.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A numbered section of the body, or (level 0) an unnumbered heading that holds numbered sections.
 *
 * @param label    the number as printed, {@code 一、}, {@code （一）}, {@code 1.}, {@code （1）}, {@code ①}; null at level 0,
 *                 and for a heading that stands where a number is missing (warning {@code NUMBERING_GAP})
 * @param level    1 to 5 for the numbering styles in that order, 0 for an unnumbered heading
 * @param ordinal  the number as a number, null at level 0
 * @param heading  the title when the numbered line is a title or starts with a short run-in title, else null
 * @param text     the body text, paragraphs separated by a line feed; null when there is none
 * @param page     the page the section starts on, null for unpaginated sources
 * @param children sections nested under this one
 */
@JsonPropertyOrder({"label", "level", "ordinal", "heading", "text", "page", "children"})
public record Section(
        @Nullable String label,
        int level,
        @Nullable Integer ordinal,
        @Nullable String heading,
        @Nullable String text,
        @Nullable Integer page,
        List<Section> children) {

    public Section {
        children = Lists.copy(children);
    }
}
