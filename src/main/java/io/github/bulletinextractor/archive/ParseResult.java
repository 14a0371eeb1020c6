package io.github.bulletinextractor.archive;

import io.github.bulletinextractor.model.Bulletin;
import io.github.bulletinextractor.model.ErrorCode;
import org.jspecify.annotations.Nullable;

/**
 * What came of one file of an archive: {@link Parsed} with its bulletin, or {@link Failed} with why
 * it has none. Sealed so that only a failure has a reason and only a success a bulletin:
 * {@code if (result instanceof ParseResult.Failed failed)} tells them apart.
 */
public sealed interface ParseResult permits ParseResult.Parsed, ParseResult.Failed {

    /** The file and where it sits in the archive. */
    ArchiveFiles.Entry entry();

    /**
     * A file that was read.
     *
     * @param entry    the file and where it sits in the archive
     * @param bulletin the record read from it
     */
    record Parsed(ArchiveFiles.Entry entry, Bulletin bulletin) implements ParseResult {}

    /**
     * A file that failed.
     *
     * @param entry  the file and where it sits in the archive
     * @param code   why the file failed
     * @param reason why in words, without the file name
     * @param cause  the exception behind the failure, for diagnostics (a stack trace on request);
     *               null when there was none, such as for a file that could not be listed
     */
    record Failed(
            ArchiveFiles.Entry entry,
            ErrorCode code,
            String reason,
            @Nullable Throwable cause) implements ParseResult {

        /** The reason with the file as it was given first, {@code a/b.pdf: not a readable PDF}. */
        public String message() {
            return entry.file() + ": " + reason;
        }
    }
}
