package io.github.bulletinextractor.archive;

import io.github.bulletinextractor.model.Attachment;
import io.github.bulletinextractor.model.Bulletin;
import io.github.bulletinextractor.model.CaseCounts;
import io.github.bulletinextractor.model.CaseFigures;
import io.github.bulletinextractor.model.CaseVerbs;
import io.github.bulletinextractor.model.Metric;
import io.github.bulletinextractor.model.Section;
import io.github.bulletinextractor.model.Visit;
import io.github.bulletinextractor.model.Warning;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The tables an archive run writes, as CSV files and as one SQLite database, from one definition:
 * each table's columns with their types, and the rows a bulletin gives. Every table but
 * {@code failures} belongs to a bulletin through {@code bulletin_id} (the {@code id} of its row
 * in {@code bulletins}) and repeats its {@code file}, {@code year} and {@code number}, so that a
 * CSV table can be read alone.
 */
final class ArchiveTables {

    /** How a column is declared in SQLite; in CSV every value is text and null is empty. */
    enum Type {
        INTEGER,
        TEXT,
        DATE,
        NUMERIC
    }

    /**
     * @param name       its name, in snake_case
     * @param type       its declared type
     * @param notNull    whether every row has a value
     * @param references the table whose {@code id} it holds, else null
     */
    record Column(
            String name,
            Type type,
            boolean notNull,
            @Nullable String references) {}

    /**
     * @param name    the table's name, and the CSV file's before {@code .csv}
     * @param columns in order
     * @param indexes the columns of each index, beside the keys
     */
    record Table(String name, List<Column> columns, List<List<String>> indexes) {
        String csvFileName() {
            return name + ".csv";
        }
    }

    /** Where rows go: the CSV files, the database, or both. */
    interface Sink {
        /** One row of {@code table}, its values in the order of its columns. */
        void row(Table table, List<@Nullable Object> values) throws java.io.IOException;
    }

    private static Column required(String name, Type type) {
        return new Column(name, type, true, null);
    }

    private static Column optional(String name, Type type) {
        return new Column(name, type, false, null);
    }

    private static final List<Column> OF_A_BULLETIN = List.of(
            new Column("bulletin_id", Type.INTEGER, true, "bulletins"),
            required("file", Type.TEXT),
            optional("year", Type.INTEGER),
            optional("number", Type.INTEGER));

    private static List<Column> ofABulletin(Column... own) {
        List<Column> columns = new ArrayList<>(OF_A_BULLETIN);
        columns.addAll(List.of(own));
        return List.copyOf(columns);
    }

    /**
     * A period case figures are given for, in the order of the columns: its name in
     * {@code case_counts.scope}, its prefix in the columns of {@code bulletins}, and its figures.
     */
    private record CaseScope(String name, String columnPrefix, Function<CaseCounts, @Nullable CaseFigures> figures) {}

    private static final List<CaseScope> CASE_SCOPES = List.of(
            new CaseScope("WEEK", "week", CaseCounts::week),
            new CaseScope("MONTH", "month", CaseCounts::month),
            new CaseScope("YEAR_TO_DATE", "year_to_date", CaseCounts::yearToDate));

    private static final List<String> FIGURES = List.of("consultations", "accepted", "issued", "transferred");

