package io.github.bulletinextractor.internal.read;

import io.github.bulletinextractor.internal.ReadFailure;
import io.github.bulletinextractor.model.ErrorCode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Every reader, in the one list a format is added to: the first whose {@link DocumentReader#reads}
 * accepts the detected media type reads the file, and the list of readable formats in messages and
 * help is made from the readers' own words.
 */
public final class Readers {

    private final List<DocumentReader> readers;

    public Readers(List<DocumentReader> readers) {
        this.readers = List.copyOf(readers);
    }

    /** The readers of every format this library reads, reading scans with {@code ocr}. */
    public static Readers standard(Ocr ocr) {
        return new Readers(List.of(new PlainTextReader(), new PdfReader(ocr), new ScanReader(ocr), new TikaReader()));
    }

    /** What the readers read, in words: {@code plain text and Markdown, PDF, …}. */
    public String formats() {
        return readers.stream().map(DocumentReader::formats).collect(Collectors.joining(", "));
    }

    /** @throws ReadFailure {@code UNSUPPORTED_FORMAT}, naming what is readable, when no reader reads the type */
    public DocumentReader forType(Path file, String mediaType) throws ReadFailure {
        for (DocumentReader reader : readers) {
            if (reader.reads(mediaType)) {
                return reader;
            }
        }
        throw new ReadFailure(
                file,
                ErrorCode.UNSUPPORTED_FORMAT,
                "unsupported format " + mediaType + " (readable: " + formats() + ")");
    }

    /** Reads a file's bytes, {@code before} bytes already read for the same document counting towards its limit. */
    @FunctionalInterface
    public interface FileBytes {
        byte[] read(Path file, long before) throws ReadFailure;
    }

    /**
     * The page images of a folder that holds one scanned issue, in page order.
     *
     * @throws ReadFailure {@code NOT_READABLE} when the folder holds anything but page images, or cannot be listed
     */
    public static List<byte[]> pageImages(Path folder, FileBytes bytes) throws ReadFailure {
        List<Path> images;
        try {
            images = PageImages.inFolder(folder);
        } catch (IOException e) {
            throw new ReadFailure(folder, ErrorCode.NOT_READABLE, "the folder cannot be listed: " + e.getMessage(), e);
        }
        if (images.isEmpty()) {
            throw new ReadFailure(
                    folder,
                    ErrorCode.NOT_READABLE,
                    "is a folder, not a file (a folder is read as one bulletin only when it holds nothing but page images)");
        }
        List<byte[]> pages = new ArrayList<>();
        long size = 0;
        for (Path image : images) {
            byte[] content = bytes.read(image, size);
            size += content.length;
            pages.add(content);
        }
        return pages;
    }
}
