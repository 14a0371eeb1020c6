package io.github.bulletinextractor.archive;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Finds {@link ProblemCode#CUMULATIVE_MISMATCH}: cumulative numbers (总第) that do not follow from
 * the issue numbers, within a year or from one year to the next. A 总第 that disagrees is a misread
 * number, or a sign of issues missing that the issue numbers alone do not show (at a year's end).
 */
final class CumulativeNumbersDisagree implements ArchiveRule {

    @Override
    public List<Problem> check(Series series) {
        List<Problem> problems = new ArrayList<>();
        series.years().forEach((year, issues) -> withinYear(series, year, issues, problems));
        acrossYears(series, problems);
        return problems;
    }

    /** 总第 minus the issue number is the same for every issue of a year: the most common difference. */
    private static void withinYear(Series series, int year, List<Issue> issues, List<Problem> problems) {
        Long offset = commonOffset(issues);
        if (offset == null) {
            return;
        }
        int agreeing = 0;
        int counted = 0;
        List<Integer> numbers = new ArrayList<>();
        List<String> details = new ArrayList<>();
        for (Issue issue : issues) {
            Integer cumulative = cumulativeOf(issue);
            if (cumulative == null) {
                continue;
            }
            counted++;
            if (cumulative - (long) issue.number() == offset) {
                agreeing++;
            } else {
                numbers.add(issue.number());
                details.add("issue " + issue.number() + " is 总第 " + cumulative + " (expected "
                        + (offset + issue.number()) + ")");
            }
        }
        if (!numbers.isEmpty()) {
            problems.add(series.problem(
                    ProblemCode.CUMULATIVE_MISMATCH,
                    year,
                    numbers,
                    String.join("; ", details) + ": 总第 is the issue number + " + offset + " for " + agreeing + " of "
                            + counted + " issues"));
        }
    }

    /**
     * Year Y+1 must go on from year Y: its 总第 is Y's offset plus Y's last issue number. Only judged
     * when Y is held from issue 1 without a gap, so that its last issue is known to be its last.
     */
    private static void acrossYears(Series series, List<Problem> problems) {
        series.years().forEach((year, issues) -> {
            List<Issue> next = series.years().get(year + 1);
            int last = issues.get(issues.size() - 1).number();
            if (next == null || issues.get(0).number() != 1 || issues.size() != last) {
                return;
            }
            Long offset = commonOffset(issues);
            Long nextOffset = commonOffset(next);
            if (offset == null || nextOffset == null) {
                return;
            }
            long lastCumulative = offset + last;
            if (nextOffset == lastCumulative) {
                return;
            }
            Issue first = next.stream()
                    .filter(i -> cumulativeOf(i) != null && cumulativeOf(i) - (long) i.number() == nextOffset)
                    .findFirst()
                    .orElseThrow();
            problems.add(series.problem(
                    ProblemCode.CUMULATIVE_MISMATCH,
                    year + 1,
                    first.numbers(),
                    "issue " + first.number() + " is 总第 " + cumulativeOf(first) + ", expected "
                            + (lastCumulative + first.number()) + " to follow " + year + "'s last issue " + last
                            + " (总第 " + lastCumulative + ")"));
        });
    }

    /**
     * The most common {@code cumulativeNumber − number} of the issues (in number order); on a tie
     * the one found first, that of the lowest-numbered issue. Null when no issue has a 总第.
     */
    private static @Nullable Long commonOffset(List<Issue> issues) {
        Map<Long, Integer> counts = new LinkedHashMap<>();
        for (Issue issue : issues) {
            Integer cumulative = cumulativeOf(issue);
            if (cumulative != null) {
                counts.merge(cumulative - (long) issue.number(), 1, Integer::sum);
            }
        }
        Long best = null;
        int bestCount = 0;
        for (Map.Entry<Long, Integer> entry : counts.entrySet()) {
            if (entry.getValue() > bestCount) {
                best = entry.getKey();
                bestCount = entry.getValue();
            }
        }
        return best;
    }

    private static @Nullable Integer cumulativeOf(Issue issue) {
        return issue.bulletin().issue().cumulativeNumber();
    }
}
