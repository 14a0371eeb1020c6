package io.github.bulletinextractor.archive;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds {@link ProblemCode#PERIOD_OUT_OF_ORDER}: an issue that reports on days entirely before
 * those of the issue numbered just below it. One of the two numbers or periods was misprinted or
 * misread, so the archive's order by number is not its order in time until one is corrected.
 */
final class PeriodsOutOfOrder implements ArchiveRule {

    @Override
    public List<Problem> check(Series series) {
        List<Problem> problems = new ArrayList<>();
        series.years().forEach((year, issues) -> {
            // compared with the last issue that has a whole period, so that one wrong issue is one problem
            Issue previous = null;
            for (Issue issue : issues) {
                if (!issue.hasPeriod()) {
                    continue;
                }
                if (previous != null
                        && issue.period().end().isBefore(previous.period().start())) {
                    problems.add(series.problem(
                            ProblemCode.PERIOD_OUT_OF_ORDER,
                            year,
                            List.of(previous.number(), issue.number()),
                            issue.label() + " (" + issue.days() + ") reports on days before " + previous.label() + " ("
                                    + previous.days() + ")"));
                }
                previous = issue;
            }
        });
        return problems;
    }
}
