/**
 * The records a parsed bulletin is made of, and the other values of the API: why a file could not
 * be read ({@link io.github.bulletinextractor.model.ErrorCode}) and when pages are read with OCR
 * ({@link io.github.bulletinextractor.model.OcrMode}). All are immutable; lists are never null (empty when
 * nothing was found) and absent values are {@code null}: each component that may be null is
 * annotated {@link org.jspecify.annotations.Nullable} and says when it is, and every other is never
 * null. They mirror the JSON format described in {@code docs/json-format.md} field for field.
 */
@NullMarked
package io.github.bulletinextractor.model;

import org.jspecify.annotations.NullMarked;
