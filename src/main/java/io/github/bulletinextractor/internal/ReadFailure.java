package io.github.bulletinextractor.internal;

import io.github.bulletinextractor.model.ErrorCode;
import java.nio.file.Path;

/**
 * A file could not be read at all, as found inside the library. The public entry point turns it
 * into a {@code ReadFailure}; the internals stay free of the API's classes, so that the
 * packages depend on each other in one direction only.
 */
public final class ReadFailure extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final ErrorCode code;
    private final String reason;

    public ReadFailure(Path file, ErrorCode code, String reason) {
        this(file, code, reason, null);
    }

    public ReadFailure(Path file, ErrorCode code, String reason, Throwable cause) {
        super(file + ": " + reason, cause);
        this.file = file;
        this.code = code;
        this.reason = reason;
    }

    public Path file() {
        return file;
    }

    public ErrorCode code() {
        return code;
    }

    public String reason() {
        return reason;
    }
}
