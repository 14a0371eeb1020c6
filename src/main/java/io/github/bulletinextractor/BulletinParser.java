package io.github.bulletinextractor;

import io.github.bulletinextractor.internal.ReadFailure;
import io.github.bulletinextractor.internal.ocr.OcrEngines;
import io.github.bulletinextractor.internal.pipeline.Parsing;
import io.github.bulletinextractor.internal.read.Ocr;
import io.github.bulletinextractor.internal.read.Readers;
import io.github.bulletinextractor.model.Bulletin;
import io.github.bulletinextractor.model.ErrorCode;
import io.github.bulletinextractor.model.OcrMode;
import io.github.bulletinextractor.model.Source;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

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

    private final Parsing parsing;

    private BulletinParser(Builder builder) {
        // One page more than threads, so the engine has the next page while a page's boxes are sought.
        Ocr ocr = new Ocr(builder.ocr, OcrEngines.paddle(builder.ocrThreads), builder.ocrThreads + 1);
        Duration ocrAllowance = builder.timeoutSet ? Duration.ZERO : DEFAULT_OCR_ALLOWANCE;
        this.parsing = new Parsing(
                new Parsing.Limits(
                        builder.maxFileSize, builder.maxCharacters, builder.maxPages, builder.timeout, ocrAllowance),
                Readers.standard(ocr));
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
        try {
            return parsing.file(file);
        } catch (ReadFailure e) {
            throw refusal(e);
        }
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
        try {
            return parsing.bytes(content, label(name));
        } catch (ReadFailure e) {
            throw refusal(e);
        }
    }

    /**
     * Parses a bulletin file read from a stream, which is read to its end but not closed.
     *
     * @param name the file's name, as for {@link #parse(byte[], String)}
     * @throws BulletinReadException as {@link #parse(Path)} does; {@code NOT_READABLE} if the stream
     *                               fails, {@code TOO_LARGE} as soon as it gives more than the size limit
     */
    public Bulletin parse(InputStream in, @Nullable String name) throws BulletinReadException {
        try {
            return parsing.stream(in, label(name));
        } catch (ReadFailure e) {
            throw refusal(e);
        }
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
        try {
            return parsing.text(text, label(name));
        } catch (ReadFailure e) {
            throw refusal(e);
        }
    }

    /** The failure as the API reports it, with the stack trace of where it was found. */
    private static BulletinReadException refusal(ReadFailure failure) {
        BulletinReadException refusal =
                new BulletinReadException(failure.file(), failure.code(), failure.reason(), failure.getCause());
        refusal.setStackTrace(failure.getStackTrace());
        return refusal;
    }

    /** A name given with content in memory, as a path for messages; a path cannot hold NUL. */
    private static Path label(@Nullable String name) {
        return Path.of(name == null || name.isBlank() ? "(in memory)" : name.replace('\0', '_'));
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

        private Builder() {}

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
