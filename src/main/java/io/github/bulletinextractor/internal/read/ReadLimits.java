package io.github.bulletinextractor.internal.read;

import io.github.bulletinextractor.internal.ReadFailure;
import io.github.bulletinextractor.model.ErrorCode;
import java.nio.file.Path;
import java.time.Duration;

/**
 * How much a reader may take on for one file: characters, pages, and time. Checked as it goes, so
 * that a hostile file is stopped early rather than after it has filled memory or the clock.
 */
public final class ReadLimits {

    private final Path file;
    private final long maxCharacters;
    private final int maxPages;
    private long deadlineNanos;
    private Duration extended = Duration.ZERO;
    private final Duration timeout;
    /** The most the time limit may grow by for pages read with OCR, in all. */
    private final Duration ocrAllowance;
    /** Longer than any run; a longer limit is no limit, and kept within what the clock's arithmetic holds. */
    private static final Duration LONGEST = Duration.ofDays(365L * 100);

    /** Limits whose time limit holds as given, OCR or not. */
    public ReadLimits(Path file, long maxCharacters, int maxPages, Duration timeout) {
        this(file, maxCharacters, maxPages, timeout, Duration.ZERO);
    }

    /**
     * Limits whose time limit grows by up to {@code ocrAllowance} in all as pages are read with OCR.
     */
    public ReadLimits(Path file, long maxCharacters, int maxPages, Duration timeout, Duration ocrAllowance) {
        this.ocrAllowance = ocrAllowance;
        this.file = file;
        this.maxCharacters = maxCharacters;
        this.maxPages = maxPages;
        this.timeout = timeout;
        this.deadlineNanos = System.nanoTime() + nanos(timeout);
    }

    private static long nanos(Duration duration) {
        return duration.compareTo(LONGEST) > 0 ? LONGEST.toNanos() : duration.toNanos();
    }

    /** Stops the work with {@code TIMEOUT} once the time is up. */
    public void checkTime() throws ReadFailure {
        if (System.nanoTime() - deadlineNanos > 0) {
            throw timedOut();
        }
    }

    /**
     * Gives the work {@code more} time, within what is left of the OCR allowance: for a page read
     * with OCR, which takes seconds where reading a text layer takes milliseconds, so that the
     * default limit scales with the pages of a scan but a file of hundreds of pages stops in bounded time.
     */
    void extend(Duration more) {
        Duration granted = more.compareTo(ocrAllowance.minus(extended)) > 0 ? ocrAllowance.minus(extended) : more;
        if (granted.isNegative() || granted.isZero()) {
            return;
        }
        deadlineNanos += nanos(granted);
        extended = extended.plus(granted);
    }

    /** How long the work may still take; zero once the time is up. */
    Duration remaining() {
        return Duration.ofNanos(Math.max(0, deadlineNanos - System.nanoTime()));
    }

    /** The same, for callbacks of libraries that cannot throw a checked exception. */
    public void checkTimeUnchecked() {
        if (System.nanoTime() - deadlineNanos > 0) {
            throw new Stopped(timedOut());
        }
    }

    public void checkCharacters(long characters) throws ReadFailure {
        if (characters > maxCharacters) {
            throw tooManyCharacters();
        }
    }

    public void checkCharactersUnchecked(long characters) {
        if (characters > maxCharacters) {
            throw new Stopped(tooManyCharacters());
        }
    }

    public void checkPages(int pages) throws ReadFailure {
        if (pages > maxPages) {
            throw new ReadFailure(file, ErrorCode.TOO_LARGE, "has " + pages + " pages, over the limit of " + maxPages);
        }
    }

    ReadFailure timedOut() {
        return new ReadFailure(
                file,
                ErrorCode.TIMEOUT,
                "reading took longer than " + timeout.toSeconds() + " s"
                        + (extended.isZero()
                                ? ""
                                : " (and " + extended.toSeconds() + " s more for the pages read with OCR)")
                        + " and was stopped");
    }

    private ReadFailure tooManyCharacters() {
        return new ReadFailure(
                file, ErrorCode.TOO_LARGE, "holds more than " + maxCharacters + " characters of text, over the limit");
    }

    /** Carries a limit's failure out of a library callback that cannot throw it. */
    public static final class Stopped extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public Stopped(ReadFailure cause) {
            super(cause.getMessage(), cause, false, false);
        }

        public ReadFailure failure() {
            return (ReadFailure) getCause();
        }
    }
}
