package io.github.bulletinextractor;

import io.github.bulletinextractor.model.ErrorCode;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * The input could not be read at all. Everything short of that is reported as a warning on the
 * parsed bulletin instead.
 */
public final class BulletinReadException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final ErrorCode code;
    private final String reason;

    /**
     * @param file   the file that could not be read; null when there is none to name
     * @param code   the kind of failure
     * @param reason why, in words, without the file name
     */
    public BulletinReadException(@Nullable Path file, ErrorCode code, String reason) {
        this(file, code, reason, null);
    }

    /** As {@link #BulletinReadException(Path, ErrorCode, String)}, with the failure that caused it, if any. */
    public BulletinReadException(@Nullable Path file, ErrorCode code, String reason, @Nullable Throwable cause) {
        super((file == null ? "<input>" : file.toString()) + ": " + reason, cause);
        this.file = file;
        this.code = code;
        this.reason = reason;
    }

    /** The file that could not be read; null when none was named, and after the exception was serialised. */
    public @Nullable Path file() {
        return file;
    }

    /** A stable code for the kind of failure. */
    public ErrorCode code() {
        return code;
    }

    /** The reason alone, without the file name. */
    public String reason() {
        return reason;
    }
}
