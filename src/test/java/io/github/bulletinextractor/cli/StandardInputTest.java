package io.github.bulletinextractor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.bulletinextractor.TestData;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code extract -}: a bulletin on standard input, alone, among files, and into an output folder. */
class StandardInputTest {

    private static final Path WEEK_12_PDF = TestData.form("weekly-2024-12.pdf");
    private static final Path WEEK_12_TEXT = TestData.bulletin("weekly-2024-12.txt");
    private static final String WEEK_37_TEXT = "testdata/bulletins/weekly-2024-37.txt";
    private static final String WEEK_2023_21_DOCX = "testdata/forms/weekly-2023-21.docx";

    @TempDir
    Path dir;

    private String out;
    private String err;

    private int run(byte[] input, String... args) {
        CliRun run = CliRun.withInput(input, args);
        out = run.out();
        err = run.err();
        return run.code();
    }

    @Test
    void aloneItPrintsTheRecordAsIndentedJsonNamedStdinItsFormatToldFromTheContent() throws Exception {
        int code = run(Files.readAllBytes(WEEK_12_PDF), "extract", "-");

        assertThat(err).isEmpty();
        assertThat(code).isZero();
        assertThat(out).contains("\n  \"schemaVersion\" : 2,");
        JsonNode record = new ObjectMapper().readTree(out);
        assertThat(record.at("/source/fileName").asText()).isEqualTo("stdin");
        assertThat(record.at("/source/mediaType").asText()).isEqualTo("application/pdf");
        assertThat(record.at("/issue/cumulativeNumber").asInt()).isEqualTo(483);
    }

    @Test
    void amongFilesItsRecordComesWhereItsDashStands() throws Exception {
        int code = run(Files.readAllBytes(WEEK_12_TEXT), "extract", "-q", WEEK_37_TEXT, "-", WEEK_2023_21_DOCX);

        assertThat(err).isEmpty();
        assertThat(code).isZero();
        List<String> lines = out.lines().toList();
        assertThat(lines).hasSize(3);
        ObjectMapper json = new ObjectMapper();
        assertThat(lines)
                .extracting(l -> json.readTree(l).at("/source/fileName").asText())
                .containsExactly("weekly-2024-37.txt", "stdin", "weekly-2023-21.docx");
        assertThat(lines)
                .extracting(l -> json.readTree(l).at("/issue/number").asInt())
                .containsExactly(37, 12, 21);
    }

    @Test
    void withAnOutputFolderItIsWrittenAsStdinJsonAndReadAgainOnEveryRun() throws Exception {
        Path results = dir.resolve("out");
        byte[] week12 = Files.readAllBytes(WEEK_12_TEXT);

        assertThat(run(week12, "extract", "-o", results.toString(), WEEK_37_TEXT, "-"))
                .isZero();
        assertThat(new ObjectMapper()
                        .readTree(results.resolve("stdin.json").toFile())
                        .at("/issue/number")
                        .asInt())
                .isEqualTo(12);
        assertThat(Files.readAllLines(results.resolve("bulletins.csv")))
                .extracting(l -> l.split(",")[1])
                .containsExactly("file", "weekly-2024-37.txt", "stdin");

        assertThat(run(week12, "extract", "-o", results.toString(), WEEK_37_TEXT, "-"))
                .isZero();
        assertThat(err).contains("2 files: 1 parsed (0 with warnings), 1 unchanged, 0 failed");
    }

    @Test
    void itsFailureIsReportedAsAFilesIsAndTakesItsOldRecordAway() throws Exception {
        Path results = dir.resolve("out");
        run(Files.readAllBytes(WEEK_12_TEXT), "extract", "-q", "-o", results.toString(), "-");
        assertThat(results.resolve("stdin.json")).exists();

        int code = run(
                "no bulletin here".getBytes(StandardCharsets.UTF_8),
                "extract",
                "-q",
                "-o",
                results.toString(),
                WEEK_37_TEXT,
                "-");

        assertThat(code).isEqualTo(1);
        assertThat(err.lines()).singleElement().asString().startsWith("stdin: NOT_A_BULLETIN: ");
        assertThat(results.resolve("stdin.json")).doesNotExist();
        assertThat(Files.readAllLines(results.resolve("failures.csv")).get(1)).startsWith("stdin,NOT_A_BULLETIN,");

        assertThat(run(new byte[0], "extract", "-")).isEqualTo(1);
        assertThat(err).isEqualTo("stdin: EMPTY_FILE: the file is empty (0 bytes)" + System.lineSeparator());
    }

    @Test
    void standardInputGivenTwiceIsAUsageError() {
        assertThat(run(new byte[0], "extract", "-", WEEK_37_TEXT, "-")).isEqualTo(2);
        assertThat(err).contains("standard input (-) can be read only once");
        assertThat(out).isEmpty();
    }

    @Test
    void aFileNamedStdinBesideItIntoAnOutputFolderIsAUsageError() throws Exception {
        Path named = Files.copy(Path.of(WEEK_37_TEXT), dir.resolve("stdin"));

        assertThat(run(
                        Files.readAllBytes(WEEK_12_TEXT),
                        "extract",
                        "-o",
                        dir.resolve("out").toString(),
                        named.toString(),
                        "-"))
                .isEqualTo(2);
        assertThat(err).contains("standard input is written as stdin.json, and so would be the file named stdin");
        assertThat(dir.resolve("out")).doesNotExist();

        // Printed, both are read: nothing is written under their names.
        assertThat(run(Files.readAllBytes(WEEK_12_TEXT), "extract", "-q", named.toString(), "-"))
                .isZero();
        assertThat(out.lines()).hasSize(2);
    }

    @Test
    void aFileNamedDashIsReadWhenGivenByItsPath() throws Exception {
        Path dash = Files.copy(Path.of(WEEK_37_TEXT), dir.resolve("-"));

        assertThat(run(Files.readAllBytes(WEEK_12_TEXT), "extract", dash.toString()))
                .isZero();
        assertThat(new ObjectMapper().readTree(out).at("/issue/number").asInt()).isEqualTo(37);
    }

    @Test
    void validateDoesNotReadStandardInput() {
        assertThat(run(new byte[0], "validate", "-")).isEqualTo(2);
        assertThat(err).contains("validate does not read standard input (-)");
    }

    /** In a JVM of its own, as a shell pipes a file into it: main() hands the process's standard input over. */
    @Test
    void theToolReadsTheProcesssStandardInput() throws Exception {
        Path errors = dir.resolve("stderr.txt");
        Process tool = CliRun.inItsOwnJvm(errors, "extract", "-");
        try (OutputStream stdin = tool.getOutputStream()) {
            Files.copy(WEEK_12_PDF, stdin);
        }

        assertThat(tool.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(Files.readString(errors)).isEmpty();
        assertThat(tool.exitValue()).isZero();
    }
}
