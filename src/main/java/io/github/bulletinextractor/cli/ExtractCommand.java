package io.github.bulletinextractor.cli;

import io.github.bulletinextractor.BulletinJson;
import io.github.bulletinextractor.BulletinParser;
import io.github.bulletinextractor.BulletinReadException;
import io.github.bulletinextractor.model.Bulletin;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code extract FILE…}: one file prints its record as indented JSON; several print one JSON line each. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Parses bulletin files and prints their records as JSON (UTF-8) on standard output.",
                "One file gives indented JSON; several give JSON Lines, one record per line.",
                "A file that cannot be read is reported on standard error and the others go on."})
final class ExtractCommand implements Callable<Integer> {

    private final PrintStream out;
    private final PrintStream err;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "bulletin files: PDF, DOCX, DOC, RTF, ODT, HTML, text or Markdown")
    private List<Path> files;

    @Option(names = "--verbose", description = "log progress and print stack traces of failures")
    private boolean verbose;

    ExtractCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() {
        if (verbose) {
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "debug");
        }
        BulletinParser parser = BulletinParser.create();
        boolean single = files.size() == 1;
        int exitCode = Main.OK;
        for (Path file : files) {
            try {
                Bulletin bulletin = parser.parse(file);
                out.println(single ? BulletinJson.toPrettyJson(bulletin) : BulletinJson.toJsonLine(bulletin));
            } catch (BulletinReadException e) {
                err.println(e.file() + ": " + e.code() + ": " + e.reason());
                if (verbose) {
                    e.printStackTrace(err);
                }
                exitCode = Main.FAILED;
            } catch (RuntimeException e) {
                // A bug of ours must not cost the other files their output.
                err.println(file + ": INTERNAL_ERROR: " + e);
                if (verbose) {
                    e.printStackTrace(err);
                }
                exitCode = Main.FAILED;
            }
        }
        out.flush();
        return exitCode;
    }
}
