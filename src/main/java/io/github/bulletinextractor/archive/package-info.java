/**
 * Archive runs, as the command-line tool makes them, for Java programs that want the same:
 * {@link io.github.bulletinextractor.archive.ArchiveFiles} lists the bulletins below folders and
 * reports what it skips, {@link io.github.bulletinextractor.archive.Archive} parses them on several
 * threads in bounded memory, {@link io.github.bulletinextractor.archive.ArchiveOutput} writes one
 * JSON per bulletin and the tables (JSON Lines, CSV and SQLite), and
 * {@link io.github.bulletinextractor.archive.ArchiveCheck} checks an archive as a whole (issues
 * missing or held twice, counts that go down). docs/archivists-guide.md shows them together.
 * Nothing here is null unless annotated {@link org.jspecify.annotations.Nullable}.
 */
@NullMarked
package io.github.bulletinextractor.archive;

import org.jspecify.annotations.NullMarked;
