package io.github.bulletinextractor.internal.read;

import io.github.bulletinextractor.internal.ReadFailure;
import io.github.bulletinextractor.model.ErrorCode;
import java.nio.file.Path;
import java.util.List;

/**
 * Turns the bytes of one file format into lines of text. A new format plugs in as another reader;
 * nothing after this layer knows which format a bulletin came from.
 */
public interface DocumentReader {

    /** Whether this reader reads files of the given detected media type. */
    boolean reads(String mediaType);

    /** The formats it reads, in words for messages and help: {@code PDF}, {@code page images PNG/JPEG/TIFF}. */
    String formats();

    /**
     * Reads the document.
     *
     * @param file      the file, for messages
     * @param content   the whole file
     * @param mediaType the detected media type
     * @param limits    characters, pages and time this file may take; readers check them as they go
     * @throws ReadFailure if the content cannot be read as this format, or a limit is passed
     */
    RawDocument read(Path file, byte[] content, String mediaType, ReadLimits limits) throws ReadFailure;

    /**
     * Reads a document given as several files, one per page in page order (a folder of page
     * images). Only a reader of page images reads more than one.
     *
     * @throws ReadFailure {@code UNSUPPORTED_FORMAT} for several files of a format read from one
     */
    default RawDocument read(Path file, List<byte[]> pages, String mediaType, ReadLimits limits) throws ReadFailure {
        if (pages.size() != 1) {
            throw new ReadFailure(
                    file,
                    ErrorCode.UNSUPPORTED_FORMAT,
                    "holds " + pages.size() + " files of " + mediaType + ", a format read from one file only");
        }
        return read(file, pages.get(0), mediaType, limits);
    }
}
