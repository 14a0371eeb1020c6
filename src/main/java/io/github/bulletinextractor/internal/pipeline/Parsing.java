package io.github.bulletinextractor.internal.pipeline;

import io.github.bulletinextractor.internal.ReadFailure;
import io.github.bulletinextractor.internal.read.DocumentReader;
import io.github.bulletinextractor.internal.read.MediaTypes;
import io.github.bulletinextractor.internal.read.PlainTextReader;
import io.github.bulletinextractor.internal.read.RawDocument;
import io.github.bulletinextractor.internal.read.ReadLimits;
import io.github.bulletinextractor.internal.read.Readers;
import io.github.bulletinextractor.internal.read.SourceHash;
import io.github.bulletinextractor.model.Bulletin;
import io.github.bulletinextractor.model.ErrorCode;
import io.github.bulletinextractor.model.Source;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * From a file, bytes, a stream or text to a record: the size limit, the reader the content's
 * format calls for, the pipeline, and the refusal of what holds no text or no bulletin. The public
 * {@code BulletinParser} is a thin front over this.
 */
public final class Parsing {

    /** Under the name of the API's parser, which is what users set log levels for. */
    private static final Logger LOG = LoggerFactory.getLogger("io.github.bulletinextractor.BulletinParser");

    /**
     * @param maxFileSize   the most bytes a file (or a scan's page images together) may have
     * @param maxCharacters the most characters of text
     * @param maxPages      the most pages
     * @param timeout       the time limit of one file
     * @param ocrAllowance  the most the time limit grows by for pages read with OCR
     */
    public record Limits(long maxFileSize, long maxCharacters, int maxPages, Duration timeout, Duration ocrAllowance) {}

    private final Limits limits;
    private final Readers readers;
    private final Pipeline pipeline = new Pipeline();

    public Parsing(Limits limits, Readers readers) {
        this.limits = limits;
        this.readers = readers;
    }

    /** A file, or a folder that holds the page images of one scanned issue. */
    public Bulletin file(Path file) throws ReadFailure {
        long started = System.nanoTime();
        String fileName = file.getFileName() == null
                ? file.toString()
                : file.getFileName().toString();
        if (Files.isDirectory(file)) {
            // A folder's name says nothing of its pages' format: their content does.
            return content(file, fileName, "", Readers.pageImages(file, this::readAll), started);
        }
        return content(file, fileName, fileName, List.of(readAll(file, 0)), started);
    }

    /** A file's content in memory; {@code label} names it. */
    public Bulletin bytes(byte[] content, Path label) throws ReadFailure {
        long started = System.nanoTime();
        if (content.length == 0) {
            throw new ReadFailure(label, ErrorCode.EMPTY_FILE, "the file is empty (0 bytes)");
        }
        if (content.length > limits.maxFileSize()) {
            throw new ReadFailure(
                    label,
                    ErrorCode.TOO_LARGE,
                    "file is " + content.length + " bytes, over the limit of " + limits.maxFileSize());
        }
        return content(label, label.toString(), label.toString(), List.of(content), started);
    }

    /** A file's content from a stream, read to its end (or one byte past the size limit) and not closed. */
    public Bulletin stream(InputStream in, Path label) throws ReadFailure {
        byte[] content;
        try {
            content = in.readNBytes((int) Math.min(limits.maxFileSize() + 1, Integer.MAX_VALUE - 8));
        } catch (IOException e) {
            throw new ReadFailure(label, ErrorCode.NOT_READABLE, "cannot be read: " + e.getMessage(), e);
        }
        if (content.length > limits.maxFileSize()) {
            throw new ReadFailure(
                    label,
                    ErrorCode.TOO_LARGE,
                    "the stream gives more than the limit of " + limits.maxFileSize() + " bytes");
        }
        return bytes(content, label);
    }

