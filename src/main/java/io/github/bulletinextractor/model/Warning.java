package io.github.bulletinextractor.model;

import org.jspecify.annotations.Nullable;

/**
 * Something that looked wrong while parsing; the result is still usable.
 *
 * @param code    a stable code, see {@link WarningCode}
 * @param message what was found, in English, quoting the text concerned
 * @param page    the page concerned, null for unpaginated sources or the whole document
 */
public record Warning(
        WarningCode code, String message, @Nullable Integer page) {}
