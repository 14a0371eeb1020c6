/**
 * The records a parsed bulletin is made of. All are immutable; lists are never null (empty when
 * nothing was found) and absent values are {@code null}: each component that may be null is
 * annotated {@link org.jspecify.annotations.Nullable} and says when it is, and every other is never
 * null. They mirror the JSON format described in {@code docs/json-format.md} field for field.
 */
@NullMarked
package io.github.bulletinextractor.model;

import org.jspecify.annotations.NullMarked;
