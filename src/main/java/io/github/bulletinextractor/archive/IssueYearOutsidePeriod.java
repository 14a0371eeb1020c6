package io.github.bulletinextractor.archive;

import io.github.bulletinextractor.model.Period;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds {@link ProblemCode#ISSUE_YEAR_OUTSIDE_PERIOD}: an issue filed under a year that is neither
 * the year its period starts in nor the one it ends in. Without a printed year, the parser takes
 * that of the publication date, so a December issue published in January lands in the next year,
 * where it also shows up as missing or out-of-order issues; the message says when that is the cause.
 */
final class IssueYearOutsidePeriod implements ArchiveRule {

    @Override
    public List<Problem> check(Series series) {
        List<Problem> problems = new ArrayList<>();
        for (Issue issue : series.all()) {
            Integer year = issue.year();
            if (year == null || !issue.hasPeriod()) {
                continue;
            }
            Period period = issue.period();
            if (year != period.start().getYear() && year != period.end().getYear()) {
                LocalDate published = issue.bulletin().publishedOn();
                boolean fromPublication = published != null && published.getYear() == year;
                problems.add(series.problem(
                        ProblemCode.ISSUE_YEAR_OUTSIDE_PERIOD,
                        year,
                        issue.numbers(),
                        issue.label() + " is filed under " + year + " but reports on " + issue.days()
                                + (fromPublication
                                        ? " (" + year + " is the year of its publication date " + published + ")"
                                        : "")));
            }
        }
        return problems;
    }
}
