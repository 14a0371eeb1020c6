package io.github.bulletinextractor.cli;

import java.io.PrintStream;
import java.time.Duration;

/**
 * Progress of a run on standard error: a bar redrawn in place when standard error is a terminal,
 * otherwise a plain line every few seconds (for logs), or nothing at all when asked to be quiet.
 */
final class Progress {

    private static final long LINE_EVERY_NANOS = Duration.ofSeconds(5).toNanos();
    private static final long REDRAW_EVERY_NANOS = Duration.ofMillis(100).toNanos();
    private static final int BAR = 30;

    enum Style { BAR, LINES, NONE }

    private final PrintStream err;
    private final Style style;
    private final int total;
    private final long started = System.nanoTime();
    private long lastShown;
    private int shownWidth;
    private int done;

    Progress(PrintStream err, Style style, int total) {
        this.err = err;
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
        if (style == Style.BAR && (last || now - lastShown >= REDRAW_EVERY_NANOS)) {
            // Pad over what a longer frame left behind on the line.
            String frame = bar();
            err.print("\r" + frame + " ".repeat(Math.max(0, shownWidth - frame.length())) + (last ? "\n" : ""));
            shownWidth = frame.length();
            err.flush();
            lastShown = now;
        } else if (style == Style.LINES && (last || now - lastShown >= LINE_EVERY_NANOS)) {
            err.println(line());
            lastShown = now;
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
        return s >= 3600 ? String.format("%dh%02dm%02ds", s / 3600, s % 3600 / 60, s % 60)
                : s >= 60 ? String.format("%dm%02ds", s / 60, s % 60) : s + "s";
    }
}
