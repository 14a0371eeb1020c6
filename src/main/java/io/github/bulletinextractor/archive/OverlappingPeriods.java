package io.github.bulletinextractor.archive;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds {@link ProblemCode#PERIOD_OVERLAP}: two issues of a series reporting on overlapping days,
 * ends included. One is a misnumbered copy or has a misread date. Issues are compared across all
 * years of the series, so that an issue filed under the wrong year is caught too.
 */
final class OverlappingPeriods implements ArchiveRule {

    @Override
    public List<Problem> check(Series series) {
        List<Issue> byStart = series.numbered().stream()
                .filter(Issue::hasPeriod)
                .sorted(Comparator.comparing((Issue i) -> i.period().start())
                        .thenComparing(Issue::year)
                        .thenComparing(Issue::number))
                .toList();
        List<Problem> problems = new ArrayList<>();
        // the issues whose period has not ended before the current one starts
        List<Issue> open = new ArrayList<>();
        for (Issue issue : byStart) {
            open.removeIf(o -> o.period().end().isBefore(issue.period().start()));
            for (Issue other : open) {
                Issue first = compare(other, issue) <= 0 ? other : issue;
                Issue second = first == other ? issue : other;
                boolean sameYear = first.year().equals(second.year());
                problems.add(series.problem(
                        ProblemCode.PERIOD_OVERLAP,
                        first.year(),
                        List.of(first.number(), second.number()),
                        first.name(!sameYear) + " (" + first.days() + ") overlaps " + second.name(!sameYear) + " ("
                                + second.days() + ")"));
            }
            open.add(issue);
        }
        return problems;
    }

    /** By year, then number. */
    private static int compare(Issue a, Issue b) {
        int byYear = Integer.compare(a.year(), b.year());
        return byYear != 0 ? byYear : Integer.compare(a.number(), b.number());
    }
}
