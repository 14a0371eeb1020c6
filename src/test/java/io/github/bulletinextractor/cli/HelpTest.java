package io.github.bulletinextractor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The help of the tool and its commands, read as a person reads it in a terminal of 80 columns. */
class HelpTest {

    private static final int COLUMNS = 80;
    /** Wider than any paragraph: at this width a line break in the help is one written into the text. */
    private static final int UNWRAPPED = 1000;

    private static final String[][] COMMANDS = {{}, {"extract"}, {"validate"}};

    private static String help(String... command) {
        List<String> args = new ArrayList<>(List.of(command));
        args.add("--help");
        CliRun run = CliRun.of(args.toArray(String[]::new));
        assertThat(run.code()).isZero();
        return run.out();
    }

    /** The tool's command line, or one of its commands', at {@code width} columns. */
    private static CommandLine command(int width, String... command) {
        PrintStream nowhere = new PrintStream(OutputStream.nullOutputStream());
        CommandLine tool = new Main(InputStream.nullInputStream(), nowhere, nowhere, false).commandLine();
        tool.setUsageHelpWidth(width);
        return command.length == 0 ? tool : tool.getSubcommands().get(command[0]);
    }

    @Test
    void extractHelpListsEveryInputKindAndGivesExamples() {
        String help = help("extract");

        assertThat(help)
                .contains(
                        "PDF",
                        "scanned",
                        "DOCX",
                        "DOC",
                        "RTF",
                        "OpenDocument text",
                        "ODT",
                        "HTML",
                        "text and Markdown",
                        "UTF-8",
                        "UTF-16",
                        "GB18030/GBK",
                        "Big5",
                        "PNG",
                        "JPEG",
                        "TIFF",
                        "the page images of one scanned issue",
                        "-                   standard input, one bulletin, named stdin");
        assertThat(help)
                .contains(
                        "  bulletin-extractor extract weekly-2024-12.pdf\n",
                        "  bulletin-extractor extract -o out/ archive/\n",
                        "| bulletin-extractor extract -\n");
        assertThat(help).contains("standard input's is stdin.json");
    }

    @Test
    void extractHelpShowsEveryShortFlagBesideItsLongName() {
        assertThat(help("extract"))
                .contains(
                        "  -o, --out=DIR ",
                        "  -t, --threads=N ",
                        "  -q, --quiet ",
                        "  -v, --verbose ",
                        "  -h, --help ",
                        "  -V, --version ");
    }

    @Test
    void everyHelpFitsEightyColumns() {
        for (String[] command : COMMANDS) {
            assertThat(help(command).lines())
                    .as(String.join(" ", command))
                    .allSatisfy(line ->
                            assertThat(ValidateCommand.width(line)).as(line).isLessThanOrEqualTo(COLUMNS));
        }
    }

    /** Paragraphs are left for picocli to wrap: each ends a sentence, with no line break written into it. */
    @Test
    void descriptionsAreWholeParagraphsNotLinesBrokenByHand() {
        for (String[] command : COMMANDS) {
            String description = command(UNWRAPPED, command).getHelp().description();
            assertThat(description.lines())
                    .as(String.join(" ", command))
                    .isNotEmpty()
                    .allSatisfy(line -> assertThat(line).endsWith("."));
        }
    }

    /** The lists in the footers are laid out by hand: wrapped by picocli, a line would leave its column. */
    @Test
    void footerListsFitWithoutWrapping() {
        for (String[] command : COMMANDS) {
            assertThat(command(COLUMNS, command).getHelp().footer())
                    .as(String.join(" ", command))
                    .isEqualTo(command(UNWRAPPED, command).getHelp().footer());
        }
    }

    /** Picocli may break a line after a dot or a slash: no file name or path may be cut in two. */
    @Test
    void noFileNameIsCutAcrossLines() {
        assertThat(help("extract"))
                .contains(
                        "bulletins.jsonl",
                        "bulletins.csv",
                        "failures.csv",
                        "stdin.json",
                        "GB18030/GBK",
                        "weekly-2024-12.pdf",
                        "out/");
        assertThat(help("validate")).contains("docs/validation.md", "(*.json)", ".jsonl", ".csv");
        for (String[] command : COMMANDS) {
            List<String> lines = help(command).lines().map(String::strip).toList();
            for (int i = 1; i < lines.size(); i++) {
                String before = lines.get(i - 1);
                String after = lines.get(i);
                // "bulletins." then "jsonl and the tables": not the end of a sentence, nor a row of a table
                boolean cut = before.matches(".*\\w\\.") && after.matches("[a-z].*") && !after.matches("\\S+ {2,}.*");
                assertThat(cut).as(before + " / " + after).isFalse();
            }
        }
    }
}
