package io.github.bulletinextractor.archive;

import static io.github.bulletinextractor.TestData.PARSER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The tables of an archive run, as CSV and as SQLite, from one definition. */
class ArchiveTablesTest {

    @TempDir
    static Path dir;

    private static Path results;

    @BeforeAll
    static void runOverTheArchive() throws Exception {
        Path archive = ArchiveFixture.archive(dir);
        results = dir.resolve("out");
        List<ArchiveFiles.Entry> entries = ArchiveFiles.list(List.of(archive), (path, why) -> {});
        ArchiveOutput output = new ArchiveOutput(results);
        List<ParseResult.Failed> failures = new ArrayList<>();
        try (var lock = output.lock();
                var parsed = Archive.parse(PARSER, entries, 2)) {
            for (ParseResult result : (Iterable<ParseResult>) parsed::iterator) {
                output.write(result);
                if (result instanceof ParseResult.Failed failed) {
                    failures.add(failed);
                }
            }
            output.writeTables(entries, failures);
        }
    }

    private static Connection database() throws SQLException {
        return DriverManager.getConnection("jdbc:sqlite:" + results.resolve("bulletins.sqlite"));
    }

    private static List<List<Object>> query(String sql) throws SQLException {
        try (Connection c = database();
                Statement s = c.createStatement();
                ResultSet rows = s.executeQuery(sql)) {
            List<List<Object>> all = new ArrayList<>();
            while (rows.next()) {
                List<Object> row = new ArrayList<>();
                for (int i = 1; i <= rows.getMetaData().getColumnCount(); i++) {
                    row.add(rows.getObject(i));
                }
                all.add(row);
            }
            return all;
        }
    }

    @Test
    void theDatabaseAnswersTypedQueriesWithRealNulls() throws Exception {
        assertThat(query("SELECT typeof(year), typeof(period_start), typeof(copies), typeof(publisher), typeof(series)"
                        + " FROM bulletins WHERE file = 'archive/2024/a-weekly-12.txt'"))
                .containsExactly(List.of("integer", "text", "integer", "text", "null"));
        assertThat(query("SELECT year, number, week_issued FROM bulletins WHERE year = 2024 AND number = 12"))
                .containsExactly(List.of(2024, 12, 8834));
        assertThat(query("SELECT count(*) FROM visits WHERE unit IS NULL"))
                .singleElement()
                .satisfies(row -> assertThat((Integer) row.get(0)).isPositive());
        assertThat(query("SELECT count(*) FROM visits WHERE unit = ''")).containsExactly(List.of(0));
        assertThat(query("SELECT typeof(value), value FROM metrics WHERE text LIKE '%5.42%' LIMIT 1"))
                .containsExactly(List.of("integer", 54200));
        assertThat(query("SELECT scope, issued FROM case_counts JOIN bulletins b ON b.id = bulletin_id"
                        + " WHERE b.number = 12 AND b.year = 2024 ORDER BY scope"))
                .contains(List.of("WEEK", 8834));
    }

    @Test
    void everyRowOfABulletinPointsAtItAndKeysAreEnforced() throws Exception {
        for (ArchiveTables.Table table : ArchiveTables.ALL) {
            if (table.columns().get(0).name().equals("bulletin_id")) {
                assertThat(query("SELECT count(*) FROM " + table.name()
                                + " WHERE bulletin_id NOT IN (SELECT id FROM bulletins)"))
                        .as(table.name())
                        .containsExactly(List.of(0));
            }
        }
        assertThat(query("PRAGMA foreign_key_check")).isEmpty();
        assertThat(query("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'bulletins'"))
                .extracting(row -> row.get(0))
                .contains("bulletins_year_number", "bulletins_period_start");
        try (Connection c = database();
                Statement s = c.createStatement()) {
            s.execute("PRAGMA foreign_keys = ON");
            assertThatThrownBy(() -> s.execute(
                            "INSERT INTO visits (bulletin_id, file, name, titles) VALUES (999, 'x', 'x', '')"))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("FOREIGN KEY");
        }
    }

    @Test
    void theCsvTablesHoldWhatTheDatabaseHolds() throws Exception {
        for (ArchiveTables.Table table : ArchiveTables.ALL) {
            List<String> lines = Files.readAllLines(results.resolve(table.csvFileName()), StandardCharsets.UTF_8);
            assertThat(lines.get(0))
                    .as(table.name())
                    .isEqualTo("\uFEFF"
                            + table.columns().stream()
                                    .map(ArchiveTables.Column::name)
                                    .collect(Collectors.joining(",")));
            int rows = ((Number)
                            query("SELECT count(*) FROM " + table.name()).get(0).get(0))
                    .intValue();
            assertThat(csvRecords(results.resolve(table.csvFileName())))
                    .as(table.name())
                    .hasSize(rows);
        }
        assertThat(query("SELECT count(*) FROM bulletins")).containsExactly(List.of(4));
        assertThat(query("SELECT file, code FROM failures"))
                .containsExactly(List.of("archive/2024/c-broken.pdf", "CORRUPT_FILE"));
        assertThat(query("SELECT reason FROM failures").get(0).get(0).toString())
                .startsWith("not a readable PDF")
                .doesNotContain(dir.toString());
    }

    @Test
    void everyTableHasRowsFromTheSamples() throws Exception {
        for (ArchiveTables.Table table : ArchiveTables.ALL) {
            if (!table.name().equals("warnings")) {
                assertThat(((Number) query("SELECT count(*) FROM " + table.name())
                                        .get(0)
                                        .get(0))
                                .intValue())
                        .as(table.name())
                        .isPositive();
            }
        }
        assertThat(query("SELECT kind, recipient FROM distribution WHERE position = 1 AND bulletin_id = 1"))
                .extracting(row -> row.get(0))
                .contains("reportTo");
    }

    @Test
    void fieldsAreQuotedOnlyWhenTheyMustBe() {
        assertThat(CsvTables.field("省中心")).isEqualTo("省中心");
        assertThat(CsvTables.field("a,b")).isEqualTo("\"a,b\"");
        assertThat(CsvTables.field("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(CsvTables.field("line\nbreak")).isEqualTo("\"line\nbreak\"");
        assertThat(CsvTables.field(" padded")).isEqualTo("\" padded\"");
        assertThat(CsvTables.field(null)).isEmpty();
    }

    private static List<Map<String, String>> csvRecords(Path file) throws Exception {
        String text = Files.readString(file, StandardCharsets.UTF_8).substring(1);
        try (var rows = new com.fasterxml.jackson.dataformat.csv.CsvMapper()
                .readerForMapOf(String.class)
                .with(com.fasterxml.jackson.dataformat.csv.CsvSchema.emptySchema()
                        .withHeader())
                .<Map<String, String>>readValues(text)) {
            return rows.readAll();
        }
    }
}
