package io.github.bulletinextractor.archive;

import java.util.ArrayList;
import java.util.List;
import java.util.NavigableMap;
import org.jspecify.annotations.Nullable;

/**
 * One series' bulletins, grouped once by {@link ArchiveCheck} for every rule: the numbered issues
 * by year, and those lacking a year or a number apart, since no rule that compares issues can
 * place them.
 *
 * @param name       the series, as {@link ArchiveCheck#seriesOf} names it
 * @param years      year → its issues in number order, years ascending
 * @param unnumbered the bulletins without year or number, each an issue of its own, in the order given
 */
record Series(String name, NavigableMap<Integer, List<Issue>> years, List<Issue> unnumbered) {

    /** The issues of every year, by year and number. */
    List<Issue> numbered() {
        return years.values().stream().flatMap(List::stream).toList();
    }

    /** Every issue: the numbered by year and number, then the unnumbered in the order given. */
    List<Issue> all() {
        List<Issue> all = new ArrayList<>(numbered());
        all.addAll(unnumbered);
        return all;
    }

    /** A problem in this series. */
    Problem problem(ProblemCode code, @Nullable Integer year, List<Integer> numbers, String message) {
        return new Problem(code, name, year, numbers, message);
    }
}
