package io.github.bulletinextractor.archive;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The output folder of a run cannot be used: another run holds it, it is a file, it cannot be
 * written, or the disk filled up. The message names the folder and says why; nothing half-written
 * is left in it.
 */
public final class OutputFolderException extends IOException {

    private final Path folder;

    OutputFolderException(Path folder, String why, Throwable cause) {
        super(folder + ": " + why, cause);
        this.folder = folder;
    }

    /** The folder. */
    public Path folder() {
        return folder;
    }
}
