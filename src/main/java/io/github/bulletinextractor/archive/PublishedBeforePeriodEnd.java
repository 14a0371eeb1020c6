package io.github.bulletinextractor.archive;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds {@link ProblemCode#PUBLISHED_BEFORE_PERIOD_END}: a bulletin dated before the last day it
 * reports on, which cannot be right, so one of the two dates was misprinted or misread and the
 * bulletin may be catalogued under the wrong date. Publication on the last day is allowed.
 */
final class PublishedBeforePeriodEnd implements ArchiveRule {

    @Override
    public List<Problem> check(Series series) {
        List<Problem> problems = new ArrayList<>();
        for (Issue issue : series.all()) {
            LocalDate published = issue.bulletin().publishedOn();
            LocalDate end = issue.period().end();
            if (published != null && end != null && published.isBefore(end)) {
                problems.add(series.problem(
                        ProblemCode.PUBLISHED_BEFORE_PERIOD_END,
                        issue.year(),
                        issue.numbers(),
                        issue.label() + " is dated " + published + ", before its period ends on " + end));
            }
        }
        return problems;
    }
}
