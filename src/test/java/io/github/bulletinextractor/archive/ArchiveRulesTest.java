package io.github.bulletinextractor.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.bulletinextractor.model.Bulletin;
import io.github.bulletinextractor.model.CaseCounts;
import io.github.bulletinextractor.model.CaseFigures;
import io.github.bulletinextractor.model.Frequency;
import io.github.bulletinextractor.model.IssueNumber;
import io.github.bulletinextractor.model.Period;
import io.github.bulletinextractor.model.Source;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Each {@link ArchiveRule} on its own, on one series, for what {@link ArchiveCheckTest} does not
 * pin through {@link ArchiveCheck#check}: the edges each rule passes over or words differently.
 */
class ArchiveRulesTest {

    private static final String SERIES = "窗口工作周报";

    /** One bulletin with only the fields the rules read; dates as ISO text; anything may be null. */
    private record Spec(
            Integer year,
            Integer number,
            Integer cumulative,
            String start,
            String end,
            String published,
            String file,
            Long accepted) {

        Spec cumulative(Integer value) {
            return new Spec(year, number, value, start, end, published, file, accepted);
        }

        Spec days(String from, String to) {
            return new Spec(year, number, cumulative, from, to, published, file, accepted);
        }

        Spec published(String date) {
            return new Spec(year, number, cumulative, start, end, date, file, accepted);
        }

        Spec file(String name) {
            return new Spec(year, number, cumulative, start, end, published, name, accepted);
        }

        Spec accepted(Long value) {
            return new Spec(year, number, cumulative, start, end, published, file, value);
        }

        Bulletin bulletin() {
            return new Bulletin(
                    1,
                    file == null ? null : new Source(file, null, null, null),
                    SERIES,
                    Frequency.WEEKLY,
                    new IssueNumber(year, number, cumulative),
                    new Period(date(start), date(end)),
                    date(published),
                    null,
                    null,
                    null,
                    accepted == null ? null : new CaseCounts(null, new CaseFigures(null, accepted, null, null)),
                    null,
                    null,
                    null,
                    null,
                    null);
        }

        private static LocalDate date(String iso) {
            return iso == null ? null : LocalDate.parse(iso);
        }
    }

    private static Spec issue(Integer year, Integer number) {
        return new Spec(year, number, null, null, null, null, year + "-" + number + ".pdf", null);
    }

    private static Series series(Spec... specs) {
        return ArchiveCheck.group(Arrays.stream(specs).map(Spec::bulletin).toList())
                .get(0);
    }

    @Test
    void groupingPutsCopiesTogetherInTheOrderGivenAndKeepsIssuesWithoutYearOrNumberApart() {
        Series series = series(
                issue(2024, 2).file("b.pdf"),
                issue(null, 7),
                issue(2023, 9),
                issue(2024, 2).file("a.pdf"),
                issue(2024, null).file("x.docx"),
                issue(2024, 1));

        assertThat(series.years()).containsOnlyKeys(2023, 2024);
        assertThat(series.years().get(2024))
                .extracting(Issue::number, Issue::fileNames)
                .containsExactly(tuple(1, List.of("2024-1.pdf")), tuple(2, List.of("b.pdf", "a.pdf")));
        assertThat(series.unnumbered())
                .extracting(Issue::label)
                .containsExactly("issue 7", "the bulletin without issue number in x.docx");
        assertThat(series.all())
                .extracting(Issue::year, Issue::number)
                .containsExactly(tuple(2023, 9), tuple(2024, 1), tuple(2024, 2), tuple(null, 7), tuple(2024, null));
    }

    @Test
    void duplicateIssuesWithoutFilesSayOnlyHowManyTimes() {
        assertThat(new DuplicateIssues()
                        .check(series(
                                issue(2024, 1).file(null),
                                issue(2024, 1).file(null),
                                issue(2024, 1).file(null),
                                issue(2024, 2))))
                .containsExactly(
                        new Problem(ProblemCode.DUPLICATE_ISSUE, SERIES, 2024, List.of(1), "issue 1 is held 3 times"));
    }

    @Test
    void missingIssuesListAtMostTheLimitAndSaySo() {
        MissingIssues rule = new MissingIssues(3);

        assertThat(rule.check(series(issue(2024, 1), issue(2024, 4), issue(2024, 7))))
                .containsExactly(new Problem(
                        ProblemCode.MISSING_ISSUES,
                        SERIES,
                        2024,
                        List.of(2, 3, 5),
                        "4 issues missing between 1 and 7: 2, 3, 5 (the first 3 listed)"));
        assertThat(rule.check(series(issue(2024, 1), issue(2024, 3), issue(2024, 4))))
                .singleElement()
                .extracting(Problem::message)
                .isEqualTo("1 issue missing between 1 and 4: 2");
        // each year on its own: the gap between 2023's last and 2024's first is not missing
        assertThat(rule.check(series(issue(2023, 1), issue(2023, 2), issue(2024, 5))))
                .isEmpty();
    }

    @Test
    void cumulativeNumbersCarriedOverAreJudgedByTheFirstIssueThatAgreesWithItsYear() {
        // 2023 complete at 总第 = number + 100; 2024 is number + 110, except issue 1 which is misread
        Series series = series(
                issue(2023, 1).cumulative(101),
                issue(2023, 2).cumulative(102),
                issue(2024, 1).cumulative(150),
                issue(2024, 2).cumulative(112),
                issue(2024, 3).cumulative(113));

        assertThat(new CumulativeNumbersDisagree().check(series))
                .containsExactly(
                        new Problem(
                                ProblemCode.CUMULATIVE_MISMATCH,
                                SERIES,
                                2024,
                                List.of(1),
                                "issue 1 is 总第 150 (expected 111): 总第 is the issue number + 110 for 2 of 3 issues"),
                        new Problem(
                                ProblemCode.CUMULATIVE_MISMATCH,
                                SERIES,
                                2024,
                                List.of(2),
                                "issue 2 is 总第 112, expected 104 to follow 2023's last issue 2 (总第 102)"));
    }

    @Test
    void cumulativeNumbersAreNotCarriedOverToAYearWithoutAny() {
        assertThat(new CumulativeNumbersDisagree().check(series(issue(2023, 1).cumulative(101), issue(2024, 1))))
                .isEmpty();
    }

    @Test
    void issueYearOutsidePeriodBlamesThePublicationDateOnlyWhenItGaveTheYear() {
        Spec december = issue(2025, 12).days("2024-12-01", "2024-12-31");

        assertThat(new IssueYearOutsidePeriod().check(series(december.published("2024-12-31"))))
                .extracting(Problem::message)
                .containsExactly("issue 12 is filed under 2025 but reports on 2024-12-01 to 2024-12-31");
        // a bulletin without number is checked too, and named by its file
        assertThat(new IssueYearOutsidePeriod()
                        .check(series(issue(2025, null)
                                .days("2024-12-01", "2024-12-31")
                                .file("十二月.pdf"))))
                .containsExactly(new Problem(
                        ProblemCode.ISSUE_YEAR_OUTSIDE_PERIOD,
                        SERIES,
                        2025,
                        List.of(),
                        "the bulletin without issue number in 十二月.pdf is filed under 2025 but reports on"
                                + " 2024-12-01 to 2024-12-31"));
    }

    @Test
    void periodsOutOfOrderPassOverIssuesWithoutAWholePeriod() {
        Series series = series(
                issue(2024, 1).days("2024-01-08", "2024-01-12"),
                issue(2024, 2).days("2024-01-15", null),
                issue(2024, 3).days("2024-01-05", "2024-01-01"),
                issue(2024, 4).days("2024-01-01", "2024-01-05"));

        assertThat(new PeriodsOutOfOrder().check(series))
                .containsExactly(
                        new Problem(
                                ProblemCode.PERIOD_OUT_OF_ORDER,
                                SERIES,
                                2024,
                                List.of(1, 4),
                                "issue 4 (2024-01-01 to 2024-01-05) reports on days before issue 1 (2024-01-08 to 2024-01-12)"));
    }

    @Test
    void overlappingPeriodsReportEachPairInOrderOfStart() {
        Series series = series(
                issue(2024, 3).days("2024-01-03", "2024-01-09"),
                issue(2024, 1).days("2024-01-01", "2024-01-05"),
                issue(2024, 2).days("2024-01-05", "2024-01-06"),
                issue(2024, 4).days("2024-01-09", "2024-01-02")); // ends before it starts: not compared

        assertThat(new OverlappingPeriods().check(series))
                .extracting(Problem::numbers)
                .containsExactly(List.of(1, 3), List.of(1, 2), List.of(2, 3));
    }

    @Test
    void publishedBeforePeriodEndNeedsOnlyTheEndOfThePeriod() {
        Series series = series(
                issue(2024, 1).days(null, "2024-01-12").published("2024-01-11"),
                issue(2024, 2).days(null, "2024-01-19"),
                issue(null, null).file(null).days("2024-01-22", "2024-01-26").published("2024-01-25"));

        assertThat(new PublishedBeforePeriodEnd().check(series))
                .extracting(Problem::year, Problem::message)
                .containsExactly(
                        tuple(2024, "issue 1 is dated 2024-01-11, before its period ends on 2024-01-12"),
                        tuple(
                                null,
                                "a bulletin without issue number is dated 2024-01-25, before its period ends on"
                                        + " 2024-01-26"));
    }

    @Test
    void yearToDateDecreasesSkipIssuesWithoutTheFigureAndStartAgainEachYear() {
        Series series = series(
                issue(2023, 1).accepted(10L),
                issue(2023, 2),
                issue(2023, 3).accepted(5L),
                issue(2024, 1).accepted(4L),
                issue(2024, 2).accepted(9L));

        assertThat(new YearToDateDecreases().check(series))
                .containsExactly(new Problem(
                        ProblemCode.YEAR_TO_DATE_DECREASE,
                        SERIES,
                        2023,
                        List.of(1, 3),
                        "year-to-date accepted (受理) goes down from 10 in issue 1 to 5 in issue 3"));
    }
}
