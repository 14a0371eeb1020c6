package io.github.bulletinextractor;

import io.github.bulletinextractor.model.Bulletin;
import io.github.bulletinextractor.model.CaseFigures;
import io.github.bulletinextractor.model.Section;
import io.github.bulletinextractor.model.Visit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The fields of two records side by side: each masthead field, each section's number and
 * heading, each visit's date, department, unit, name and titles, each case count, each
 * recipient of the distribution, the print run. Lists are aligned by position, so a section
 * missed counts every field it would have held as wrong.
 */
public record FieldComparison(int right, int total, List<String> wrong) {

    public static FieldComparison of(Bulletin expected, Bulletin actual) {
        FieldTally compare = new FieldTally();
        compare.field("series", expected.series(), actual.series());
        compare.field("frequency", expected.frequency(), actual.frequency());
        compare.field("issue", expected.issue(), actual.issue());
        compare.field("period", expected.period(), actual.period());
        compare.field("publishedOn", expected.publishedOn(), actual.publishedOn());
        compare.field("publisher", expected.publisher(), actual.publisher());
        compare.aligned(
                "section",
                sections(expected.sections(), new ArrayList<>()),
                sections(actual.sections(), new ArrayList<>()));
        compare.aligned("visit date", visitField(expected, Visit::date), visitField(actual, Visit::date));
        compare.aligned(
                "visit department", visitField(expected, Visit::department), visitField(actual, Visit::department));
        compare.aligned("visit unit", visitField(expected, Visit::unit), visitField(actual, Visit::unit));
        compare.aligned("visit name", visitField(expected, Visit::name), visitField(actual, Visit::name));
        compare.aligned("visit titles", visitField(expected, Visit::titles), visitField(actual, Visit::titles));
        List<Long> expectedCounts = caseCounts(expected);
        List<Long> actualCounts = caseCounts(actual);
        for (int i = 0; i < expectedCounts.size(); i++) {
            compare.field("case count " + (i + 1), expectedCounts.get(i), actualCounts.get(i));
        }
        compare.aligned("recipient", recipients(expected), recipients(actual));
        compare.field("copies", expected.copies(), actual.copies());
        return new FieldComparison(compare.right(), compare.total(), compare.wrong());
    }

    public double accuracy() {
        return total == 0 ? 1 : (double) right / total;
    }

    private static List<Object> visitField(Bulletin bulletin, java.util.function.Function<Visit, Object> field) {
        return bulletin.visits().stream()
                .map(v -> field.apply(v) == null ? "-" : field.apply(v))
                .toList();
    }

    private static List<String> sections(List<Section> sections, List<String> out) {
        for (Section section : sections) {
            out.add(section.label() + " " + section.heading());
            sections(section.children(), out);
        }
        return out;
    }

    private static List<Long> caseCounts(Bulletin bulletin) {
        List<Long> counts = new ArrayList<>();
        for (CaseFigures figures : bulletin.caseCounts() == null
                ? Arrays.<CaseFigures>asList(null, null, null)
                : Arrays.asList(
                        bulletin.caseCounts().week(),
                        bulletin.caseCounts().month(),
                        bulletin.caseCounts().yearToDate())) {
            counts.addAll(
                    figures == null
                            ? Arrays.asList(null, null, null, null)
                            : Arrays.asList(
                                    figures.consultations(),
                                    figures.accepted(),
                                    figures.issued(),
                                    figures.transferred()));
        }
        return counts;
    }

    private static List<String> recipients(Bulletin bulletin) {
        List<String> all = new ArrayList<>();
        if (bulletin.distribution() != null) {
            bulletin.distribution().reportTo().forEach(r -> all.add("报 " + r));
            bulletin.distribution().copyTo().forEach(r -> all.add("送 " + r));
            bulletin.distribution().issueTo().forEach(r -> all.add("发 " + r));
        }
        return all;
    }
}
