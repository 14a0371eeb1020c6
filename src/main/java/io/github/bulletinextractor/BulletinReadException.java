package io.github.bulletinextractor;

import java.nio.file.Path;

/**
 * The input could not be read at all. Everything short of that is reported as a warning on the
 * parsed bulletin instead.
 */
public final class BulletinReadException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final ErrorCode code;
    private final String reason;

    public BulletinReadException(Path file, ErrorCode code, String reason) {
        this(file, code, reason, null);
    }

    public BulletinReadException(Path file, ErrorCode code, String reason, Throwable cause) {
        super((file == null ? "<input>" : file.toString()) + ": " + reason, cause);
        this.file = file;
        this.code = code;
        this.reason = reason;
    }

    /** The file that could not be read. */
    public Path file() {
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
