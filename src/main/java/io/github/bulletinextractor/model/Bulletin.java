package io.github.bulletinextractor.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One parsed bulletin issue.
 *
 * @param schemaVersion version of this record's JSON form, {@link #SCHEMA_VERSION}
 * @param source        the file the bulletin was read from
 * @param series        the series title when it is printed (窗口工作周报, 政务窗口月报), else null
 * @param frequency     weekly or monthly, from the series title or else from the period; null when neither tells
 * @param issue         the issue number from the masthead; never null, its parts null when not printed
 * @param period        the days the bulletin reports on; never null, its dates null when not printed
 * @param publishedOn   the date printed beside the publisher, null when none is printed
 * @param publisher     the issuing body as printed, null when none is printed
 * @param sections      the numbered sections in document order
 * @param visits        officials who visited the service hall (厅（局）长进大厅)
 * @param caseCounts    the comprehensive-window case figures, null when the bulletin has none
 * @param metrics       every counted quantity stated in the body
 * @param distribution  recipients after 报：, 送： and 发：
 * @param copies        the print run (共印N份), null when not printed
 * @param attachments   attachments printed at the end or referred to
 * @param warnings      what looked wrong while parsing
 */
@JsonPropertyOrder({
    "schemaVersion",
    "source",
    "series",
    "frequency",
    "issue",
    "period",
    "publishedOn",
    "publisher",
    "sections",
    "visits",
    "caseCounts",
    "metrics",
    "distribution",
    "copies",
    "attachments",
    "warnings"
})
public record Bulletin(
        int schemaVersion,
        Source source,
        @Nullable String series,
        @Nullable Frequency frequency,
        IssueNumber issue,
        Period period,
        @Nullable LocalDate publishedOn,
        @Nullable String publisher,
        List<Section> sections,
        List<Visit> visits,
        @Nullable CaseCounts caseCounts,
        List<Metric> metrics,
        Distribution distribution,
        @Nullable Integer copies,
        List<Attachment> attachments,
        List<Warning> warnings) {

    /** The version of the JSON form written by this library. */
    public static final int SCHEMA_VERSION = 2;

    public Bulletin {
        sections = Lists.copy(sections);
        visits = Lists.copy(visits);
        metrics = Lists.copy(metrics);
        attachments = Lists.copy(attachments);
        warnings = Lists.copy(warnings);
        issue = issue == null ? IssueNumber.UNKNOWN : issue;
        period = period == null ? Period.UNKNOWN : period;
        distribution = distribution == null ? Distribution.NONE : distribution;
    }

    /** This bulletin read from another source: the same file named otherwise, as by its path in an archive. */
    public Bulletin withSource(Source other) {
        return new Bulletin(
                schemaVersion,
                other,
                series,
                frequency,
                issue,
                period,
                publishedOn,
                publisher,
                sections,
                visits,
                caseCounts,
                metrics,
                distribution,
                copies,
                attachments,
                warnings);
    }

    /**
     * The masthead, case counts and print run alone, with the body's lists (sections, visits,
     * metrics, distribution, attachments, warnings) empty: what a check across thousands of issues
     * reads, in a fraction of the memory.
     */
    public Bulletin mastheadOnly() {
        return new Bulletin(
                schemaVersion,
                source,
                series,
                frequency,
                issue,
                period,
                publishedOn,
                publisher,
                List.of(),
                List.of(),
                caseCounts,
                List.of(),
                Distribution.NONE,
                copies,
                List.of(),
                List.of());
    }
}
