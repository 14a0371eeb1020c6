package io.github.bulletinextractor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.github.bulletinextractor.BulletinJson;
import io.github.bulletinextractor.TestData;
import io.github.bulletinextractor.archive.ArchiveFixture;
import io.github.bulletinextractor.model.Bulletin;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code extract} over a folder tree with {@code --out}: records, tables, failures and re-runs. */
class ArchiveRunTest {

    @TempDir
    Path dir;

    private String out;
    private String err;

    private int run(String... args) {
        CliRun run = CliRun.of(args);
        out = run.out();
        err = run.err();
        return run.code();
    }

    private static List<Map<String, String>> csv(Path file) throws Exception {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(text)
                .as(file + " starts with a byte-order mark for spreadsheets")
                .startsWith("\uFEFF");
        try (MappingIterator<Map<String, String>> rows = new CsvMapper()
                .readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader())
                .readValues(text.substring(1))) {
            return rows.readAll();
        }
    }

    @Test
    void writesRecordsTablesAndFailuresAndGoesOnPastABadFile() throws Exception {
        Path archive = ArchiveFixture.archive(dir);
        Path results = dir.resolve("out");

        int code = run("extract", "--threads", "2", "--out", results.toString(), archive.toString());

        assertThat(code).isEqualTo(1);
        assertThat(err)
                .contains("c-broken.pdf: CORRUPT_FILE: not a readable PDF")
                .contains("5 files: 4 parsed (0 with warnings), 0 unchanged, 1 failed (CORRUPT_FILE 1)")
                .doesNotContain("Exception");
        Path json = results.resolve("archive/2024/b-weekly-37.pdf.json");
        Bulletin bulletin = BulletinJson.fromJson(Files.readString(json));
        assertThat(bulletin.issue().cumulativeNumber()).isEqualTo(508);
        assertThat(results.resolve("archive/2024/c-broken.pdf.json")).doesNotExist();
        assertThat(Files.readAllLines(results.resolve("bulletins.jsonl"))).hasSize(4);

        List<Map<String, String>> bulletins = csv(results.resolve("bulletins.csv"));
        assertThat(bulletins)
                .extracting(r -> r.get("file"))
                .containsExactly(
                        "archive/2024/a-weekly-12.txt",
                        "archive/2024/b-weekly-37.pdf",
                        "archive/2024/d-weekly-2023-21.docx",
                        "archive/2025/monthly-03.txt");
        assertThat(bulletins.get(0))
                .containsEntry("year", "2024")
                .containsEntry("number", "12")
                .containsEntry("cumulative_number", "483")
                .containsEntry("period_start", "2024-03-25")
                .containsEntry("week_issued", "8834")
                .containsEntry("year_to_date_transferred", "84588")
                .containsEntry("id", "1")
                .containsEntry("media_type", "text/plain")
                .containsEntry("ocr_pages", "[]")
                .containsEntry("copies", "103")
                .containsEntry("warnings", "0");
        assertThat(csv(results.resolve("visits.csv")))
                .hasSize(7 + 4 + 2 + 16)
                .anySatisfy(v -> assertThat(v)
                        .containsEntry("name", "屈洪斌")
                        .containsEntry("unit", "公路局")
                        .containsEntry("titles", "党委书记、局长"));
        assertThat(csv(results.resolve("metrics.csv")))
                .anySatisfy(m -> assertThat(m)
                        .containsEntry("value", "54200")
                        .containsEntry("unit", "件")
                        .containsEntry("scope", "MONTH"));
        assertThat(csv(results.resolve("sections.csv")))
                .anySatisfy(s -> assertThat(s)
                        .containsEntry("path", "四、/（三）/1.")
                        .containsEntry("file", "archive/2024/a-weekly-12.txt"));
        assertThat(csv(results.resolve("failures.csv")))
                .singleElement()
                .satisfies(f -> assertThat(f)
                        .containsEntry("file", "archive/2024/c-broken.pdf")
                        .containsEntry("code", "CORRUPT_FILE"));
        try (var files = Files.walk(results)) {
            assertThat(files.map(Path::toString)).noneMatch(name -> name.endsWith(".tmp"));
        }
    }

    @Test
    void aSecondRunSkipsWhatIsDoneAndRedoesWhatAStoppedRunLeft() throws Exception {
        Path archive = ArchiveFixture.archive(dir);
        Path results = dir.resolve("out");
        run("extract", "--quiet", "--out", results.toString(), archive.toString());
        String tables = Files.readString(results.resolve("bulletins.csv"));

        assertThat(run("extract", "--out", results.toString(), archive.toString()))
                .isEqualTo(1);
        assertThat(err).contains("5 files: 0 parsed (0 with warnings), 4 unchanged, 1 failed");

        // A run killed while writing: one record gone, a temporary file left, tables gone.
        Files.delete(results.resolve("archive/2025/monthly-03.txt.json"));
        Files.writeString(results.resolve("archive/2025/.monthly-03.txt.json.tmp"), "{ half written");
        Files.delete(results.resolve("bulletins.csv"));
        assertThat(run("extract", "--out", results.toString(), archive.toString()))
                .isEqualTo(1);
        assertThat(err).contains("5 files: 1 parsed (0 with warnings), 3 unchanged, 1 failed");
        assertThat(Files.readString(results.resolve("bulletins.csv"))).isEqualTo(tables);
        assertThat(results.resolve("archive/2025/.monthly-03.txt.json.tmp")).doesNotExist();

        // Killed outright after writing a record it had no time to rename: the record in place is up to date.
        Files.writeString(results.resolve("archive/2025/.monthly-03.txt.json.tmp"), "{ half written");
        run("extract", "--quiet", "--out", results.toString(), archive.toString());
        assertThat(results.resolve("archive/2025/.monthly-03.txt.json.tmp")).doesNotExist();

        // A source that changed is parsed again; --force parses everything again.
        Files.writeString(
                archive.resolve("2024/a-weekly-12.txt"),
                Files.readString(archive.resolve("2024/a-weekly-12.txt")).replace("（共印103份）", "（共印110份）"));
        run("extract", "--out", results.toString(), archive.toString());
        assertThat(err).contains("1 parsed (0 with warnings), 3 unchanged");
        assertThat(csv(results.resolve("bulletins.csv")).get(0)).containsEntry("copies", "110");
        run("extract", "--force", "--out", results.toString(), archive.toString());
        assertThat(err).contains("4 parsed (0 with warnings), 0 unchanged");
    }

    @Test
    void anOutputFolderInsideTheArchiveIsNotReadAsInput() throws Exception {
        Path archive = ArchiveFixture.archive(dir);
        Path results = archive.resolve("out");
        run("extract", "--quiet", "--out", results.toString(), archive.toString());

        assertThat(run("extract", "--out", results.toString(), archive.toString()))
                .isEqualTo(1);
        assertThat(err).contains("5 files: 0 parsed (0 with warnings), 4 unchanged, 1 failed");
    }

    @Test
    void aSecondRunIntoAFolderInUseIsRefusedNamingTheFolderAndTheOtherRun() throws Exception {
        Path archive = ArchiveFixture.archive(dir);
        Path results = dir.resolve("out");
        try (java.io.Closeable held = new io.github.bulletinextractor.archive.ArchiveOutput(results).lock()) {
            assertThat(run("extract", "--out", results.toString(), archive.toString()))
                    .isEqualTo(1);
        }
        assertThat(err)
                .contains("bulletin-extractor: " + results + ": another run is writing to this folder (process "
                        + ProcessHandle.current().pid() + "): wait for it to end, or give another --out")
                .doesNotContain("internal error");
        assertThat(results.resolve("bulletins.csv")).doesNotExist();

        assertThat(run("extract", "--quiet", "--out", results.toString(), archive.toString()))
                .isEqualTo(1);
        assertThat(results.resolve("bulletins.csv")).exists();
    }

    @Test
    void anOutputThatIsAFileOrCannotBeMadeGetsAClearMessage() throws Exception {
        Path archive = ArchiveFixture.archive(dir);
        Path file = Files.writeString(dir.resolve("results.txt"), "not a folder");

        assertThat(run("extract", "--out", file.toString(), archive.toString())).isEqualTo(1);
        assertThat(err)
                .contains("bulletin-extractor: " + file + ": is a file, not a folder: give --out a folder")
                .doesNotContain("internal error")
                .doesNotContain("Exception");

        Path below = file.resolve("out");
        assertThat(run("extract", "--out", below.toString(), archive.toString()))
                .isEqualTo(1);
        assertThat(err)
                .contains("bulletin-extractor: " + below + ": cannot be written: ")
                .doesNotContain("internal error")
                .doesNotContain("Exception");
    }

    /** SIGTERM in the middle of a run, in a JVM of its own as a user's shell would stop it. */
    @Test
    void aRunStoppedBySigtermSaysHowFarItGotAndLeavesNoTemporaryFiles() throws Exception {
        Path archive = Files.createDirectories(dir.resolve("many"));
        byte[] sample = Files.readAllBytes(TestData.bulletin("weekly-2024-12.txt"));
        for (int i = 0; i < 4000; i++) {
            Files.write(archive.resolve(String.format("w%04d.txt", i)), sample);
        }
        Path results = dir.resolve("out");
        Path errors = dir.resolve("stderr.txt");
        Process run = CliRun.inItsOwnJvm(
                errors, "extract", "--quiet", "--threads", "1", "--out", results.toString(), archive.toString());
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (jsonRecords(results) < 20 && run.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        org.junit.jupiter.api.Assumptions.assumeTrue(run.isAlive(), "the run ended before it could be stopped");

        run.destroy(); // SIGTERM
        assertThat(run.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)).isTrue();

        assertThat(Files.readString(errors))
                .containsPattern("bulletin-extractor: stopped after \\d+ of 4000 files; "
                        + "the records written are kept in " + java.util.regex.Pattern.quote(results.toString())
                        + ", run again to finish");
        try (Stream<Path> files = Files.walk(results)) {
            assertThat(files.map(f -> f.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
        }
    }

    private static long jsonRecords(Path folder) throws Exception {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(f -> f.toString().endsWith(".txt.json")).count();
        }
    }

    @Test
    void tablesLeftFromTwoRunsAreSaidAndWrittenAgain() throws Exception {
        Path archive = ArchiveFixture.archive(dir);
        Path results = dir.resolve("out");
        run("extract", "--quiet", "--out", results.toString(), archive.toString());
        String tables = Files.readString(results.resolve("bulletins.csv"));
        // A run killed between two renames: one table of its own, the rest of the run before.
        Files.writeString(results.resolve(".tables-switching"), "process 1");
        Files.writeString(results.resolve("bulletins.csv"), "\uFEFFfile\n");

        run("extract", "--quiet", "--out", results.toString(), archive.toString());

        assertThat(err)
                .contains(results + ": a run stopped while it replaced the tables, leaving tables of two runs;"
                        + " this run writes them all again");
        assertThat(Files.readString(results.resolve("bulletins.csv"))).isEqualTo(tables);
        assertThat(results.resolve(".tables-switching")).doesNotExist();
    }

    @Test
    void namesThatDifferOnlyInBytesThatAreNoUtf8KeepOneRecordEach() throws Exception {
        Path archive = Files.createDirectories(dir.resolve("odd-names"));
        Path sample = TestData.bulletin("weekly-2024-12.txt").toAbsolutePath();
        int made = new ProcessBuilder(
                        "sh",
                        "-c",
                        "cp \"$0\" \"$(printf 'w\\377.txt')\" && cp \"$0\" \"$(printf 'w\\376.txt')\"",
                        sample.toString())
                .directory(archive.toFile())
                .start()
                .waitFor();
        org.junit.jupiter.api.Assumptions.assumeTrue(made == 0, "the file system refuses names that are no UTF-8");
        Path results = dir.resolve("out");

        run("extract", "--quiet", "--out", results.toString(), archive.toString());
        assertThat(run("extract", "--out", results.toString(), archive.toString()))
                .isZero();

        assertThat(err).contains("2 files: 0 parsed (0 with warnings), 2 unchanged, 0 failed");
        try (Stream<Path> files = Files.list(results.resolve("odd-names"))) {
            assertThat(files.map(f -> f.getFileName().toString()))
                    .containsExactlyInAnyOrder("w%FE.txt.json", "w%FF.txt.json");
        }
    }

    @Test
    void aFileThatNowFailsLosesItsOldRecord() throws Exception {
        Path archive = ArchiveFixture.archive(dir);
        Path results = dir.resolve("out");
        run("extract", "--quiet", "--out", results.toString(), archive.toString());
        Path record = results.resolve("archive/2025/monthly-03.txt.json");
        assertThat(record).exists();

        Files.write(archive.resolve("2025/monthly-03.txt"), new byte[0]);
        Files.setLastModifiedTime(archive.resolve("2025/monthly-03.txt"), FileTime.fromMillis(0));
        assertThat(run("extract", "--quiet", "--out", results.toString(), archive.toString()))
                .isEqualTo(1);

        assertThat(record).doesNotExist();
        assertThat(csv(results.resolve("failures.csv")))
                .extracting(f -> f.get("code"))
                .containsExactly("CORRUPT_FILE", "EMPTY_FILE");
    }

    @Test
    void withoutOutAFolderGivesJsonLines() throws Exception {
        Path archive = ArchiveFixture.archive(dir);

        int code = run("extract", "--quiet", archive.toString());

        assertThat(code).isEqualTo(1);
        List<String> lines = out.lines().toList();
        assertThat(lines).hasSize(4);
        assertThat(new ObjectMapper()
                        .readTree(lines.get(3))
                        .at("/source/fileName")
                        .asText())
                .isEqualTo("monthly-03.txt");
        assertThat(err.lines()).singleElement().asString().contains("CORRUPT_FILE");
    }

    @Test
    void progressLinesAndSummaryGoToStandardErrorUnlessQuiet() throws Exception {
        Path archive = ArchiveFixture.archive(dir);

        run("extract", "--out", dir.resolve("out").toString(), archive.toString());
        assertThat(err).contains("5/5 files").contains("files/s");

        run("extract", "--quiet", "--out", dir.resolve("out2").toString(), archive.toString());
        assertThat(err.lines()).singleElement().asString().contains("CORRUPT_FILE");
    }

    @Test
    void badThreadCountIsAUsageError() {
        assertThat(run("extract", "--threads", "0", "testdata/bulletins")).isEqualTo(2);
    }
}
