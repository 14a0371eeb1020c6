package io.github.bulletinextractor.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.bulletinextractor.BulletinJson;
import io.github.bulletinextractor.BulletinParser;
import io.github.bulletinextractor.BulletinReadException;
import io.github.bulletinextractor.archive.ArchiveCheck;
import io.github.bulletinextractor.archive.ArchiveFiles;
import io.github.bulletinextractor.archive.Problem;
import io.github.bulletinextractor.model.Bulletin;
import io.github.bulletinextractor.model.Source;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code validate PATH…}: checks an archive as a whole with {@link ArchiveCheck} — issues held twice
 * or missing, cumulative numbers that disagree, overlapping periods and the like — from the records
 * {@code extract --out} wrote (JSON) or from the bulletins themselves, and prints the problems as a
 * table or as JSON. Exit code 1 when there are problems, so scripts can stop on them.
 */
@Command(
        name = "validate",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = {
            "Checks an archive as a whole for issues missing, held twice or inconsistent.",
            "Per series and year: gaps, duplicates, cumulative numbers (总第) that disagree, overlapping"
                    + " periods, publication before the period's end, and year-to-date counts that go down."
                    + " See docs/validation.md.",
            "PATH: records written by extract --out (*.json), bulletin files, and folders of them, searched"
                    + " recursively; .jsonl, .csv and .sqlite files are skipped."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:no problems",
            "1:problems found, or a file that could not be read",
            "2:the command line was wrong"
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  bulletin-extractor validate out/",
            "      checks the records that extract -o out/ wrote, as a table",
            "  bulletin-extractor validate --format json archive/",
            "      parses the bulletins of archive/ and prints the problems as JSON"
        })
final class ValidateCommand implements Callable<Integer> {

    /** How the problems are printed. */
    enum Format {
        table,
        json
    }

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private final PrintStream out;
    private final PrintStream err;
    /** Files, folders or paths named that could not be read: the check did not see the whole archive. */
    private int unread;

    @Spec
    private CommandSpec spec;

    @Parameters(
            arity = "1..*",
            paramLabel = "PATH",
            description = "records (*.json) written by extract, bulletin files, and folders of them")
    private List<Path> inputs;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table", description = "table (default) or json")
    private Format format;

    ValidateCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() throws IOException {
        if (inputs.stream().anyMatch(ExtractCommand::namesStandardInput)) {
            // - is standard input for extract; read here as a file name, it would only be "not found".
            throw new ParameterException(
                    spec.commandLine(),
                    "validate does not read standard input (-): give records, bulletins or folders (a file named - as ./-)");
        }
        List<ArchiveFiles.Entry> entries =
                ArchiveFiles.list(inputs, (path, why) -> unreadable(path + ": NOT_READABLE: " + why));
        BulletinParser parser = BulletinParser.create();
        List<Bulletin> bulletins = new ArrayList<>();
        for (ArchiveFiles.Entry entry : entries) {
            Bulletin bulletin = read(parser, entry.file());
            if (bulletin != null) {
                bulletins.add(slim(bulletin, sourceName(entry)));
            }
        }
        List<Problem> problems = ArchiveCheck.check(bulletins);
        if (format == Format.json) {
            printJson(bulletins.size(), problems);
        } else {
            printTable(bulletins.size(), problems);
        }
        out.flush();
        if (unread > 0) {
            err.println(unread + (unread == 1 ? " file" : " files") + " could not be read: the check covers the rest");
        }
        return problems.isEmpty() && unread == 0 ? Main.OK : Main.FAILED;
    }

    private void unreadable(String line) {
        unread++;
        err.println(line);
    }

