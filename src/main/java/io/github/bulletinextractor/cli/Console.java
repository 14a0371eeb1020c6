package io.github.bulletinextractor.cli;

import java.io.PrintStream;

/**
 * Standard output and standard error of one run, and the progress line that may be showing at the
 * bottom of a terminal. The progress line is drawn with a carriage return and no line feed, so a
 * line printed after it would continue it ({@code ETA 1s/tmp/x.txt: EMPTY_FILE …}); every line the
 * run prints therefore goes through here, which clears the progress line first and draws it again
 * after. Safe to call from several threads: a stopped run reports from its shutdown hook.
 */
final class Console {

    private final PrintStream out;
    private final PrintStream err;
    /** The progress line showing on standard error, or "" when none is. */
    private String progress = "";
    /** Once the run has ended no progress line is drawn, not even by a thread that is still finishing. */
    private boolean ended;

    Console(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /** A line on standard output. */
    synchronized void out(String line) {
        clearProgress();
        out.println(line);
        out.flush();
        drawProgress("");
    }

    /** A line on standard error. */
    synchronized void err(String line) {
        clearProgress();
        err.println(line);
        drawProgress("");
    }

    /** A stack trace on standard error. */
    synchronized void err(Throwable failure) {
        clearProgress();
        failure.printStackTrace(err);
        drawProgress("");
    }

    /** Shows {@code line} as the progress line, in place of the one showing. */
    synchronized void progress(String line) {
        if (ended) {
            return;
        }
        String before = progress;
        progress = line;
        drawProgress(before);
    }

    /** The progress line showing, if any, stays as a line of its own; none is drawn after. */
    synchronized void endProgress() {
        if (!progress.isEmpty()) {
            err.println();
            err.flush();
        }
        progress = "";
        ended = true;
    }

    /** Wipes the progress line and puts the cursor at its start; spaces rather than an escape, for any terminal. */
    private void clearProgress() {
        if (!progress.isEmpty()) {
            err.print("\r" + " ".repeat(progress.length()) + "\r");
            err.flush();
        }
    }

    /** Draws the progress line over {@code before}, the line showing there, padding over what it left. */
    private void drawProgress(String before) {
        if (!progress.isEmpty()) {
            err.print("\r" + progress + " ".repeat(Math.max(0, before.length() - progress.length())));
        }
        err.flush();
    }
}
