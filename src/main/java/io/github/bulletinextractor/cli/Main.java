package io.github.bulletinextractor.cli;

import io.github.bulletinextractor.archive.OutputFolderException;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The command-line tool: a thin shell over the library. {@link #run} returns the exit code instead
 * of exiting, so the tool can be tested in-process.
 *
 * <p>Exit codes: 0 every file parsed; 1 a file could not be read; 2 the command line was wrong.
 */
@Command(
        name = "bulletin-extractor",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = "Turns Chinese government work bulletins (窗口工作周报, 政务窗口月报) into JSON, from PDF, Word,"
                + " RTF, OpenDocument, HTML, text and Markdown files and from scans.",
        footerHeading = "%nExamples:%n",
        footer = {
            "  bulletin-extractor extract weekly-2024-12.pdf",
            "  bulletin-extractor extract -o out/ archive/",
            "  bulletin-extractor validate out/",
            "",
            "bulletin-extractor COMMAND --help tells what a command reads and does."
        },
        subcommands = {ExtractCommand.class, ValidateCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    static final int OK = 0;
    static final int FAILED = 1;
    static final int USAGE = 2;

    private final InputStream in;
    private final PrintStream out;
    private final PrintStream err;
    private final boolean terminal;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    /** A run reading this process's standard input (for {@code extract -}). */
    public Main(PrintStream out, PrintStream err) {
        this(out, err, false);
    }

    /** With {@code terminal} a person watches standard error, and progress is drawn as a bar. */
    public Main(PrintStream out, PrintStream err, boolean terminal) {
        this(System.in, out, err, terminal);
    }

    /** A run whose standard input ({@code extract -}) is {@code in}. */
    public Main(InputStream in, PrintStream out, PrintStream err, boolean terminal) {
        this.in = in;
        this.out = out;
        this.err = err;
        this.terminal = terminal;
    }

    public static void main(String[] args) {
        // The libraries under the readers (POI, PDFBox) warn about quirks of files they still read;
        // problems that matter reach the user as warnings on the record, so only errors are logged,
        // unless --verbose asks for everything. It is decided here, before any class makes its
        // logger: the simple logger reads its level once, and building the commands already loads
        // classes that log.
        boolean verbose = asksForVerbose(args);
        if (System.getProperty("org.slf4j.simpleLogger.defaultLogLevel") == null) {
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", verbose ? "debug" : "error");
        }
        if (!verbose) {
            // PDFBox logs what it recovers from as errors, with a stack trace of hundreds of lines for a
            // hostile file; the file's own line (FILE: CODE: reason) already says what went wrong.
            System.setProperty("org.slf4j.simpleLogger.log.org.apache.pdfbox", "off");
            System.setProperty("org.slf4j.simpleLogger.log.org.apache.fontbox", "off");
        }
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        System.exit(new Main(System.in, out, err, stderrIsTerminal()).run(args));
    }

    /**
     * Whether a person watches standard error. Java 17 can only say whether standard input and
     * output are a terminal; on Linux the link of descriptor 2 tells about standard error itself.
     */
    private static boolean stderrIsTerminal() {
        try {
            String target = java.nio.file.Files.readSymbolicLink(java.nio.file.Path.of("/proc/self/fd/2"))
                    .toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (java.io.IOException | UnsupportedOperationException | SecurityException e) {
            return System.console() != null;
        }
    }

    /**
     * Whether the command line asks for {@code --verbose}, read as the run will read it, so that
     * {@code -v} and clusters such as {@code -qv} count too. Building the commands makes no logger.
     */
    static boolean asksForVerbose(String... args) {
        PrintStream nowhere = new PrintStream(OutputStream.nullOutputStream());
        try {
            CommandLine.ParseResult parsed = new Main(InputStream.nullInputStream(), nowhere, nowhere, false)
                    .commandLine()
                    .parseArgs(args);
            return parsed.hasSubcommand() && parsed.subcommand().hasMatchedOption("--verbose");
        } catch (CommandLine.ParameterException e) {
            return false; // the run itself reports it
        }
    }

    /** Runs the tool with these arguments and returns its exit code. */
    public int run(String... args) {
        return commandLine().execute(args);
    }

    /** The commands, writing to this run's streams, with failures turned into exit codes. */
    CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(this, new Factory(in, out, err, terminal));
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        commandLine.setExitCodeExceptionMapper(e -> USAGE);
        commandLine.setParameterExceptionHandler((e, ignored) -> {
            err.println("bulletin-extractor: " + e.getMessage());
            err.println("Try 'bulletin-extractor --help'.");
            return USAGE;
        });
        commandLine.setExecutionExceptionHandler((e, ignored, parseResult) -> {
            if (e instanceof OutputFolderException folder) {
                err.println("bulletin-extractor: " + folder.getMessage());
            } else {
                err.println("bulletin-extractor: internal error: " + e);
            }
            return FAILED;
        });
        return commandLine;
    }

    /** Without a command, show what there is and count it as a usage error. */
    @Override
    public void run() {
        spec.commandLine().usage(err);
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required, e.g. extract FILE");
    }

    /** Gives commands the streams of this run rather than System.in, System.out and System.err. */
    private record Factory(InputStream in, PrintStream out, PrintStream err, boolean terminal)
            implements CommandLine.IFactory {
        @Override
        public <K> K create(Class<K> type) throws Exception {
            if (type == ExtractCommand.class) {
                return type.cast(new ExtractCommand(in, out, err, terminal));
            }
            if (type == ValidateCommand.class) {
                return type.cast(new ValidateCommand(out, err));
            }
            return CommandLine.defaultFactory().create(type);
        }
    }
}
