package io.github.bulletinextractor;

import io.github.bulletinextractor.internal.text.FoldedText;
import io.github.bulletinextractor.model.Bulletin;
import io.github.bulletinextractor.model.CaseFigures;
import io.github.bulletinextractor.model.Section;
import io.github.bulletinextractor.model.Visit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The fields of two records side by side: each masthead field, each section's number and
 * heading, each visit's date, department, unit, name and titles, each case count, each
 * recipient of the distribution, the print run. Lists are aligned by position, so a section
 * missed counts every field it would have held as wrong.
 */
public record FieldComparison(int right, int total, List<String> wrong) {

    public static FieldComparison of(Bulletin expected, Bulletin actual) {
        Tally compare = new Tally();
        compare.field("series", expected.series(), actual.series());
        compare.field("frequency", expected.frequency(), actual.frequency());
        compare.field("issue", expected.issue(), actual.issue());
        compare.field("period", expected.period(), actual.period());
        compare.field("publishedOn", expected.publishedOn(), actual.publishedOn());
        compare.field("publisher", expected.publisher(), actual.publisher());
        compare.aligned("section", sections(expected.sections(), new ArrayList<>()),
                sections(actual.sections(), new ArrayList<>()));
        compare.aligned("visit date", visitField(expected, Visit::date), visitField(actual, Visit::date));
        compare.aligned("visit department", visitField(expected, Visit::department),
                visitField(actual, Visit::department));
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
        return new FieldComparison(compare.right, compare.total, compare.wrong);
    }

    public double accuracy() {
        return total == 0 ? 1 : (double) right / total;
    }

    /**
     * Text as matching sees it: OCR cannot tell a half-width bracket from a full-width one, nor
     * see the spaces a PDF's text layer puts between words, so those do not count.
     */
    private static Object comparable(Object value) {
        if (value instanceof String text) {
            return FoldedText.of(text).folded().replace(" ", "");
        }
        if (value instanceof List<?> list) {
            return list.stream().map(FieldComparison::comparable).toList();
        }
        return value;
    }

    /** Fields compared so far. */
    private static final class Tally {
        int right;
        int total;
        final List<String> wrong = new ArrayList<>();

        void field(String name, Object expected, Object actual) {
            total++;
            if (Objects.equals(comparable(expected), comparable(actual))) {
                right++;
            } else {
                wrong.add("  " + name + ": expected " + expected + ", got " + actual);
            }
        }

        /**
         * Two lists aligned as a diff aligns lines (longest common subsequence), so a section OCR
         * missed costs that one field, not every one after it: the longer list's length is the
         * number of fields, those in common are right.
         */
        void aligned(String name, List<?> expected, List<?> actual) {
            List<Object> a = expected.stream().map(FieldComparison::comparable).toList();
            List<Object> b = actual.stream().map(FieldComparison::comparable).toList();
            int[][] common = new int[a.size() + 1][b.size() + 1];
            for (int i = a.size() - 1; i >= 0; i--) {
                for (int j = b.size() - 1; j >= 0; j--) {
                    common[i][j] = Objects.equals(a.get(i), b.get(j)) ? common[i + 1][j + 1] + 1
                            : Math.max(common[i + 1][j], common[i][j + 1]);
                }
            }
            total += Math.max(a.size(), b.size());
            right += common[0][0];
            for (int i = 0, j = 0; i < a.size() || j < b.size(); ) {
                if (i < a.size() && j < b.size() && Objects.equals(a.get(i), b.get(j))) {
                    i++;
                    j++;
                } else if (j >= b.size() || i < a.size() && common[i + 1][j] >= common[i][j + 1]) {
                    wrong.add("  " + name + ": missing " + expected.get(i++));
                } else {
                    wrong.add("  " + name + ": read instead " + actual.get(j++));
                }
            }
        }
    }

    private static List<Object> visitField(Bulletin bulletin, java.util.function.Function<Visit, Object> field) {
        return bulletin.visits().stream().map(v -> field.apply(v) == null ? "-" : field.apply(v)).toList();
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
        for (CaseFigures figures : bulletin.caseCounts() == null ? Arrays.<CaseFigures>asList(null, null)
                : Arrays.asList(bulletin.caseCounts().week(), bulletin.caseCounts().yearToDate())) {
            counts.addAll(figures == null ? Arrays.asList(null, null, null, null) : Arrays.asList(figures.consultations(),
                    figures.accepted(), figures.issued(), figures.transferred()));
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
