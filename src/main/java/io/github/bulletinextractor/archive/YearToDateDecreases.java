package io.github.bulletinextractor.archive;

import io.github.bulletinextractor.model.Bulletin;
import io.github.bulletinextractor.model.CaseFigures;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Finds {@link ProblemCode#YEAR_TO_DATE_DECREASE}: a year-to-date case figure (咨询, 受理, 颁发 or
 * 流转 since 1 January) lower than in the issue numbered before it, although running totals can
 * only grow. One of the two figures was misread, or the issues are misnumbered; until that is
 * corrected, any yearly total taken from the archive is wrong.
 */
final class YearToDateDecreases implements ArchiveRule {

    private static final List<Figure> FIGURES = List.of(
            new Figure("consultations (咨询)", CaseFigures::consultations),
            new Figure("accepted (受理)", CaseFigures::accepted),
            new Figure("issued (颁发)", CaseFigures::issued),
            new Figure("transferred (流转)", CaseFigures::transferred));

    @Override
    public List<Problem> check(Series series) {
        List<Problem> problems = new ArrayList<>();
        series.years().forEach((year, issues) -> {
            for (Figure figure : FIGURES) {
                // an issue without the figure is passed over: the next is compared with the last that had it
                Issue previous = null;
                long previousValue = 0;
                for (Issue issue : issues) {
                    Long value = figure.of(issue.bulletin());
                    if (value == null) {
                        continue;
                    }
                    if (previous != null && value < previousValue) {
                        problems.add(series.problem(
                                ProblemCode.YEAR_TO_DATE_DECREASE,
                                year,
                                List.of(previous.number(), issue.number()),
                                "year-to-date " + figure.name + " goes down from " + previousValue + " in issue "
                                        + previous.number() + " to " + value + " in issue " + issue.number()));
                    }
                    previous = issue;
                    previousValue = value;
                }
            }
        });
        return problems;
    }

    /** A year-to-date figure and how messages name it. */
    private record Figure(String name, Function<CaseFigures, @Nullable Long> field) {

        @Nullable
        Long of(Bulletin bulletin) {
            if (bulletin.caseCounts() == null || bulletin.caseCounts().yearToDate() == null) {
                return null;
            }
            return field.apply(bulletin.caseCounts().yearToDate());
        }
    }
}
