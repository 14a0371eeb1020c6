package io.github.bulletinextractor.archive;

import io.github.bulletinextractor.model.ErrorCode;
import io.github.bulletinextractor.model.Bulletin;
import org.jspecify.annotations.Nullable;

/**
 * What came of one file of an archive: its bulletin, or why it has none.
 *
 * @param entry    the file and where it sits in the archive
 * @param bulletin the record, null when the file failed
 * @param code     why the file failed, null when it was read
 * @param reason   why in words, without the file name; null when the file was read
 * @param cause    the exception behind a failure, for diagnostics (a stack trace on request); may be null
 */
public record ParseResult(ArchiveFiles.Entry entry, @Nullable Bulletin bulletin, @Nullable ErrorCode code,
                          @Nullable String reason, @Nullable Throwable cause) {

    static ParseResult parsed(ArchiveFiles.Entry entry, Bulletin bulletin) {
        return new ParseResult(entry, bulletin, null, null, null);
    }

    /** A failure; {@code reason} is said of the file. */
    public static ParseResult failed(ArchiveFiles.Entry entry, ErrorCode code, String reason, @Nullable Throwable cause) {
        return new ParseResult(entry, null, code, reason, cause);
    }

    public boolean ok() {
        return bulletin != null;
    }

    /** The reason with the file as it was given first, {@code a/b.pdf: not a readable PDF}; null when the file was read. */
    public @Nullable String message() {
        return reason == null ? null : entry.file() + ": " + reason;
    }
}
