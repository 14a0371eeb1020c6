package io.github.bulletinextractor.model;

import org.jspecify.annotations.Nullable;

/**
 * An attachment (附件).
 *
 * @param title its title as printed
 * @param text  its content, lines separated by a line feed; null when the bulletin only refers to it
 */
public record Attachment(String title, @Nullable String text) {}
