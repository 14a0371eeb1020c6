/**
 * The records a parsed bulletin is made of. All are immutable; lists are never null (empty when
 * nothing was found) and absent values are {@code null}. They mirror the JSON format described in
 * {@code docs/json-format.md} field for field.
 */
package io.github.bulletinextractor.model;