    static final Table BULLETINS = new Table(
            "bulletins",
            bulletinColumns(),
            List.of(List.of("year", "number"), List.of("period_start"), List.of("published_on")));
    static final Table SECTIONS = new Table(
            "sections",
            ofABulletin(
                    required("position", Type.INTEGER),
                    required("path", Type.TEXT),
                    optional("label", Type.TEXT),
                    required("level", Type.INTEGER),
                    optional("ordinal", Type.INTEGER),
                    optional("heading", Type.TEXT),
                    optional("text", Type.TEXT),
                    optional("page", Type.INTEGER)),
            List.of(List.of("bulletin_id")));
    static final Table VISITS = new Table(
            "visits",
            ofABulletin(
                    optional("date", Type.DATE),
                    optional("end_date", Type.DATE),
                    optional("department", Type.TEXT),
                    optional("unit", Type.TEXT),
                    required("name", Type.TEXT),
                    required("titles", Type.TEXT),
                    optional("activity", Type.TEXT),
                    optional("page", Type.INTEGER)),
            List.of(List.of("bulletin_id"), List.of("date"), List.of("name")));
    static final Table METRICS = new Table(
            "metrics",
            ofABulletin(
                    optional("label", Type.TEXT),
                    required("value", Type.NUMERIC),
                    required("unit", Type.TEXT),
                    optional("scope", Type.TEXT),
                    required("text", Type.TEXT),
                    optional("page", Type.INTEGER)),
            List.of(List.of("bulletin_id")));
    static final Table CASE_COUNTS = new Table("case_counts", caseCountColumns(), List.of(List.of("bulletin_id")));
    static final Table DISTRIBUTION = new Table(
            "distribution",
            ofABulletin(
                    required("kind", Type.TEXT), required("position", Type.INTEGER), required("recipient", Type.TEXT)),
            List.of(List.of("bulletin_id")));
    static final Table ATTACHMENTS = new Table(
            "attachments",
            ofABulletin(required("position", Type.INTEGER), required("title", Type.TEXT), optional("text", Type.TEXT)),
            List.of(List.of("bulletin_id")));
    static final Table WARNINGS = new Table(
            "warnings",
            ofABulletin(required("code", Type.TEXT), required("message", Type.TEXT), optional("page", Type.INTEGER)),
            List.of(List.of("bulletin_id"), List.of("code")));
    static final Table FAILURES = new Table(
            "failures",
            List.of(required("file", Type.TEXT), required("code", Type.TEXT), required("reason", Type.TEXT)),
            List.of());

    /** Every table, each before those that refer to it. */
    static final List<Table> ALL =
            List.of(BULLETINS, SECTIONS, VISITS, METRICS, CASE_COUNTS, DISTRIBUTION, ATTACHMENTS, WARNINGS, FAILURES);

    private ArchiveTables() {}

    private static List<Column> bulletinColumns() {
        List<Column> columns = new ArrayList<>(List.of(
                new Column("id", Type.INTEGER, true, null),
                required("file", Type.TEXT),
                required("file_name", Type.TEXT),
                required("media_type", Type.TEXT),
                required("sha256", Type.TEXT),
                optional("page_count", Type.INTEGER),
                required("ocr_pages", Type.TEXT),
                optional("series", Type.TEXT),
                optional("frequency", Type.TEXT),
                optional("year", Type.INTEGER),
                optional("number", Type.INTEGER),
                optional("cumulative_number", Type.INTEGER),
                optional("special", Type.TEXT),
                optional("period_start", Type.DATE),
                optional("period_end", Type.DATE),
                optional("published_on", Type.DATE),
                optional("publisher", Type.TEXT),
                optional("copies", Type.INTEGER)));
        // The case figures again, one column each, so a spreadsheet of bulletins shows them without a join.
        for (CaseScope scope : CASE_SCOPES) {
            for (String figure : FIGURES) {
                columns.add(optional(scope.columnPrefix() + "_" + figure, Type.INTEGER));
            }
        }
        columns.addAll(List.of(
                required("visits", Type.INTEGER),
                required("metrics", Type.INTEGER),
                required("warnings", Type.INTEGER)));
        return List.copyOf(columns);
    }

    private static List<Column> caseCountColumns() {
        List<Column> columns = new ArrayList<>(ofABulletin(required("scope", Type.TEXT)));
        FIGURES.forEach(figure -> columns.add(optional(figure, Type.INTEGER)));
        FIGURES.forEach(figure -> columns.add(optional(figure + "_verb", Type.TEXT)));
        return List.copyOf(columns);
    }

