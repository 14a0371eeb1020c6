package io.github.bulletinextractor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.bulletinextractor.BulletinJson;
import io.github.bulletinextractor.TestData;
import io.github.bulletinextractor.model.Bulletin;
import io.github.bulletinextractor.model.CaseCounts;
import io.github.bulletinextractor.model.CaseFigures;
import io.github.bulletinextractor.model.IssueNumber;
import io.github.bulletinextractor.model.Period;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code validate} in-process on folder trees built from the test data. */
class ValidateCommandTest {

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

    private static Bulletin expected(String name) throws IOException {
        return BulletinJson.fromJson(Files.readString(TestData.expected(name + ".json")));
    }

    private static void write(Path file, Bulletin bulletin) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, BulletinJson.toPrettyJson(bulletin), StandardCharsets.UTF_8);
    }

    /**
     * {@code b} moved on by {@code weeks} issues, as the real next issues would be: number, 总第,
     * period and publication date move on, and the year-to-date counts grow.
     */
    private static Bulletin later(Bulletin b, int weeks) {
        IssueNumber i = b.issue();
        CaseFigures ytd = b.caseCounts().yearToDate();
        long more = 1000L * weeks;
        return new Bulletin(
                b.schemaVersion(),
                b.source(),
                b.series(),
                b.frequency(),
                new IssueNumber(i.year(), i.number() + weeks, i.cumulativeNumber() + weeks),
                new Period(b.period().start().plusWeeks(weeks), b.period().end().plusWeeks(weeks)),
                b.publishedOn().plusWeeks(weeks),
                b.publisher(),
                b.sections(),
                b.visits(),
                new CaseCounts(
                        b.caseCounts().week(),
                        new CaseFigures(
                                ytd.consultations() + more,
                                ytd.accepted() + more,
                                ytd.issued() + more,
                                ytd.transferred() + more)),
                b.metrics(),
                b.distribution(),
                b.copies(),
                b.attachments(),
                b.warnings());
    }

    private static Bulletin withPeriod(Bulletin b, Period period) {
        return new Bulletin(
                b.schemaVersion(),
                b.source(),
                b.series(),
                b.frequency(),
                b.issue(),
                period,
                b.publishedOn(),
                b.publisher(),
                b.sections(),
                b.visits(),
                b.caseCounts(),
                b.metrics(),
                b.distribution(),
                b.copies(),
                b.attachments(),
                b.warnings());
    }

    /** A results folder as extract --out leaves it, with the tables and files that are no records beside them. */
    private Path resultsWith(Bulletin... bulletins) throws IOException {
        Path results = dir.resolve("results");
        for (int i = 0; i < bulletins.length; i++) {
            write(results.resolve("archive/2024/" + (char) ('a' + i) + ".txt.json"), bulletins[i]);
        }
        Files.writeString(results.resolve("bulletins.jsonl"), BulletinJson.toJsonLine(bulletins[0]) + "\n");
        Files.writeString(results.resolve("bulletins.csv"), "\uFEFFfile,series\n");
        Files.writeString(results.resolve("failures.csv"), "\uFEFFfile,code,message\n");
        Files.writeString(results.resolve(".bulletins.csv.tmp"), "half-written");
        Files.writeString(results.resolve("archive/2024/.hidden.json"), "not JSON at all");
        Files.writeString(results.resolve("archive/2024/~$draft.docx"), "lock file");
        return results;
    }

    /** The weekly issues 12 to 15 of 2024, made from the sample 2024年第12期. */
    private static List<Bulletin> weeks12To15() throws IOException {
        Bulletin twelve = expected("weekly-2024-12");
        return List.of(twelve, later(twelve, 1), later(twelve, 2), later(twelve, 3));
    }

    @Test
    void aCleanArchiveHasNoProblemsAndExitsZero() throws Exception {
        List<Bulletin> weeks = weeks12To15();
        Path results = resultsWith(weeks.toArray(Bulletin[]::new));

        int code = run("validate", results.toString());

        assertThat(err).isEmpty();
        assertThat(out).isEqualTo("no problems in 4 bulletins" + System.lineSeparator());
        assertThat(code).isZero();
    }

    @Test
    void tableListsEachProblemThenTheCount() throws Exception {
        List<Bulletin> weeks = weeks12To15();
        Bulletin fourteen = weeks.get(2);
        Bulletin fifteen = weeks.get(3);
        Bulletin fifteenEarly = withPeriod(
                fifteen, new Period(fourteen.period().end(), fifteen.period().end()));
        // 13 is missing, 14 is held twice, 15 starts on 14's last day
        Path results = resultsWith(weeks.get(0), fourteen, fourteen, fifteenEarly);

        int code = run("validate", results.toString());

        assertThat(code).isEqualTo(1);
        assertThat(err).isEmpty();
        List<String> lines = out.lines().toList();
        assertThat(lines).hasSize(5);
        assertThat(lines.get(0).split(" +")).containsExactly("code", "series", "year", "numbers", "message");
        assertThat(lines.get(1))
                .matches("DUPLICATE_ISSUE +WEEKLY +2024 +14 +issue 14 is held 2 times: "
                        + "results/archive/2024/b.txt.json, results/archive/2024/c.txt.json");
        assertThat(lines.get(2)).matches("MISSING_ISSUES +WEEKLY +2024 +13 +1 issue missing between 12 and 15: 13");
        assertThat(lines.get(3))
                .matches("PERIOD_OVERLAP +WEEKLY +2024 +14,15 +issue 14 \\(2024-04-08 to 2024-04-12\\)"
                        + " overlaps issue 15 \\(2024-04-12 to 2024-04-19\\)");
        assertThat(lines.get(4)).isEqualTo("3 problems in 4 bulletins");
        // columns line up: every message starts in the same column
        int message = lines.get(0).indexOf("message");
        assertThat(lines.subList(1, 4))
                .extracting(l -> l.substring(message))
                .containsExactly(
                        "issue 14 is held 2 times: results/archive/2024/b.txt.json, results/archive/2024/c.txt.json",
                        "1 issue missing between 12 and 15: 13",
                        "issue 14 (2024-04-08 to 2024-04-12) overlaps issue 15 (2024-04-12 to 2024-04-19)");
    }

    @Test
    void jsonFormatGivesTheCountAndTheProblems() throws Exception {
        List<Bulletin> weeks = weeks12To15();
        Path results = resultsWith(weeks.get(0), weeks.get(3));

        int code = run("validate", "--format", "json", results.toString());

        assertThat(code).isEqualTo(1);
        assertThat(out).contains("\n  \"bulletins\" : 2,");
        JsonNode json = new ObjectMapper().readTree(out);
        assertThat(json.get("bulletins").asInt()).isEqualTo(2);
        assertThat(json.get("problems")).hasSize(1);
        JsonNode problem = json.get("problems").get(0);
        assertThat(problem.fieldNames()).toIterable().containsExactly("code", "series", "year", "numbers", "message");
        assertThat(problem.get("code").asText()).isEqualTo("MISSING_ISSUES");
        assertThat(problem.get("series").asText()).isEqualTo("WEEKLY");
        assertThat(problem.get("year").asInt()).isEqualTo(2024);
        assertThat(problem.get("numbers")).extracting(JsonNode::asInt).containsExactly(13, 14);
        assertThat(problem.get("message").asText()).isEqualTo("2 issues missing between 12 and 15: 13, 14");
    }

    @Test
    void jsonFormatWithoutProblemsIsAnEmptyListAndExitZero() throws Exception {
        Path results = resultsWith(weeks12To15().get(0));

        int code = run("validate", "--format", "json", results.toString());

        assertThat(code).isZero();
        JsonNode json = new ObjectMapper().readTree(out);
        assertThat(json.get("bulletins").asInt()).isEqualTo(1);
        assertThat(json.get("problems").isArray()).isTrue();
        assertThat(json.get("problems")).isEmpty();
    }

    /** The expected records of the test data, as they are: what the check finds in them. */
    @Test
    void theExpectedRecordsOfTheTestDataShowTheirKnownGapsDuplicatesAndDecreases() throws Exception {
        Path copy = Files.createDirectories(dir.resolve("expected"));
        try (Stream<Path> files = Files.list(TestData.EXPECTED)) {
            for (Path file : files.toList()) {
                Files.copy(file, copy.resolve(file.getFileName()));
            }
        }

        int code = run("validate", "--format", "json", copy.toString());

        assertThat(code).isEqualTo(1);
        assertThat(err).isEmpty();
        assertThat(out).contains("\"series\" : \"窗口工作周报\""); // UTF-8, not escaped
        JsonNode json = new ObjectMapper().readTree(out);
        assertThat(json.get("bulletins").asInt()).isEqualTo(24);
        List<String> found = new ArrayList<>();
        json.get("problems")
                .forEach(p -> found.add(p.get("code").asText() + " "
                        + p.get("series").asText() + " "
                        + p.get("year").asInt() + " " + p.get("numbers").get(0).asInt() + ".."
                        + p.get("numbers").get(p.get("numbers").size() - 1).asInt()));
        // The samples were written apart, by different hands: the archive they make up is not one run of issues.
        assertThat(found)
                .containsExactly(
                        "MISSING_ISSUES WEEKLY 2024 13..36",
                        // 第12期 of 政务窗口月报, published in January 2025, is December 2024's, and two samples are that issue
                        "DUPLICATE_ISSUE 政务窗口月报 2024 12..12",
                        "MISSING_ISSUES 政务窗口月报 2025 4..8",
                        "MISSING_ISSUES 窗口工作周报 2023 22..34",
                        // a 2023 issue written for this project counts fewer than the real one before it
                        "YEAR_TO_DATE_DECREASE 窗口工作周报 2023 21..24",
                        "YEAR_TO_DATE_DECREASE 窗口工作周报 2023 21..24",
                        "MISSING_ISSUES 窗口工作周报 2024 24..49",
                        "CUMULATIVE_MISMATCH 窗口工作周报 2025 2..2",
                        // 2025年第1期 prints 2024年全年 as its 累计: the year before, not the year so far
                        "YEAR_TO_DATE_DECREASE 窗口工作周报 2025 1..2",
                        "YEAR_TO_DATE_DECREASE 窗口工作周报 2025 1..2",
                        "YEAR_TO_DATE_DECREASE 窗口工作周报 2025 1..2",
                        "YEAR_TO_DATE_DECREASE 窗口工作周报 2025 1..2");
    }

    @Test
    void bulletinFilesAreParsedAndOtherFilesReportedOrSkipped() throws Exception {
        Path archive = Files.createDirectories(dir.resolve("archive"));
        Files.copy(TestData.bulletin("weekly-2024-12.txt"), archive.resolve("weekly-2024-12.txt"));
        Files.write(archive.resolve("empty.txt"), new byte[0]);
        Files.writeString(archive.resolve("settings.json"), "{\"theme\": \"dark\"}");
        Files.writeString(archive.resolve("cut.json"), "{\"schemaVersion\" : 1, \"issue\" : {");
        Files.writeString(archive.resolve("bulletins.jsonl"), "{}\n");
        Path record = dir.resolve("weekly-2024-12.json");
        Files.copy(TestData.expected("weekly-2024-12.json"), record);

        int code = run("validate", archive.toString(), record.toString());

        assertThat(code).isEqualTo(1);
        assertThat(err.lines())
                .hasSize(4)
                .anySatisfy(l -> assertThat(l).startsWith(archive.resolve("empty.txt") + ": EMPTY_FILE: "))
                .contains("1 file could not be read: the check covers the rest")
                .contains(archive.resolve("settings.json")
                        + ": skipped, not a bulletin record: no schemaVersion and issue")
                .contains(archive.resolve("cut.json") + ": skipped, not a bulletin record: "
                        + "Unexpected end-of-input: expected close marker for Object");
        // the parsed text and its record are the same issue
        assertThat(out.lines())
                .contains("1 problem in 2 bulletins")
                .anySatisfy(l -> assertThat(l)
                        .matches("DUPLICATE_ISSUE +WEEKLY +2024 +12 +issue 12 is held 2 times:"
                                + " archive/weekly-2024-12.txt, weekly-2024-12.json"));
    }

    @Test
    void aPathThatDoesNotExistIsReportedAndFailsTheRun() {
        Path missing = dir.resolve("missing.json");

        int code = run("validate", missing.toString());

        assertThat(err.lines())
                .containsExactly(
                        missing + ": NOT_FOUND: no such file", "1 file could not be read: the check covers the rest");
        assertThat(out).isEqualTo("no problems in 0 bulletins" + System.lineSeparator());
        assertThat(code).isEqualTo(1);
    }

    @Test
    void aFolderThatDoesNotExistFailsTheRun() {
        Path missing = dir.resolve("no-such-folder");

        int code = run("validate", missing.toString());

        assertThat(err.lines()).first().asString().startsWith(missing + ": NOT_FOUND: ");
        assertThat(code).isEqualTo(1);
    }

    @Test
    void usageErrorsExitTwo() throws Exception {
        assertThat(run("validate")).isEqualTo(2);
        assertThat(err).contains("PATH");
        assertThat(run("validate", "--format", "xml", dir.toString())).isEqualTo(2);
        assertThat(err).contains("--format").contains("xml");
        assertThat(run("validate", "--no-such-option", dir.toString())).isEqualTo(2);
    }

    @Test
    void helpNamesTheCommandAndItsOptions() {
        assertThat(run("--help")).isZero();
        assertThat(out).contains("validate");
        assertThat(run("validate", "--help")).isZero();
        assertThat(out).contains("--format").contains("PATH").contains("Exit codes");
    }

    /** The table is laid out in terminal columns, where curly quotes take one, unlike internal TextWidth's printed cells. */
    @Test
    void widthsAreTerminalColumns() {
        assertThat(ValidateCommand.width("GAP 2024")).isEqualTo(8);
        assertThat(ValidateCommand.width("省中心")).isEqualTo(6);
        assertThat(ValidateCommand.width("（一）")).isEqualTo(6);
        assertThat(ValidateCommand.width("“办”")).isEqualTo(4);
    }
}
