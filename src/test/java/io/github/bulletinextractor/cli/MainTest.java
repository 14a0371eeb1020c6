package io.github.bulletinextractor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.bulletinextractor.TestData;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {

    private static final String SAMPLE = "testdata/bulletins/weekly-2024-12.txt";

    @TempDir
    Path dir;

    @Test
    void extractPrintsTheRecordAsIndentedJson() throws Exception {
        CliRun run = CliRun.of("extract", SAMPLE);

        assertThat(run.code()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).contains("\n  \"schemaVersion\" : 2,");
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.at("/issue/cumulativeNumber").asInt()).isEqualTo(483);
        assertThat(json.at("/publisher").asText()).isEqualTo("四川省政府政务服务和公共资源交易服务中心");
    }

    @Test
    void severalFilesGiveOneJsonLineEach() throws Exception {
        CliRun run = CliRun.of("extract", "--quiet", SAMPLE, "testdata/bulletins/weekly-2024-37.txt");

        assertThat(run.code()).isZero();
        String[] lines = run.out().strip().split("\n");
        assertThat(lines).hasSize(2);
        assertThat(new ObjectMapper().readTree(lines[1]).at("/issue/number").asInt())
                .isEqualTo(37);
    }

    @Test
    void unreadableFileIsOneLineOnStderrAndExitOne() {
        Path missing = dir.resolve("missing.txt");

        CliRun run = CliRun.of("extract", missing.toString());

        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err().strip()).isEqualTo(missing + ": NOT_FOUND: no such file");
        assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void withOcrNeverAScanIsNoTextLayer() {
        Path scan = TestData.scan("weekly-2024-12.scan.pdf");

        CliRun run = CliRun.of("extract", "--ocr", "never", scan.toString());

        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).contains(scan + ": NO_TEXT_LAYER: ", "OCR is turned off (--ocr never)");
    }

    @Test
    void anUnknownOcrModeIsAUsageError() {
        CliRun run = CliRun.of("extract", "--ocr", "sometimes", "x.pdf");

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("--ocr must be auto, always or never, not 'sometimes'");
    }

    @Test
    void aBadFileDoesNotStopTheGoodOnes() throws Exception {
        Path empty = Files.write(dir.resolve("empty.txt"), new byte[0]);

        CliRun run = CliRun.of("extract", empty.toString(), SAMPLE);

        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).contains("empty.txt: EMPTY_FILE");
        assertThat(run.out().strip().split("\n")).hasSize(1);
    }

    @Test
    void verbosePrintsTheStackTrace() {
        CliRun run =
                CliRun.of("extract", "--verbose", dir.resolve("missing.txt").toString());

        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).contains("BulletinReadException").contains("\tat ");
    }

    @Test
    void usageErrorsExitTwo() {
        CliRun noPath = CliRun.of("extract");
        assertThat(noPath.code()).isEqualTo(2);
        assertThat(noPath.err()).contains("PATH");
        assertThat(CliRun.of("frobnicate").code()).isEqualTo(2);
        assertThat(CliRun.of().code()).isEqualTo(2);
        assertThat(CliRun.of("extract", "--no-such-option", SAMPLE).code()).isEqualTo(2);
    }

    @Test
    void optionValuesOutOfRangeAreUsageErrorsAndAHugeTimeoutIsNoLimit() throws Exception {
        CliRun tooManyThreads = CliRun.of("extract", "--threads", "600000000", SAMPLE);
        assertThat(tooManyThreads.code()).isEqualTo(2);
        assertThat(tooManyThreads.err()).contains("--threads must be from 1 to 1024, not 600000000");
        assertThat(CliRun.of("extract", "--threads", "0", SAMPLE).code()).isEqualTo(2);
        CliRun emptyOut = CliRun.of("extract", "--out", "", SAMPLE);
        assertThat(emptyOut.code()).isEqualTo(2);
        assertThat(emptyOut.err()).contains("--out must name a folder, not an empty string");
        // A limit longer than any run is no limit, not an overflow of the clock.
        CliRun hugeTimeout = CliRun.of("extract", "--quiet", "--timeout", "9999999999999", SAMPLE);
        assertThat(hugeTimeout.code()).isZero();
        assertThat(hugeTimeout.out()).contains("\"schemaVersion\"");
        assertThat(hugeTimeout.err()).isEmpty();
    }

    /** A PDF of an array nested 100,000 deep: PDFBox logs what it recovers from with a stack trace of hundreds of lines. */
    @Test
    void aHostilePdfGivesOneLineNotALibrarysStackTrace() throws Exception {
        String nested = "[".repeat(100_000) + "]".repeat(100_000);
        String body = "%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
                + "2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n"
                + "3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Deep " + nested + " >>\nendobj\n"
                + "trailer\n<< /Root 1 0 R >>\n%%EOF\n";
        Path pdf = Files.writeString(dir.resolve("deep.pdf"), body);
        Path errors = dir.resolve("stderr.txt");

        Process run = CliRun.inItsOwnJvm(errors, "extract", pdf.toString());

        assertThat(run.waitFor(120, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        assertThat(Files.readAllLines(errors)).singleElement().asString().startsWith(pdf + ": ");
        assertThat(run.exitValue()).isEqualTo(1);
    }

    @Test
    void shortFlagsDoWhatTheLongOnesDo() throws Exception {
        Path archive = io.github.bulletinextractor.archive.ArchiveFixture.archive(dir);
        Path results = dir.resolve("out");

        CliRun quietOneThreadToAFolder =
                CliRun.of("extract", "-q", "-t", "1", "-o", results.toString(), archive.toString());
        assertThat(quietOneThreadToAFolder.code()).isEqualTo(1);
        assertThat(results.resolve("bulletins.csv")).exists();
        assertThat(quietOneThreadToAFolder.err().lines())
                .singleElement()
                .asString()
                .contains("c-broken.pdf: CORRUPT_FILE: ");
        CliRun noThreads = CliRun.of("extract", "-t", "0", SAMPLE);
        assertThat(noThreads.code()).isEqualTo(2);
        assertThat(noThreads.err()).contains("--threads must be from 1 to 1024, not 0");
        CliRun quietAndVerbose =
                CliRun.of("extract", "-qv", dir.resolve("missing.txt").toString());
        assertThat(quietAndVerbose.code()).isEqualTo(1);
        assertThat(quietAndVerbose.err()).contains("BulletinReadException").contains("\tat ");
    }

    /** -v is --verbose, -V still the version, on the commands as on the tool. */
    @Test
    void lowerCaseVIsVerboseAndUpperCaseVTheVersion() {
        for (String command : new String[] {"extract", "validate"}) {
            CliRun version = CliRun.of(command, "-V");
            assertThat(version.code()).isZero();
            assertThat(version.out()).startsWith("bulletin-extractor ").doesNotContain("unknown");
        }
        assertThat(Main.asksForVerbose("extract", "-v", SAMPLE)).isTrue();
        assertThat(Main.asksForVerbose("extract", "-qv", SAMPLE)).isTrue();
        assertThat(Main.asksForVerbose("extract", "--verbose", SAMPLE)).isTrue();
        assertThat(Main.asksForVerbose("extract", "-ov", SAMPLE))
                .as("-o with the folder v")
                .isFalse();
        assertThat(Main.asksForVerbose("extract", "-V")).isFalse();
        assertThat(Main.asksForVerbose("validate", "-v", SAMPLE))
                .as("validate has no -v")
                .isFalse();
    }

    /** In a JVM of its own: the log level is set from -v before any logger exists, so debug lines show. */
    @Test
    void shortVerboseTurnsOnDebugLogging() throws Exception {
        Path errors = dir.resolve("stderr.txt");

        Process run = CliRun.inItsOwnJvm(errors, "extract", "-v", SAMPLE);

        assertThat(run.waitFor(120, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        assertThat(run.exitValue()).isZero();
        assertThat(Files.readString(errors))
                .contains("DEBUG io.github.bulletinextractor.BulletinParser - " + SAMPLE + ": parsed as text/plain");
    }

    @Test
    void helpListsTheCommandsAndTheirOptionsAndVersionNamesTheTool() {
        CliRun help = CliRun.of("--help");
        assertThat(help.code()).isZero();
        assertThat(help.out()).contains("extract");
        CliRun extractHelp = CliRun.of("extract", "--help");
        assertThat(extractHelp.code()).isZero();
        assertThat(extractHelp.out()).contains("PATH");
        CliRun version = CliRun.of("--version");
        assertThat(version.code()).isZero();
        assertThat(version.out()).startsWith("bulletin-extractor ").doesNotContain("unknown");
    }

    @Test
    void extractReadsEveryFormat() throws Exception {
        CliRun run = CliRun.of(
                "extract",
                "--quiet",
                "testdata/forms/weekly-2024-12.pdf",
                "testdata/forms/weekly-2024-12.docx",
                "testdata/forms/weekly-2024-12.html",
                "testdata/forms/weekly-2024-37.gb18030.txt");

        assertThat(run.code()).isZero();
        assertThat(run.err()).isEmpty();
        String[] lines = run.out().strip().split("\n");
        assertThat(lines).hasSize(4);
        for (String line : lines) {
            assertThat(new ObjectMapper().readTree(line).at("/issue/number").asInt())
                    .isIn(12, 37);
        }
    }
}
