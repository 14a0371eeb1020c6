package io.github.bulletinextractor.cli;

import io.github.bulletinextractor.BulletinJson;
import io.github.bulletinextractor.BulletinParser;
import io.github.bulletinextractor.archive.Archive;
import io.github.bulletinextractor.archive.ArchiveFiles;
import io.github.bulletinextractor.archive.ArchiveOutput;
import io.github.bulletinextractor.archive.ParseResult;
import io.github.bulletinextractor.model.ErrorCode;
import io.github.bulletinextractor.model.OcrMode;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code extract PATH…}: parses files and folders of bulletins, and standard input for {@code -}.
 * Without {@code --out} one file prints its record as indented JSON and several print one JSON line
 * each; with {@code --out} the records and tables are written to a folder, and a second run redoes
 * only what changed.
 */
// Picocli wraps each description paragraph to the width itself; the footer's lists are laid out
// by hand to fit 80 columns, so that no line of them is wrapped out of its column.
@Command(
        name = "extract",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = {
            "Parses bulletins from files, folders of them (searched recursively) and standard input,"
                    + " and prints or writes their records.",
            "Without --out, one bulletin is printed as indented JSON on standard output, and several as JSON"
                    + " Lines, one record a line. With --out DIR, the records and tables of them all are written"
                    + " to DIR (see below); a second run parses only what is new or changed.",
            "A file that cannot be read is reported on standard error as FILE: CODE: reason, and the others" + " go on."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every bulletin parsed", "1:some file could not be read", "2:the command line was wrong"},
        footerHeading = "%nInputs, their format told from the content, not the name:%n",
        footer = {
            "  PDF                 with a text layer, or scanned (read with OCR)",
            "  Word                DOCX and DOC",
            "  RTF",
            "  OpenDocument text   ODT",
            "  HTML",
            "  text and Markdown   UTF-8, UTF-16, GB18030/GBK or Big5",
            "  page images         PNG, JPEG or TIFF, one bulletin each (read with OCR)",
            "  a folder of them    the page images of one scanned issue and nothing else:",
            "                      one bulletin, its pages in the order of their numbers",
            "  -                   standard input, one bulletin, named stdin",
            "",
            "Written to the folder of --out DIR (tables in UTF-8 with a byte-order mark):",
            "  FILE.json           the record of each bulletin, named after its input, the",
            "                      folder structure kept; standard input's is stdin.json",
            "  bulletins.jsonl     every record, one a line",
            "  bulletins.csv       one row per issue",
            "  visits.csv          one row per official's visit",
            "  metrics.csv         one row per counted quantity",
            "  sections.csv        one row per section",
            "  failures.csv        one row per file that could not be read",
            "",
            "Examples:",
            "  bulletin-extractor extract weekly-2024-12.pdf",
            "      prints the record of one bulletin as indented JSON",
            "  bulletin-extractor extract -o out/ archive/",
            "      writes the records and tables of a whole archive to out/",
            "  curl -s https://example.org/weekly-2024-12.docx | bulletin-extractor extract -",
            "      reads a bulletin from standard input"
        })
final class ExtractCommand implements Callable<Integer> {

    /** The argument that names standard input, as for most tools; a file named - is given as ./- */
    static final String STANDARD_INPUT = "-";

    /**
     * Standard input's entry: named stdin in messages and in its record's source.fileName, and
     * written as stdin.json. Told from a file's by identity, since a file named stdin has an equal one.
     */
    private final ArchiveFiles.Entry standardInput = new ArchiveFiles.Entry(Path.of("stdin"), Path.of("stdin"));

    private final InputStream in;
    /** Standard output and error: every line goes through it, to keep clear of the progress line. */
    private final Console console;
    /** The summary of the run in progress, for a stop to report. */
    private volatile Summary running;

    private final boolean terminal;

    @Spec
    private CommandSpec spec;

    @Parameters(
            arity = "1..*",
            paramLabel = "PATH",
            description = "bulletin files, folders of them, and - for standard input (see Inputs below)")
    private List<Path> inputs;

    @Option(
            names = {"-o", "--out"},
            paramLabel = "DIR",
            description = "write records and tables to this folder")
    private Path outFolder;

    @Option(
            names = {"-t", "--threads"},
            paramLabel = "N",
            description =
                    "files parsed at once (default: the number of cores); scans share one OCR engine that uses every core however many files are read at once")
    private int threads = Runtime.getRuntime().availableProcessors();
    /** More threads than any machine has cores for: each holds a file in memory, and the system runs out of threads. */
    private static final int MAX_THREADS = 1024;

    @Option(names = "--force", description = "with --out: parse every file again, even those already done")
    private boolean force;

    @Option(
            names = "--timeout",
            paramLabel = "SECONDS",
            description =
                    "stop reading a file after this long, OCR included, and report it as TIMEOUT (default: 60, and 30 more for each page read with OCR, at most 600 more)")
    private Long timeoutSeconds;

    @Option(
            names = "--ocr",
            paramLabel = "WHEN",
            converter = OcrModeConverter.class,
            description = "read pages with OCR (PP-OCRv4): auto (pages without usable text, page images),"
                    + " always, or never (default: auto)")
    private OcrMode ocr = OcrMode.AUTO;

    @Option(
            names = {"-q", "--quiet"},
            description = "no progress display and no summary")
    private boolean quiet;

    @Option(
            names = {"-v", "--verbose"},
            description = "log progress and print stack traces of failures")
    private boolean verbose;

    ExtractCommand(InputStream in, PrintStream out, PrintStream err, boolean terminal) {
        this.in = in;
        this.console = new Console(out, err);
        this.terminal = terminal;
    }

    @Override
    public Integer call() throws IOException {
        if (outFolder != null && outFolder.toString().isBlank()) {
            throw usageError("--out must name a folder, not an empty string");
        }
        if (threads < 1 || threads > MAX_THREADS) {
            throw usageError("--threads must be from 1 to " + MAX_THREADS + ", not " + threads);
        }
        if (timeoutSeconds != null && timeoutSeconds < 1) {
            throw usageError("--timeout must be at least 1 second, not " + timeoutSeconds);
        }
        if (inputs.stream().filter(ExtractCommand::namesStandardInput).count() > 1) {
            throw usageError("standard input (-) can be read only once");
        }
        BulletinParser.Builder options = BulletinParser.builder().ocr(ocr);
        if (timeoutSeconds != null) {
            options.timeout(java.time.Duration.ofSeconds(timeoutSeconds));
        }
        BulletinParser parser = options.build();
        long started = System.nanoTime();
        List<ParseResult.Failed> failures = new ArrayList<>();
        List<ArchiveFiles.Entry> entries = entries((path, why) -> {
            ParseResult.Failed failure =
                    new ParseResult.Failed(new ArchiveFiles.Entry(path, path), ErrorCode.NOT_READABLE, why, null);
            failures.add(failure);
            reportFailure(failure);
        });
        Summary summary;
        Thread onStop = new Thread(() -> stopped(entries.size()), "bulletin-extractor-stop");
        Runtime.getRuntime().addShutdownHook(onStop);
        try {
            summary = outFolder == null ? print(parser, entries, failures) : write(parser, entries, failures);
        } finally {
            removeHook(onStop);
            // A run that fails midway leaves its progress line above the message Main prints.
            console.endProgress();
        }
        if (!quiet && (entries.size() > 1 || outFolder != null)) {
            console.err(summary.describe(failures, (System.nanoTime() - started) / 1e9));
        }
        return failures.isEmpty() ? Main.OK : Main.FAILED;
    }

    static boolean namesStandardInput(Path input) {
        return input.toString().equals(STANDARD_INPUT);
    }

    private ParameterException usageError(String message) {
        return new ParameterException(spec.commandLine(), message);
    }

    /**
     * The files below the inputs, with standard input where its - stands. Each input is listed on
     * its own to know that place; files known by the same name are then told apart over them all.
     */
    private List<ArchiveFiles.Entry> entries(BiConsumer<Path, String> problems) {
        List<ArchiveFiles.Entry> files = new ArrayList<>();
        int standardInputAt = -1;
        for (Path input : inputs) {
            if (namesStandardInput(input)) {
                standardInputAt = files.size();
            } else {
                files.addAll(ArchiveFiles.list(List.of(input), outFolder, problems));
            }
        }
        List<ArchiveFiles.Entry> entries = new ArrayList<>(ArchiveFiles.distinct(files));
        if (standardInputAt >= 0) {
            Path written = standardInput.relative();
            if (outFolder != null && entries.stream().anyMatch(e -> e.relative().equals(written))) {
                throw usageError("standard input is written as " + written + ".json, and so would be the file named "
                        + written + ": give that file inside its folder, or read it in a run of its own");
            }
            entries.add(standardInputAt, standardInput);
        }
        return entries;
    }

    /** Reads standard input's entry from the stream, every other entry from its file. */
    private Archive.EntryReader reader(BulletinParser parser) {
        return entry ->
                entry == standardInput ? parser.parse(in, standardInput.file().toString()) : parser.parse(entry.file());
    }

    /**
     * A run stopped by SIGINT or SIGTERM says how far it got and removes its temporary files; the
     * records already written stay, and a second run goes on from them.
     */
    private void stopped(int files) {
        Summary summary = running;
        int done = summary == null ? 0 : summary.done;
        console.endProgress();
        console.err("bulletin-extractor: stopped after " + done + " of " + files + " files"
                + (outFolder == null
                        ? ""
                        : "; the records written are kept in " + outFolder + ", run again to finish"));
        if (outFolder != null) {
            ArchiveOutput.removeTemporaries(outFolder);
        }
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // the JVM is shutting down: the hook is running or has run
        }
    }

    /** Records to standard output: indented JSON for one file named on its own, JSON Lines otherwise. */
    private Summary print(BulletinParser parser, List<ArchiveFiles.Entry> entries, List<ParseResult.Failed> failures) {
        boolean single = entries.size() == 1
                && inputs.size() == 1
                && (entries.get(0) == standardInput || !Files.isDirectory(inputs.get(0)));
        Summary summary = new Summary(entries.size());
        running = summary;
        Progress progress = new Progress(console, Progress.styleFor(quiet, terminal), entries.size());
        try (Stream<ParseResult> results = Archive.parse(entries, threads, reader(parser))) {
            results.forEachOrdered(result -> {
                if (result instanceof ParseResult.Parsed parsed) {
                    console.out(
                            single
                                    ? BulletinJson.toPrettyJson(parsed.bulletin())
                                    : BulletinJson.toJsonLine(parsed.bulletin()));
                } else if (result instanceof ParseResult.Failed failed) {
                    failures.add(failed);
                    reportFailure(failed);
                }
                summary.count(result);
                progress.step();
            });
        }
        return summary;
    }

    /** Records and tables to the output folder, skipping files whose record is up to date. */
    private Summary write(BulletinParser parser, List<ArchiveFiles.Entry> entries, List<ParseResult.Failed> failures)
            throws IOException {
        ArchiveOutput output = new ArchiveOutput(outFolder);
        try (java.io.Closeable lock = output.lock()) {
            return write(parser, entries, failures, output);
        }
    }

    private Summary write(
            BulletinParser parser,
            List<ArchiveFiles.Entry> entries,
            List<ParseResult.Failed> failures,
            ArchiveOutput output)
            throws IOException {
        Summary summary = new Summary(entries.size());
        running = summary;
        if (output.tablesLeftMixed()) {
            console.err("bulletin-extractor: " + outFolder + ": a run stopped while it replaced the tables, leaving"
                    + " tables of two runs; this run writes them all again");
        }
        List<ArchiveFiles.Entry> toParse = new ArrayList<>();
        for (ArchiveFiles.Entry entry : entries) {
            // Standard input has no file to compare its record with: it is read every time.
            if (!force && entry != standardInput && output.isUpToDate(entry)) {
                summary.unchanged++;
            } else {
                toParse.add(entry);
            }
        }
        Progress progress = new Progress(console, Progress.styleFor(quiet, terminal), toParse.size());
        try (Stream<ParseResult> results = Archive.parse(toParse, threads, reader(parser))) {
            for (ParseResult result : (Iterable<ParseResult>) results::iterator) {
                output.write(result);
                if (result instanceof ParseResult.Failed failed) {
                    failures.add(failed);
                    reportFailure(failed);
                }
                summary.count(result);
                progress.step();
            }
        }
        output.writeTables(entries, failures);
        return summary;
    }

    /** One line per failed file, {@code FILE: CODE: reason}; the stack trace too with --verbose. */
    private void reportFailure(ParseResult.Failed failure) {
        console.err(failure.entry().file() + ": " + failure.code() + ": " + failure.reason());
        if (verbose && failure.cause() != null) {
            console.err(failure.cause());
        }
    }

    /** What a run did, for the closing line on standard error. */
    private static final class Summary {
        private final int files;
        /** Files finished, read by the shutdown hook of a run that is stopped. */
        private volatile int done;

        private int ok;
        private int withWarnings;
        private int unchanged;

        Summary(int files) {
            this.files = files;
        }

        void count(ParseResult result) {
            done++;
            if (result instanceof ParseResult.Parsed parsed) {
                ok++;
                if (!parsed.bulletin().warnings().isEmpty()) {
                    withWarnings++;
                }
            }
        }

        String describe(List<ParseResult.Failed> failures, double seconds) {
            Map<String, Long> byCode = failures.stream()
                    .collect(Collectors.groupingBy(f -> f.code().name(), TreeMap::new, Collectors.counting()));
            String failed = failures.size() + " failed"
                    + (failures.isEmpty()
                            ? ""
                            : " ("
                                    + byCode.entrySet().stream()
                                            .map(e -> e.getKey() + " " + e.getValue())
                                            .collect(Collectors.joining(", "))
                                    + ")");
            return String.format(
                    "%d files: %d parsed (%d with warnings), %d unchanged, %s, in %s",
                    files, ok, withWarnings, unchanged, failed, Progress.format(seconds));
        }
    }
}