    /** Text in memory, lines separated by line feeds and pages by form feeds; a name ending in .md marks Markdown. */
    public Bulletin text(String text, Path label) throws ReadFailure {
        long started = System.nanoTime();
        String mediaType = MediaTypes.detect(new byte[0], label.toString());
        ReadLimits fileLimits = limitsFor(label);
        fileLimits.checkCharacters(text.length());
        RawDocument raw = PlainTextReader.ofText(text, mediaType, List.of());
        String hash = SourceHash.of(List.of(text.getBytes(StandardCharsets.UTF_8)));
        return finish(label, raw, new Source(label.toString(), mediaType, hash, raw.pageCount()), fileLimits, started);
    }

    /**
     * The content of a file, or the page images of a folder in page order.
     *
     * @param nameForType the name the format is told from where the content has no signature
     */
    private Bulletin content(Path file, String fileName, String nameForType, List<byte[]> pages, long started)
            throws ReadFailure {
        ReadLimits fileLimits = limitsFor(file);
        String mediaType = MediaTypes.detect(pages.get(0), nameForType);
        DocumentReader reader = readers.forType(file, mediaType);
        RawDocument raw = reader.read(file, pages, mediaType, fileLimits);
        return finish(
                file,
                raw,
                new Source(fileName, raw.mediaType(), SourceHash.of(pages), raw.pageCount(), raw.ocrPages()),
                fileLimits,
                started);
    }

    /** From the text read to the record, refusing a file with no text or no sign of a bulletin. */
    private Bulletin finish(Path file, RawDocument raw, Source source, ReadLimits fileLimits, long started)
            throws ReadFailure {
        if (raw.lines().stream().allMatch(line -> line.text().isBlank())) {
            throw new ReadFailure(file, ErrorCode.EMPTY_FILE, "the file holds no text");
        }
        Bulletin bulletin = pipeline.run(raw, source, fileLimits);
        if (!BulletinEvidence.isBulletin(bulletin)) {
            throw new ReadFailure(file, ErrorCode.NOT_A_BULLETIN, BulletinEvidence.WHY_NOT);
        }
        LOG.debug(
                "{}: parsed as {} in {} ms with {} warnings",
                file,
                raw.mediaType(),
                (System.nanoTime() - started) / 1_000_000,
                bulletin.warnings().size());
        return bulletin;
    }

    private ReadLimits limitsFor(Path file) {
        return new ReadLimits(file, limits.maxCharacters(), limits.maxPages(), limits.timeout(), limits.ocrAllowance());
    }

    /** The file's bytes; {@code before} bytes already read for the same bulletin count towards the size limit. */
    private byte[] readAll(Path file, long before) throws ReadFailure {
        try {
            if (Files.readAttributes(file, BasicFileAttributes.class).isOther()) {
                // A named pipe is read until its writer closes it, which may be never.
                throw new ReadFailure(
                        file,
                        ErrorCode.NOT_READABLE,
                        "not a regular file but a named pipe, socket or device: not read");
            }
            long size = before + Files.size(file);
            if (size > limits.maxFileSize()) {
                throw new ReadFailure(
                        file,
                        ErrorCode.TOO_LARGE,
                        (before == 0 ? "file is " : "the page images are ") + size + " bytes, over the limit of "
                                + limits.maxFileSize());
            }
            byte[] content = Files.readAllBytes(file);
            if (content.length == 0) {
                throw new ReadFailure(file, ErrorCode.EMPTY_FILE, "the file is empty (0 bytes)");
            }
            return content;
        } catch (NoSuchFileException e) {
            throw new ReadFailure(file, ErrorCode.NOT_FOUND, "no such file", e);
        } catch (AccessDeniedException e) {
            throw new ReadFailure(file, ErrorCode.NOT_READABLE, "permission denied", e);
        } catch (IOException e) {
            throw new ReadFailure(file, ErrorCode.NOT_READABLE, "cannot be read: " + e.getMessage(), e);
        }
    }
}
