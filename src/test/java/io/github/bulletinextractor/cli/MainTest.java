package io.github.bulletinextractor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {

    private static final String SAMPLE = "testdata/bulletins/weekly-2024-12.txt";
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @TempDir
    Path dir;

    private int run(String... args) {
        return new Main(InputStream.nullInputStream(), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), false).run(args);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void extractPrintsTheRecordAsIndentedJson() throws Exception {
        int code = run("extract", SAMPLE);

        assertThat(code).isZero();
        assertThat(err()).isEmpty();
        assertThat(out()).contains("\n  \"schemaVersion\" : 2,");
        JsonNode json = new ObjectMapper().readTree(out());
        assertThat(json.at("/issue/cumulativeNumber").asInt()).isEqualTo(483);
        assertThat(json.at("/publisher").asText()).isEqualTo("四川省政府政务服务和公共资源交易服务中心");
    }

    @Test
    void severalFilesGiveOneJsonLineEach() throws Exception {
        int code = run("extract", "--quiet", SAMPLE, "testdata/bulletins/weekly-2024-37.txt");

        assertThat(code).isZero();
        String[] lines = out().strip().split("\n");
        assertThat(lines).hasSize(2);
        assertThat(new ObjectMapper().readTree(lines[1]).at("/issue/number").asInt()).isEqualTo(37);
    }

    @Test
    void unreadableFileIsOneLineOnStderrAndExitOne() {
        Path missing = dir.resolve("missing.txt");

        int code = run("extract", missing.toString());

        assertThat(code).isEqualTo(1);
        assertThat(err().strip()).isEqualTo(missing + ": NOT_FOUND: no such file");
        assertThat(err()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void withOcrNeverAScanIsNoTextLayer() {
        Path scan = Path.of("testdata", "scans", "weekly-2024-12.scan.pdf");

        int code = run("extract", "--ocr", "never", scan.toString());

        assertThat(code).isEqualTo(1);
        assertThat(err()).contains(scan + ": NO_TEXT_LAYER: ", "OCR is turned off (--ocr never)");
    }

    @Test
    void anUnknownOcrModeIsAUsageError() {
        int code = run("extract", "--ocr", "sometimes", "x.pdf");

        assertThat(code).isEqualTo(2);
        assertThat(err()).contains("--ocr must be auto, always or never, not 'sometimes'");
    }

    @Test
    void aBadFileDoesNotStopTheGoodOnes() throws Exception {
        Path empty = Files.write(dir.resolve("empty.txt"), new byte[0]);

        int code = run("extract", empty.toString(), SAMPLE);

        assertThat(code).isEqualTo(1);
        assertThat(err()).contains("empty.txt: EMPTY_FILE");
        assertThat(out().strip().split("\n")).hasSize(1);
    }

    @Test
    void verbosePrintsTheStackTrace() {
        int code = run("extract", "--verbose", dir.resolve("missing.txt").toString());

        assertThat(code).isEqualTo(1);
        assertThat(err()).contains("BulletinReadException").contains("\tat ");
    }

    @Test
    void usageErrorsExitTwo() {
        assertThat(run("extract")).isEqualTo(2);
        assertThat(err()).contains("PATH");
        assertThat(run("frobnicate")).isEqualTo(2);
        assertThat(run()).isEqualTo(2);
        assertThat(run("extract", "--no-such-option", SAMPLE)).isEqualTo(2);
    }

    @Test
    void optionsAtTheirExtremes() throws Exception {
        assertThat(run("extract", "--threads", "600000000", SAMPLE)).isEqualTo(2);
        assertThat(err()).contains("--threads must be from 1 to 1024, not 600000000");
        err.reset();
        assertThat(run("extract", "--threads", "0", SAMPLE)).isEqualTo(2);
        err.reset();
        assertThat(run("extract", "--out", "", SAMPLE)).isEqualTo(2);
        assertThat(err()).contains("--out must name a folder, not an empty string");
        err.reset();
        // A limit longer than any run is no limit, not an overflow of the clock.
        assertThat(run("extract", "--quiet", "--timeout", "9999999999999", SAMPLE)).isZero();
        assertThat(out()).contains("\"schemaVersion\"");
        assertThat(err()).isEmpty();
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

        assertThat(run("extract", "-q", "-t", "1", "-o", results.toString(), archive.toString())).isEqualTo(1);
        assertThat(results.resolve("bulletins.csv")).exists();
        assertThat(err().lines()).singleElement().asString().contains("c-broken.pdf: CORRUPT_FILE: ");
        err.reset();
        assertThat(run("extract", "-t", "0", SAMPLE)).isEqualTo(2);
        assertThat(err()).contains("--threads must be from 1 to 1024, not 0");
        err.reset();
        assertThat(run("extract", "-qv", dir.resolve("missing.txt").toString())).isEqualTo(1);
        assertThat(err()).contains("BulletinReadException").contains("\tat ");
    }

    /** -v is --verbose, -V still the version, on the commands as on the tool. */
    @Test
    void lowerCaseVIsVerboseAndUpperCaseVTheVersion() {
        for (String command : new String[] {"extract", "validate"}) {
            out.reset();
            assertThat(run(command, "-V")).isZero();
            assertThat(out()).startsWith("bulletin-extractor ").doesNotContain("unknown");
        }
        assertThat(Main.asksForVerbose("extract", "-v", SAMPLE)).isTrue();
        assertThat(Main.asksForVerbose("extract", "-qv", SAMPLE)).isTrue();
        assertThat(Main.asksForVerbose("extract", "--verbose", SAMPLE)).isTrue();
        assertThat(Main.asksForVerbose("extract", "-ov", SAMPLE)).as("-o with the folder v").isFalse();
        assertThat(Main.asksForVerbose("extract", "-V")).isFalse();
        assertThat(Main.asksForVerbose("validate", "-v", SAMPLE)).as("validate has no -v").isFalse();
    }

    /** In a JVM of its own: the log level is set from -v before any logger exists, so debug lines show. */
    @Test
    void shortVerboseTurnsOnDebugLogging() throws Exception {
        Path errors = dir.resolve("stderr.txt");

        Process run = CliRun.inItsOwnJvm(errors, "extract", "-v", SAMPLE);

        assertThat(run.waitFor(120, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        assertThat(run.exitValue()).isZero();
        assertThat(Files.readString(errors)).contains("DEBUG io.github.bulletinextractor.BulletinParser - " + SAMPLE
                + ": parsed as text/plain");
    }

    @Test
    void helpAndVersion() {
        assertThat(run("--help")).isZero();
        assertThat(out()).contains("extract");
        out.reset();
        assertThat(run("extract", "--help")).isZero();
        assertThat(out()).contains("PATH");
        out.reset();
        assertThat(run("--version")).isZero();
        assertThat(out()).startsWith("bulletin-extractor ").doesNotContain("unknown");
    }

    @Test
    void extractReadsEveryFormat() throws Exception {
        int code = run("extract", "--quiet", "testdata/forms/weekly-2024-12.pdf", "testdata/forms/weekly-2024-12.docx",
                "testdata/forms/weekly-2024-12.html", "testdata/forms/weekly-2024-37.gb18030.txt");

        assertThat(code).isZero();
        assertThat(err()).isEmpty();
        String[] lines = out().strip().split("\n");
        assertThat(lines).hasSize(4);
        for (String line : lines) {
            assertThat(new ObjectMapper().readTree(line).at("/issue/number").asInt()).isIn(12, 37);
        }
    }
}