    /**
     * Gives {@code sink} the rows of every table for one bulletin.
     *
     * @param id   its {@code id} in {@code bulletins}, from 1 in the order of the run
     * @param file its path relative to the folder or file named on the command line
     */
    static void write(int id, String file, Bulletin b, Sink sink) throws java.io.IOException {
        CaseCounts counts = b.caseCounts();
        List<@Nullable Object> row = new ArrayList<>(List.of(
                id,
                file,
                b.source().fileName(),
                b.source().mediaType(),
                b.source().sha256()));
        row.add(b.source().pageCount());
        row.add(b.source().ocrPages().stream().map(String::valueOf).collect(Collectors.joining(",", "[", "]")));
        row.addAll(nullable(
                b.series(),
                b.frequency(),
                b.issue().year(),
                b.issue().number(),
                b.issue().cumulativeNumber(),
                b.issue().special(),
                b.period().start(),
                b.period().end(),
                b.publishedOn(),
                b.publisher(),
                b.copies()));
        for (CaseScope scope : CASE_SCOPES) {
            CaseFigures figures = counts == null ? null : scope.figures().apply(counts);
            row.addAll(
                    figures == null
                            ? nullable(null, null, null, null)
                            : nullable(
                                    figures.consultations(),
                                    figures.accepted(),
                                    figures.issued(),
                                    figures.transferred()));
        }
        row.addAll(List.of(b.visits().size(), b.metrics().size(), b.warnings().size()));
        sink.row(BULLETINS, row);

        int position = 0;
        for (SectionPath section : SectionPath.all(b.sections())) {
            Section s = section.section();
            sink.row(
                    SECTIONS,
                    child(
                            id,
                            file,
                            b,
                            ++position,
                            section.path(),
                            s.label(),
                            s.level(),
                            s.ordinal(),
                            s.heading(),
                            s.text(),
                            s.page()));
        }
        for (Visit v : b.visits()) {
            sink.row(
                    VISITS,
                    child(
                            id,
                            file,
                            b,
                            v.date(),
                            v.endDate(),
                            v.department(),
                            v.unit(),
                            v.name(),
                            String.join("、", v.titles()),
                            v.activity(),
                            v.page()));
        }
        for (Metric m : b.metrics()) {
            sink.row(METRICS, child(id, file, b, m.label(), m.value(), m.unit(), m.scope(), m.text(), m.page()));
        }
        if (counts != null) {
            for (CaseScope scope : CASE_SCOPES) {
                CaseFigures f = scope.figures().apply(counts);
                if (f != null) {
                    CaseVerbs verbs = f.verbs();
                    sink.row(
                            CASE_COUNTS,
                            child(
                                    id,
                                    file,
                                    b,
                                    scope.name(),
                                    f.consultations(),
                                    f.accepted(),
                                    f.issued(),
                                    f.transferred(),
                                    verbs == null ? null : verbs.consultations(),
                                    verbs == null ? null : verbs.accepted(),
                                    verbs == null ? null : verbs.issued(),
                                    verbs == null ? null : verbs.transferred()));
                }
            }
        }
        distribution(id, file, b, "reportTo", b.distribution().reportTo(), sink);
        distribution(id, file, b, "copyTo", b.distribution().copyTo(), sink);
        distribution(id, file, b, "issueTo", b.distribution().issueTo(), sink);
        position = 0;
        for (Attachment a : b.attachments()) {
            sink.row(ATTACHMENTS, child(id, file, b, ++position, a.title(), a.text()));
        }
        for (Warning w : b.warnings()) {
            sink.row(WARNINGS, child(id, file, b, w.code(), w.message(), w.page()));
        }
    }

    /** Gives {@code sink} the row of a file that could not be read. */
    static void writeFailure(String file, String code, String reason, Sink sink) throws java.io.IOException {
        sink.row(FAILURES, List.of(file, code, reason));
    }

    private static void distribution(int id, String file, Bulletin b, String kind, List<String> recipients, Sink sink)
            throws java.io.IOException {
        for (int i = 0; i < recipients.size(); i++) {
            sink.row(DISTRIBUTION, child(id, file, b, kind, i + 1, recipients.get(i)));
        }
    }

    private static List<@Nullable Object> child(int id, String file, Bulletin b, @Nullable Object... own) {
        List<@Nullable Object> row = new ArrayList<>(List.of(id, file));
        row.add(b.issue().year());
        row.add(b.issue().number());
        row.addAll(nullable(own));
        return row;
    }

    /** A list that, unlike {@code List.of}, holds nulls. */
    private static List<@Nullable Object> nullable(@Nullable Object... values) {
        return java.util.Arrays.asList(values);
    }

    /** A section with its place in the tree, {@code 三、/（一）/1.}, parents first. */
    private record SectionPath(Section section, String path) {
        static List<SectionPath> all(List<Section> sections) {
            List<SectionPath> all = new ArrayList<>();
            add(all, sections, "");
            return all;
        }

        private static void add(List<SectionPath> all, List<Section> sections, String parent) {
            for (Section s : sections) {
                String name = s.label() != null ? s.label() : s.heading() != null ? s.heading() : "";
                String path = parent.isEmpty() ? name : parent + "/" + name;
                all.add(new SectionPath(s, path));
                add(all, s.children(), path);
            }
        }
    }
}
