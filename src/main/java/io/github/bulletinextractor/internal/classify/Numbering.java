package io.github.bulletinextractor.internal.classify;

/**
 * A section number found at the start of a paragraph.
 *
 * @param level    the level of its numbering style, 1 for 一、 to 5 for ①
 * @param label    the number as printed, {@code （一）}
 * @param ordinal  its value
 * @param labelEnd where the label ends in the folded text
 */
public record Numbering(int level, String label, int ordinal, int labelEnd) {}
