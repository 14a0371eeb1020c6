package io.github.bulletinextractor.archive;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds {@link ProblemCode#DUPLICATE_ISSUE}: an issue (series, year, number) held more than once.
 * It is a copy to weed out, or a bulletin with a misprinted number whose own issue then looks
 * missing; the message names the files so that the archivist can open them side by side.
 */
final class DuplicateIssues implements ArchiveRule {

    @Override
    public List<Problem> check(Series series) {
        List<Problem> problems = new ArrayList<>();
        for (Issue issue : series.numbered()) {
            int held = issue.copies().size();
            if (held > 1) {
                List<String> files = issue.fileNames();
                problems.add(series.problem(
                        ProblemCode.DUPLICATE_ISSUE,
                        issue.year(),
                        issue.numbers(),
                        "issue " + issue.number() + " is held " + held + " times"
                                + (files.isEmpty() ? "" : ": " + String.join(", ", files))));
            }
        }
        return problems;
    }
}
