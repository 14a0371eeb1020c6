package io.github.bulletinextractor.cli;

import java.time.Duration;

/**
 * Progress of a run on standard error: a bar redrawn in place when standard error is a terminal,
 * otherwise a plain line every few seconds (for logs), or nothing at all when asked to be quiet.
 * Both go through the {@link Console}, which keeps the bar clear of the other lines printed.
 */
final class Progress {

    private static final long LINE_EVERY_NANOS = Duration.ofSeconds(5).toNanos();
    private static final long REDRAW_EVERY_NANOS = Duration.ofMillis(100).toNanos();
    private static final int BAR = 30;

    enum Style {
        BAR,
        LINES,
        NONE
    }

    private final Console console;
    private final Style style;
    private final int total;
    private final long started = System.nanoTime();
    /** When progress was last shown; null before the first file, which is always shown. */
    private Long lastShown;

    private int done;

    Progress(Console console, Style style, int total) {
        this.console = console;
        this.style = total <= 1 ? Style.NONE : style;
        this.total = total;
    }

    /** A bar where a person watches, lines where a log does. */
    static Style styleFor(boolean quiet, boolean terminal) {
        return quiet ? Style.NONE : terminal ? Style.BAR : Style.LINES;
    }

    void step() {
        done++;
        long now = System.nanoTime();
        boolean last = done == total;
        long every = style == Style.BAR ? REDRAW_EVERY_NANOS : LINE_EVERY_NANOS;
        if (style == Style.NONE || !(last || lastShown == null || now - lastShown >= every)) {
            return;
        }
        lastShown = now;
        if (style == Style.BAR) {
            console.progress(bar());
            if (last) {
                console.endProgress();
            }
        } else {
            console.err(line());
        }
    }

    private String bar() {
        int filled = done * BAR / total;
        return "[" + "#".repeat(filled) + " ".repeat(BAR - filled) + "] " + line();
    }

    private String line() {
        double seconds = (System.nanoTime() - started) / 1e9;
        double rate = seconds > 0 ? done / seconds : 0;
        String eta = rate > 0 && done < total ? ", ETA " + format((total - done) / rate) : "";
        return String.format("%d/%d files, %.1f files/s%s", done, total, rate, eta);
    }

    static String format(double seconds) {
        long s = Math.round(seconds);
        return s >= 3600
                ? String.format("%dh%02dm%02ds", s / 3600, s % 3600 / 60, s % 60)
                : s >= 60 ? String.format("%dm%02ds", s / 60, s % 60) : s + "s";
    }
}
