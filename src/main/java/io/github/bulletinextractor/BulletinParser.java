package io.github.bulletinextractor;

import io.github.bulletinextractor.internal.Pipeline;
import io.github.bulletinextractor.internal.ocr.OcrEngines;
import io.github.bulletinextractor.internal.read.DocumentReader;
import io.github.bulletinextractor.internal.read.MediaTypes;
import io.github.bulletinextractor.internal.read.Ocr;
import io.github.bulletinextractor.internal.read.PageImages;
import io.github.bulletinextractor.internal.read.PdfReader;
import io.github.bulletinextractor.internal.read.PlainTextReader;
import io.github.bulletinextractor.internal.read.RawDocument;
import io.github.bulletinextractor.internal.read.ReadLimits;
import io.github.bulletinextractor.internal.read.ScanReader;
import io.github.bulletinextractor.internal.read.SourceHash;
import io.github.bulletinextractor.internal.read.TikaReader;
import io.github.bulletinextractor.model.Bulletin;
import io.github.bulletinextractor.model.Source;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The entry point: parses bulletin files or text into {@link Bulletin} records.
 *
 * <pre>{@code
 * BulletinParser parser = BulletinParser.create();
 * Bulletin bulletin = parser.parse(Path.of("weekly-2024-12.txt"));
 * bulletin.warnings().forEach(System.out::println);
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe: create one and share it. Problems found in a readable
 * document are reported as {@link Bulletin#warnings()}; only a file that cannot be read at all
 * throws {@link BulletinReadException}.
 */
public final class BulletinParser {

    /** Files larger than this are refused unless the builder says otherwise. */
    public static final long DEFAULT_MAX_FILE_SIZE = 64L * 1024 * 1024;
    /** A bulletin holds some ten thousand characters; text beyond this is refused as {@code TOO_LARGE}. */
    public static final long DEFAULT_MAX_CHARACTERS = 2_000_000;
    /** Bulletins run to a few pages; documents beyond this are refused as {@code TOO_LARGE}. */
    public static final int DEFAULT_MAX_PAGES = 500;
    /** Reading one file is stopped with {@code TIMEOUT} after this long, and 30 s more for each page read with OCR. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);
    /**
     * Without a time limit set, the most a file's limit grows by for pages read with OCR: 30 s a page,
     * some 20 pages' worth. A page takes one to two seconds on two cores.
     */
    public static final Duration DEFAULT_OCR_ALLOWANCE = Duration.ofMinutes(10);

    private static final Logger LOG = LoggerFactory.getLogger(BulletinParser.class);

    private final long maxFileSize;
    private final long maxCharacters;
    private final int maxPages;
    private final Duration timeout;
    private final Duration ocrAllowance;
    private final ScanReader scans;
    private final List<DocumentReader> readers;
    private final Pipeline pipeline;

    private BulletinParser(Builder builder) {
        this.maxFileSize = builder.maxFileSize;
        this.maxCharacters = builder.maxCharacters;
        this.maxPages = builder.maxPages;
        this.timeout = builder.timeout;
        this.ocrAllowance = builder.timeoutSet ? Duration.ZERO : DEFAULT_OCR_ALLOWANCE;
        // One page more than threads, so the engine has the next page while a page's boxes are sought.
        Ocr ocr = new Ocr(builder.ocr, OcrEngines.paddle(builder.ocrThreads), builder.ocrThreads + 1);
        this.scans = new ScanReader(ocr);
        this.readers = List.of(new PlainTextReader(), new PdfReader(ocr), scans, new TikaReader());
        this.pipeline = new Pipeline();
    }

    /** A parser with default options. */
    public static BulletinParser create() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Parses a bulletin file, or a folder that holds the page images of one scanned issue.
     *
     * @throws BulletinReadException if the file is missing, unreadable, empty, damaged, protected, too
     *                               large, too slow to read, of a format this library does not read, or
     *                               not a bulletin; {@link BulletinReadException#code()} says which
     */
    public Bulletin parse(Path file) throws BulletinReadException {
        long started = System.nanoTime();
        ReadLimits limits = limitsFor(file);
        String fileName = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        List<Path> pageImages = pageImages(file);
        if (pageImages.isEmpty()) {
            return parseContent(file, fileName, readAll(file, 0), limits, started);
        }
        List<byte[]> images = new ArrayList<>();
        long size = 0;
        for (Path image : pageImages) {
            byte[] content = readAll(image, size);
            size += content.length;
            images.add(content);
        }
        RawDocument raw = scans.readPages(file, images,
                MediaTypes.detect(images.get(0), pageImages.get(0).toString()), limits);
        return finish(file, raw, new Source(fileName, raw.mediaType(), SourceHash.of(images), raw.pageCount(),
                raw.ocrPages()), limits, started);
    }

    /**
     * Parses a bulletin file's content that is already in memory, e.g. from a database or an upload.
     * The format is told from the content, as for a file.
     *
     * @param content the whole file
     * @param name    the file's name, for {@link Source#fileName()} and messages; a name ending in
     *                {@code .md} marks Markdown, which has no signature of its own; null or blank for
     *                {@code (in memory)}
     * @throws BulletinReadException as {@link #parse(Path)} does
     */
    public Bulletin parse(byte[] content, @Nullable String name) throws BulletinReadException {
        long started = System.nanoTime();
        Path label = label(name);
        if (content.length == 0) {
            throw new BulletinReadException(label, ErrorCode.EMPTY_FILE, "the file is empty (0 bytes)");
        }
        if (content.length > maxFileSize) {
            throw new BulletinReadException(label, ErrorCode.TOO_LARGE,
                    "file is " + content.length + " bytes, over the limit of " + maxFileSize);
        }
        return parseContent(label, label.toString(), content, limitsFor(label), started);
    }

    /**
     * Parses a bulletin file read from a stream, which is read to its end but not closed.
     *
     * @param name the file's name, as for {@link #parse(byte[], String)}
     * @throws BulletinReadException as {@link #parse(Path)} does; {@code NOT_READABLE} if the stream
     *                               fails, {@code TOO_LARGE} as soon as it gives more than the size limit
     */
    public Bulletin parse(InputStream in, @Nullable String name) throws BulletinReadException {
        byte[] content;
        try {
            content = in.readNBytes((int) Math.min(maxFileSize + 1, Integer.MAX_VALUE - 8));
        } catch (IOException e) {
            throw new BulletinReadException(label(name), ErrorCode.NOT_READABLE, "cannot be read: " + e.getMessage(), e);
        }
        if (content.length > maxFileSize) {
            throw new BulletinReadException(label(name), ErrorCode.TOO_LARGE,
                    "the stream gives more than the limit of " + maxFileSize + " bytes");
        }
        return parse(content, name);
    }

    /**
     * Parses bulletin text that is already in memory, e.g. from a database.
     *
     * @param text the text, lines separated by line feeds and pages (if known) by form feeds
     * @param name a name for {@link Source#fileName()} and messages; a name ending in {@code .md}
     *             marks Markdown
     * @throws BulletinReadException as {@link #parse(Path)} does: {@code EMPTY_FILE} for blank text,
     *                               {@code TOO_LARGE}, {@code TIMEOUT}, or {@code NOT_A_BULLETIN}
     *                               for text that shows no sign of a bulletin
     */
    public Bulletin parse(String text, @Nullable String name) throws BulletinReadException {
        long started = System.nanoTime();
        Path label = label(name);
        String mediaType = MediaTypes.detect(new byte[0], label.toString());
        ReadLimits limits = limitsFor(label);
        limits.checkCharacters(text.length());
        RawDocument raw = PlainTextReader.ofText(text, mediaType, List.of());
        String hash = SourceHash.of(List.of(text.getBytes(StandardCharsets.UTF_8)));
        return finish(label, raw, new Source(label.toString(), mediaType, hash, raw.pageCount()), limits, started);
    }

    private Bulletin parseContent(Path file, String fileName, byte[] content, ReadLimits limits, long started)
            throws BulletinReadException {
        String mediaType = MediaTypes.detect(content, fileName);
        DocumentReader reader = readers.stream().filter(r -> r.reads(mediaType)).findFirst()
                .orElseThrow(() -> new BulletinReadException(file, ErrorCode.UNSUPPORTED_FORMAT,
                        "unsupported format " + mediaType + " (readable: PDF, Word DOCX/DOC, RTF, OpenDocument text,"
                                + " HTML, plain text, Markdown, page images PNG/JPEG/TIFF)"));
        RawDocument raw = reader.read(file, content, mediaType, limits);
        return finish(file, raw, new Source(fileName, raw.mediaType(), SourceHash.of(List.of(content)), raw.pageCount(),
                raw.ocrPages()), limits, started);
    }

    /** From the text read to the record, refusing a file with no text or no sign of a bulletin. */
    private Bulletin finish(Path file, RawDocument raw, Source source, ReadLimits limits, long started)
            throws BulletinReadException {
        if (raw.lines().stream().allMatch(line -> line.text().isBlank())) {
            throw new BulletinReadException(file, ErrorCode.EMPTY_FILE, "the file holds no text");
        }
        Bulletin bulletin = pipeline.run(raw, source, limits);
        if (!BulletinEvidence.isBulletin(bulletin)) {
            throw new BulletinReadException(file, ErrorCode.NOT_A_BULLETIN, BulletinEvidence.WHY_NOT);
        }
        LOG.debug("{}: parsed as {} in {} ms with {} warnings", file, raw.mediaType(),
                (System.nanoTime() - started) / 1_000_000, bulletin.warnings().size());
        return bulletin;
    }

    private ReadLimits limitsFor(Path file) {
        return new ReadLimits(file, maxCharacters, maxPages, timeout, ocrAllowance);
    }

    /** A name given with content in memory, as a path for messages; a path cannot hold NUL. */
    private static Path label(@Nullable String name) {
        return Path.of(name == null || name.isBlank() ? "(in memory)" : name.replace('\0', '_'));
    }

    /** The page images of a folder that holds one scanned issue, else an empty list. */
    private static List<Path> pageImages(Path file) throws BulletinReadException {
        if (!Files.isDirectory(file)) {
            return List.of();
        }
        try {
            List<Path> images = PageImages.inFolder(file);
            if (images.isEmpty()) {
                throw new BulletinReadException(file, ErrorCode.NOT_READABLE,
                        "is a folder, not a file (a folder is read as one bulletin only when it holds nothing but page images)");
            }
            return images;
        } catch (IOException e) {
            throw new BulletinReadException(file, ErrorCode.NOT_READABLE, "the folder cannot be listed: " + e.getMessage(), e);
        }
    }

    /** The file's bytes; {@code before} bytes already read for the same bulletin count towards the size limit. */
    private byte[] readAll(Path file, long before) throws BulletinReadException {
        try {
            if (Files.readAttributes(file, BasicFileAttributes.class).isOther()) {
                // A named pipe is read until its writer closes it, which may be never.
                throw new BulletinReadException(file, ErrorCode.NOT_READABLE,
                        "not a regular file but a named pipe, socket or device: not read");
            }
            long size = before + Files.size(file);
            if (size > maxFileSize) {
                throw new BulletinReadException(file, ErrorCode.TOO_LARGE,
                        (before == 0 ? "file is " : "the page images are ") + size + " bytes, over the limit of " + maxFileSize);
            }
            byte[] content = Files.readAllBytes(file);
            if (content.length == 0) {
                throw new BulletinReadException(file, ErrorCode.EMPTY_FILE, "the file is empty (0 bytes)");
            }
            return content;
        } catch (NoSuchFileException e) {
            throw new BulletinReadException(file, ErrorCode.NOT_FOUND, "no such file", e);
        } catch (AccessDeniedException e) {
            throw new BulletinReadException(file, ErrorCode.NOT_READABLE, "permission denied", e);
        } catch (IOException e) {
            throw new BulletinReadException(file, ErrorCode.NOT_READABLE, "cannot be read: " + e.getMessage(), e);
        }
    }

    /** Options for a {@link BulletinParser}; the defaults suit bulletins and stop hostile files. */
    public static final class Builder {

        private long maxFileSize = DEFAULT_MAX_FILE_SIZE;
        private long maxCharacters = DEFAULT_MAX_CHARACTERS;
        private int maxPages = DEFAULT_MAX_PAGES;
        private Duration timeout = DEFAULT_TIMEOUT;
        private boolean timeoutSet;
        private OcrMode ocr = OcrMode.AUTO;
        private int ocrThreads = Runtime.getRuntime().availableProcessors();

        private Builder() {
        }

        /** Files larger than this many bytes are refused with {@link ErrorCode#TOO_LARGE}. */
        public Builder maxFileSize(long bytes) {
            if (bytes <= 0) {
                throw new IllegalArgumentException("maxFileSize must be positive: " + bytes);
            }
            this.maxFileSize = bytes;
            return this;
        }

        /** Text longer than this many characters is refused with {@link ErrorCode#TOO_LARGE}. */
        public Builder maxCharacters(long characters) {
            if (characters <= 0) {
                throw new IllegalArgumentException("maxCharacters must be positive: " + characters);
            }
            this.maxCharacters = characters;
            return this;
        }

        /** Documents of more pages than this are refused with {@link ErrorCode#TOO_LARGE}. */
        public Builder maxPages(int pages) {
            if (pages <= 0) {
                throw new IllegalArgumentException("maxPages must be positive: " + pages);
            }
            this.maxPages = pages;
            return this;
        }

        /**
         * Reading one file is stopped with {@link ErrorCode#TIMEOUT} after this long, OCR included. Without
         * a limit set here a file has {@link #DEFAULT_TIMEOUT}, and 30 s more for each page read with OCR up
         * to {@link #DEFAULT_OCR_ALLOWANCE} more in all.
         */
        public Builder timeout(Duration limit) {
            if (limit == null || limit.isNegative() || limit.isZero()) {
                throw new IllegalArgumentException("timeout must be positive: " + limit);
            }
            this.timeout = limit;
            this.timeoutSet = true;
            return this;
        }

        /** Which pages are read with OCR; {@link OcrMode#AUTO} (only pages without usable text) by default. */
        public Builder ocr(OcrMode mode) {
            if (mode == null) {
                throw new IllegalArgumentException("ocr must not be null");
            }
            this.ocr = mode;
            return this;
        }

        /**
         * At most this many threads read scans with OCR, however many files are parsed at once:
         * the pages of all files share them. The number of processors by default.
         */
        public Builder ocrThreads(int threads) {
            if (threads <= 0) {
                throw new IllegalArgumentException("ocrThreads must be positive: " + threads);
            }
            this.ocrThreads = threads;
            return this;
        }

        public BulletinParser build() {
            return new BulletinParser(this);
        }
    }
}
