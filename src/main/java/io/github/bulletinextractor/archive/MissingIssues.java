package io.github.bulletinextractor.archive;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds {@link ProblemCode#MISSING_ISSUES}: numbers absent between the lowest and the highest issue
 * held in a year, one problem per year. These are the issues to look for in another folder or to
 * ask the publisher for; issues before the lowest or after the highest cannot be seen.
 */
final class MissingIssues implements ArchiveRule {

    private final int maxListed;

    /** @param maxListed at most this many missing numbers are listed for a year; more means an issue number was misread */
    MissingIssues(int maxListed) {
        this.maxListed = maxListed;
    }

    @Override
    public List<Problem> check(Series series) {
        List<Problem> problems = new ArrayList<>();
        series.years().forEach((year, issues) -> {
            int first = issues.get(0).number();
            int last = issues.get(issues.size() - 1).number();
            long absent = (long) last - first + 1 - issues.size();
            if (absent == 0) {
                return;
            }
            List<Integer> numbers = new ArrayList<>();
            for (int i = 1; i < issues.size(); i++) {
                for (long n = issues.get(i - 1).number() + 1L;
                        n < issues.get(i).number() && numbers.size() < maxListed;
                        n++) {
                    numbers.add((int) n);
                }
            }
            String listed = absent > numbers.size() ? " (the first " + numbers.size() + " listed)" : "";
            problems.add(series.problem(
                    ProblemCode.MISSING_ISSUES,
                    year,
                    numbers,
                    absent + " issue" + (absent == 1 ? "" : "s") + " missing between " + first + " and " + last + ": "
                            + IssueNumbers.ranges(numbers, ", ") + listed));
        });
        return problems;
    }
}
