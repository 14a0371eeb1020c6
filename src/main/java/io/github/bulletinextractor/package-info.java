/**
 * The library's entry point, {@link io.github.bulletinextractor.BulletinParser}, and what goes
 * with it: {@link io.github.bulletinextractor.BulletinJson} and
 * {@link io.github.bulletinextractor.BulletinJsonModule} for the JSON form, and
 * {@link io.github.bulletinextractor.BulletinReadException} with its
 * {@link io.github.bulletinextractor.model.ErrorCode} for a file that cannot be read. The records are in
 * {@link io.github.bulletinextractor.model}. Nothing here is null unless annotated
 * {@link org.jspecify.annotations.Nullable}.
 */
@NullMarked
package io.github.bulletinextractor;

import org.jspecify.annotations.NullMarked;