    /** The bulletin of a record or a bulletin file; null, with a line on standard error if need be, for anything else. */
    private Bulletin read(BulletinParser parser, Path file) {
        String name =
                file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".jsonl") || name.endsWith(".csv") || name.endsWith(".sqlite")) {
            return null; // the tables extract --out writes beside the records
        }
        if (name.endsWith(".json")) {
            return readRecord(file);
        }
        try {
            return parser.parse(file);
        } catch (BulletinReadException e) {
            unreadable(file + ": " + e.code() + ": " + e.reason());
        } catch (RuntimeException | StackOverflowError e) {
            unreadable(file + ": INTERNAL_ERROR: " + e);
        }
        return null;
    }

    /** A record written by {@code extract}; JSON of any other kind is skipped with a note. */
    private Bulletin readRecord(Path file) {
        String text;
        try {
            text = Files.readString(file);
        } catch (NoSuchFileException e) {
            unreadable(file + ": NOT_FOUND: no such file");
            return null;
        } catch (CharacterCodingException e) {
            err.println(file + ": skipped, not a bulletin record: not UTF-8 text");
            return null;
        } catch (AccessDeniedException e) {
            unreadable(file + ": NOT_READABLE: permission denied");
            return null;
        } catch (IOException e) {
            unreadable(file + ": NOT_READABLE: " + e.getMessage());
            return null;
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        try {
            JsonNode tree = JSON.readTree(text);
            if (tree == null || !tree.isObject() || !tree.has("schemaVersion") || !tree.has("issue")) {
                err.println(file + ": skipped, not a bulletin record: no schemaVersion and issue");
                return null;
            }
            return BulletinJson.fromJson(text);
        } catch (JsonProcessingException e) {
            err.println(file + ": skipped, not a bulletin record: " + firstLine(e.getOriginalMessage()));
        } catch (IOException | RuntimeException e) {
            err.println(file + ": skipped, not a bulletin record: " + firstLine(e.getMessage()));
        }
        return null;
    }

    /**
     * The path of the bulletin or record below the folder named, so that problems name files that
     * can be found: three {@code weekly-2024-12.docx} in different folders are told apart.
     */
    private static String sourceName(ArchiveFiles.Entry entry) {
        return entry.relative().toString();
    }

    /**
     * Only what the check reads is kept, so that an archive of thousands of records fits in memory;
     * the source is named by its path.
     */
    private static Bulletin slim(Bulletin b, String sourceName) {
        Source named = new Source(
                sourceName,
                b.source().mediaType(),
                b.source().sha256(),
                b.source().pageCount());
        return b.withSource(named).mastheadOnly();
    }

    private void printJson(int bulletins, List<Problem> problems) throws JsonProcessingException {
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("bulletins", bulletins);
        report.put("problems", problems);
        out.println(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(report));
    }

    private void printTable(int bulletins, List<Problem> problems) {
        String count = bulletins + " bulletin" + (bulletins == 1 ? "" : "s");
        if (problems.isEmpty()) {
            out.println("no problems in " + count);
            return;
        }
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"code", "series", "year", "numbers", "message"});
        for (Problem p : problems) {
            rows.add(new String[] {
                p.code().name(),
                p.series(),
                p.year() == null ? "-" : p.year().toString(),
                p.numbers().isEmpty() ? "-" : p.numbersAsRanges(),
                p.message()
            });
        }
        int columns = rows.get(0).length;
        int[] widths = new int[columns - 1];
        for (String[] row : rows) {
            for (int c = 0; c < columns - 1; c++) {
                widths[c] = Math.max(widths[c], width(row[c]));
            }
        }
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < columns - 1; c++) {
                line.append(row[c]).append(" ".repeat(widths[c] - width(row[c]) + 2));
            }
            out.println(line.append(row[columns - 1]));
        }
        out.println(problems.size() + " problem" + (problems.size() == 1 ? "" : "s") + " in " + count);
    }

    /** Columns a terminal gives the text: two for each Chinese character and full-width form. */
    static int width(String text) {
        return text.codePoints().map(c -> isWide(c) ? 2 : 1).sum();
    }

    // Not internal/text/TextWidth: cli goes through the API only (ArchitectureTest), and most terminals give
    // ambiguous-width characters (“ ” — …) one column, where TextWidth counts two as Chinese print sets them.
    private static boolean isWide(int c) {
        return (c >= 0x1100 && c <= 0x115F)
                || (c >= 0x2E80 && c <= 0xA4CF && c != 0x303F)
                || (c >= 0xAC00 && c <= 0xD7A3)
                || (c >= 0xF900 && c <= 0xFAFF)
                || (c >= 0xFE30 && c <= 0xFE4F)
                || (c >= 0xFF00 && c <= 0xFF60)
                || (c >= 0xFFE0 && c <= 0xFFE6)
                || (c >= 0x20000 && c <= 0x3FFFD);
    }

    /** The first line of an exception message, without Jackson's location. */
    private static String firstLine(String text) {
        if (text == null) {
            return "unreadable";
        }
        int end = text.indexOf('\n');
        // Jackson's "(start marker at [Source: …; line: 1, column: 33])" says nothing useful here
        return (end < 0 ? text : text.substring(0, end))
                .replaceFirst("\\s*\\(?(start marker )?at \\[Source:.*$", "")
                .strip();
    }
}
