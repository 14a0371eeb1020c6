package io.github.bulletinextractor.internal.read;

import io.github.bulletinextractor.BulletinReadException;
import java.nio.file.Path;

/**
 * Turns the bytes of one file format into lines of text. A new format plugs in as another reader;
 * nothing after this layer knows which format a bulletin came from.
 */
public interface DocumentReader {

    /** Whether this reader reads files of the given detected media type. */
    boolean reads(String mediaType);

    /**
     * Reads the document.
     *
     * @param file      the file, for messages
     * @param content   the whole file
     * @param mediaType the detected media type
     * @param limits    characters, pages and time this file may take; readers check them as they go
     * @throws BulletinReadException if the content cannot be read as this format, or a limit is passed
     */
    RawDocument read(Path file, byte[] content, String mediaType, ReadLimits limits) throws BulletinReadException;
}
