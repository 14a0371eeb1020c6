package io.github.bulletinextractor.archive;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.bulletinextractor.model.Bulletin;
import io.github.bulletinextractor.model.CaseCounts;
import io.github.bulletinextractor.model.CaseFigures;
import io.github.bulletinextractor.model.Section;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** The rows of the CSV tables an archive run writes, one record type per table. */
final class ArchiveTables {

    private ArchiveTables() {
    }

    @JsonPropertyOrder({"file", "series", "frequency", "year", "number", "cumulativeNumber", "special", "periodStart",
            "periodEnd", "publishedOn", "publisher", "copies", "weekConsultations", "weekAccepted", "weekIssued",
            "weekTransferred", "monthConsultations", "monthAccepted", "monthIssued", "monthTransferred",
            "yearToDateConsultations", "yearToDateAccepted", "yearToDateIssued", "yearToDateTransferred", "visits",
            "metrics", "warnings"})
    record BulletinRow(String file, String series, String frequency, Integer year, Integer number,
                       Integer cumulativeNumber, String special, LocalDate periodStart, LocalDate periodEnd,
                       LocalDate publishedOn, String publisher, Integer copies, Long weekConsultations,
                       Long weekAccepted, Long weekIssued, Long weekTransferred, Long monthConsultations,
                       Long monthAccepted, Long monthIssued, Long monthTransferred, Long yearToDateConsultations,
                       Long yearToDateAccepted, Long yearToDateIssued, Long yearToDateTransferred, int visits,
                       int metrics, int warnings) {

        static BulletinRow of(String file, Bulletin b) {
            CaseCounts counts = b.caseCounts();
            CaseFigures week = counts == null ? null : counts.week();
            CaseFigures month = counts == null ? null : counts.month();
            CaseFigures ytd = counts == null ? null : counts.yearToDate();
            return new BulletinRow(file, b.series(), b.frequency() == null ? null : b.frequency().name(),
                    b.issue().year(), b.issue().number(), b.issue().cumulativeNumber(), b.issue().special(),
                    b.period().start(), b.period().end(), b.publishedOn(), b.publisher(), b.copies(),
                    figure(week, CaseFigures::consultations), figure(week, CaseFigures::accepted),
                    figure(week, CaseFigures::issued), figure(week, CaseFigures::transferred),
                    figure(month, CaseFigures::consultations), figure(month, CaseFigures::accepted),
                    figure(month, CaseFigures::issued), figure(month, CaseFigures::transferred),
                    figure(ytd, CaseFigures::consultations), figure(ytd, CaseFigures::accepted),
                    figure(ytd, CaseFigures::issued), figure(ytd, CaseFigures::transferred),
                    b.visits().size(), b.metrics().size(), b.warnings().size());
        }

        private static Long figure(CaseFigures figures, Function<CaseFigures, Long> field) {
            return figures == null ? null : field.apply(figures);
        }
    }

    @JsonPropertyOrder({"file", "year", "number", "date", "endDate", "department", "unit", "name", "titles", "activity",
            "page"})
    record VisitRow(String file, Integer year, Integer number, LocalDate date, LocalDate endDate, String department,
                    String unit, String name, String titles, String activity, Integer page) {

        static List<VisitRow> of(String file, Bulletin b) {
            return b.visits().stream().map(v -> new VisitRow(file, b.issue().year(), b.issue().number(), v.date(),
                    v.endDate(), v.department(), v.unit(), v.name(), String.join("、", v.titles()), v.activity(), v.page())).toList();
        }
    }

    @JsonPropertyOrder({"file", "year", "number", "label", "value", "unit", "scope", "text", "page"})
    record MetricRow(String file, Integer year, Integer number, String label, BigDecimal value, String unit,
                     String scope, String text, Integer page) {

        static List<MetricRow> of(String file, Bulletin b) {
            return b.metrics().stream().map(m -> new MetricRow(file, b.issue().year(), b.issue().number(), m.label(),
                    m.value(), m.unit(), m.scope() == null ? null : m.scope().name(), m.text(), m.page())).toList();
        }
    }

    @JsonPropertyOrder({"file", "year", "number", "path", "label", "level", "ordinal", "heading", "text", "page"})
    record SectionRow(String file, Integer year, Integer number, String path, String label, int level,
                      Integer ordinal, String heading, String text, Integer page) {

        /** Every section, parents first; {@code path} names its place in the tree, 三、/（一）/1. */
        static List<SectionRow> of(String file, Bulletin b) {
            List<SectionRow> rows = new ArrayList<>();
            add(rows, file, b, b.sections(), "");
            return rows;
        }

        private static void add(List<SectionRow> rows, String file, Bulletin b, List<Section> sections, String parent) {
            for (Section s : sections) {
                String name = s.label() != null ? s.label() : s.heading() != null ? s.heading() : "";
                String path = parent.isEmpty() ? name : parent + "/" + name;
                rows.add(new SectionRow(file, b.issue().year(), b.issue().number(), path, s.label(), s.level(),
                        s.ordinal(), s.heading(), s.text(), s.page()));
                add(rows, file, b, s.children(), path);
            }
        }
    }

    @JsonPropertyOrder({"file", "code", "message"})
    record FailureRow(String file, String code, String message) {
    }
}
