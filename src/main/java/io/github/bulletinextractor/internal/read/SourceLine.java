package io.github.bulletinextractor.internal.read;

/**
 * One line of text as a reader found it.
 *
 * @param text the line without its line terminator
 * @param page the page it is printed on (1-based), null for unpaginated sources
 */
public record SourceLine(String text, Integer page) {
}
