package io.github.bulletinextractor.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.github.bulletinextractor.model.Bulletin;
import io.github.bulletinextractor.model.CaseCounts;
import io.github.bulletinextractor.model.CaseFigures;
import io.github.bulletinextractor.model.Frequency;
import io.github.bulletinextractor.model.IssueNumber;
import io.github.bulletinextractor.model.Period;
import io.github.bulletinextractor.model.Source;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** {@link ArchiveCheck} on small archives built from records, one kind of problem at a time. */
class ArchiveCheckTest {

    private static final String WEEKLY = "窗口工作周报";
    private static final String MONTHLY = "政务窗口月报";

    /**
     * A weekly issue that agrees with every other made here: 总第 runs on from 100 at 2023 issue 1
     * (2023 is given 3 issues, so 2024 starts at 总第 104), one week per issue from the first
     * Monday of the year, published three days after the period, year-to-date counts growing.
     */
    private static Bulletin weekly(int year, int number) {
        int offset = year == 2023 ? 99 : year == 2024 ? 102 : 0;
        LocalDate start = LocalDate.of(year, 1, 1)
                .with(java.time.temporal.TemporalAdjusters.firstInMonth(java.time.DayOfWeek.MONDAY))
                .plusWeeks(number - 1L);
        long n = number;
        return new Bulletin(
                1,
                new Source(year + "-" + number + ".pdf", "application/pdf", "hash" + year + number, 4),
                WEEKLY,
                Frequency.WEEKLY,
                new IssueNumber(year, number, offset + number),
                new Period(start, start.plusDays(4)),
                start.plusDays(7),
                "中心",
                List.of(),
                List.of(),
                new CaseCounts(new CaseFigures(10L, 20L, 30L, 40L), new CaseFigures(10 * n, 20 * n, 30 * n, 40 * n)),
                List.of(),
                null,
                100,
                List.of(),
                List.of());
    }

    private static Bulletin monthly(int year, int month) {
        LocalDate start = LocalDate.of(year, month, 1);
        return new Bulletin(
                1,
                new Source("m" + month + ".docx", null, null, null),
                MONTHLY,
                Frequency.MONTHLY,
                new IssueNumber(year, month, null),
                new Period(start, start.plusMonths(1).minusDays(1)),
                start.plusMonths(1).plusDays(5),
                "中心",
                List.of(),
                List.of(),
                null,
                List.of(),
                null,
                null,
                List.of(),
                List.of());
    }

    private static Bulletin withIssue(Bulletin b, Integer year, Integer number, Integer cumulative) {
        return new Bulletin(
                b.schemaVersion(),
                b.source(),
                b.series(),
                b.frequency(),
                new IssueNumber(year, number, cumulative),
                b.period(),
                b.publishedOn(),
                b.publisher(),
                b.sections(),
                b.visits(),
                b.caseCounts(),
                b.metrics(),
                b.distribution(),
                b.copies(),
                b.attachments(),
                b.warnings());
    }

    private static Bulletin withCumulative(Bulletin b, Integer cumulative) {
        return withIssue(b, b.issue().year(), b.issue().number(), cumulative);
    }

    private static Bulletin withPeriod(Bulletin b, LocalDate start, LocalDate end, LocalDate published) {
        return new Bulletin(
                b.schemaVersion(),
                b.source(),
                b.series(),
                b.frequency(),
                b.issue(),
                new Period(start, end),
                published,
                b.publisher(),
                b.sections(),
                b.visits(),
                b.caseCounts(),
                b.metrics(),
                b.distribution(),
                b.copies(),
                b.attachments(),
                b.warnings());
    }

    private static Bulletin withYearToDate(Bulletin b, CaseFigures yearToDate) {
        return new Bulletin(
                b.schemaVersion(),
                b.source(),
                b.series(),
                b.frequency(),
                b.issue(),
                b.period(),
                b.publishedOn(),
                b.publisher(),
                b.sections(),
                b.visits(),
                new CaseCounts(b.caseCounts() == null ? null : b.caseCounts().week(), yearToDate),
                b.metrics(),
                b.distribution(),
                b.copies(),
                b.attachments(),
                b.warnings());
    }

    private static Bulletin withSeries(Bulletin b, String series, Frequency frequency) {
        return new Bulletin(
                b.schemaVersion(),
                b.source(),
                series,
                frequency,
                b.issue(),
                b.period(),
                b.publishedOn(),
                b.publisher(),
                b.sections(),
                b.visits(),
                b.caseCounts(),
                b.metrics(),
                b.distribution(),
                b.copies(),
                b.attachments(),
                b.warnings());
    }

    private static Bulletin withFile(Bulletin b, String fileName) {
        return new Bulletin(
                b.schemaVersion(),
                new Source(fileName, null, null, null),
                b.series(),
                b.frequency(),
                b.issue(),
                b.period(),
                b.publishedOn(),
                b.publisher(),
                b.sections(),
                b.visits(),
                b.caseCounts(),
                b.metrics(),
                b.distribution(),
                b.copies(),
                b.attachments(),
                b.warnings());
    }

    /** Weekly issues {@code from..to} of a year. */
    private static List<Bulletin> weeklies(int year, int from, int to) {
        return IntStream.rangeClosed(from, to).mapToObj(n -> weekly(year, n)).toList();
    }

    private static List<Bulletin> archive(List<?>... parts) {
        List<Bulletin> all = new ArrayList<>();
        for (List<?> part : parts) {
            part.forEach(b -> all.add((Bulletin) b));
        }
        return all;
    }

    @Test
    void aCleanArchiveHasNoProblems() {
        List<Bulletin> archive = archive(
                weeklies(2023, 1, 3),
                weeklies(2024, 1, 5),
                List.of(monthly(2024, 1), monthly(2024, 2), monthly(2024, 3)));

        assertThat(ArchiveCheck.check(archive)).isEmpty();
        // the fixture's own assumption: 2024 continues 2023's 总第
        assertThat(weekly(2024, 1).issue().cumulativeNumber())
                .isEqualTo(weekly(2023, 3).issue().cumulativeNumber() + 1);
    }

    @Test
    void anIssueHeldTwiceIsOneDuplicateAndCountsOnceElsewhere() {
        Bulletin copy = withFile(weekly(2024, 2), "copy of 2024-2.docx");
        List<Bulletin> archive = archive(weeklies(2024, 1, 3), List.of(copy));

        List<Problem> problems = ArchiveCheck.check(archive);

        // the copy's period is the same as the original's: no PERIOD_OVERLAP with itself
        assertThat(problems)
                .containsExactly(new Problem(
                        ProblemCode.DUPLICATE_ISSUE,
                        WEEKLY,
                        2024,
                        List.of(2),
                        "issue 2 is held 2 times: 2024-2.pdf, copy of 2024-2.docx"));
    }

    @Test
    void duplicateMessageSaysHowManyTimes() {
        List<Bulletin> archive = archive(weeklies(2024, 1, 2), List.of(weekly(2024, 1), weekly(2024, 1)));

        assertThat(ArchiveCheck.check(archive)).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(ProblemCode.DUPLICATE_ISSUE);
            assertThat(p.numbers()).containsExactly(1);
            assertThat(p.message()).startsWith("issue 1 is held 3 times");
        });
    }

    @Test
    void duplicatesOnlyCountOnceForTheOtherChecks() {
        // two copies of issue 3, the second with a wrong 总第: only the first copy is compared
        List<Bulletin> archive = archive(weeklies(2024, 1, 3), List.of(withCumulative(weekly(2024, 3), 999)));

        assertThat(ArchiveCheck.check(archive)).extracting(Problem::code).containsExactly(ProblemCode.DUPLICATE_ISSUE);
    }

    @Test
    void missingIssuesAreTheNumbersAbsentBetweenLowestAndHighest() {
        List<Bulletin> archive = archive(List.of(weekly(2024, 2), weekly(2024, 3), weekly(2024, 6), weekly(2024, 10)));

        assertThat(ArchiveCheck.check(archive))
                .containsExactly(new Problem(
                        ProblemCode.MISSING_ISSUES,
                        WEEKLY,
                        2024,
                        List.of(4, 5, 7, 8, 9),
                        "5 issues missing between 2 and 10: 4, 5, 7-9"));
    }

    @Test
    void cumulativeNumberThatDisagreesWithTheOthersOfItsYear() {
        List<Bulletin> archive = new ArrayList<>(weeklies(2024, 1, 5));
        archive.set(2, withCumulative(archive.get(2), 110)); // issue 3: 总第 110 instead of 105
        archive.set(3, withCumulative(archive.get(3), null)); // issue 4: no 总第, not judged

        assertThat(ArchiveCheck.check(archive))
                .containsExactly(new Problem(
                        ProblemCode.CUMULATIVE_MISMATCH,
                        WEEKLY,
                        2024,
                        List.of(3),
                        "issue 3 is 总第 110 (expected 105): 总第 is the issue number + 102 for 3 of 4 issues"));
    }

    @Test
    void onATieTheOffsetOfTheLowestIssueWins() {
        List<Bulletin> archive = List.of(weekly(2024, 1), withCumulative(weekly(2024, 2), 200));

        assertThat(ArchiveCheck.check(archive))
                .extracting(Problem::code, Problem::numbers)
                .containsExactly(tuple(ProblemCode.CUMULATIVE_MISMATCH, List.of(2)));
    }

    @Test
    void cumulativeNumberMustContinueFromACompletePreviousYear() {
        // 2023 ran 1..3 at 总第 100..102; 2024 issue 1 should be 总第 103, is 113 (and 2..3 follow it)
        List<Bulletin> y2024 = weeklies(2024, 1, 3).stream()
                .map(b -> withCumulative(b, b.issue().cumulativeNumber() + 10))
                .toList();

        assertThat(ArchiveCheck.check(archive(weeklies(2023, 1, 3), y2024)))
                .containsExactly(new Problem(
                        ProblemCode.CUMULATIVE_MISMATCH,
                        WEEKLY,
                        2024,
                        List.of(1),
                        "issue 1 is 总第 113, expected 103 to follow 2023's last issue 3 (总第 102)"));
    }

    @Test
    void aPreviousYearWithAGapOrNotFromIssueOneIsNotCarriedOver() {
        List<Bulletin> y2024 = weeklies(2024, 1, 2).stream()
                .map(b -> withCumulative(b, b.issue().cumulativeNumber() + 10))
                .toList();

        assertThat(ArchiveCheck.check(archive(List.of(weekly(2023, 1), weekly(2023, 3)), y2024)))
                .extracting(Problem::code)
                .containsExactly(ProblemCode.MISSING_ISSUES);
        assertThat(ArchiveCheck.check(archive(weeklies(2023, 2, 3), y2024))).isEmpty();
    }

    @Test
    void overlappingPeriodsOfDifferentIssues() {
        List<Bulletin> archive = new ArrayList<>(weeklies(2024, 1, 3));
        Bulletin third = archive.get(2);
        archive.set(
                2,
                withPeriod(
                        third,
                        third.period().start().minusDays(3),
                        third.period().end(),
                        third.publishedOn()));

        assertThat(ArchiveCheck.check(archive))
                .containsExactly(new Problem(
                        ProblemCode.PERIOD_OVERLAP,
                        WEEKLY,
                        2024,
                        List.of(2, 3),
                        "issue 2 (2024-01-08 to 2024-01-12) overlaps issue 3 (2024-01-12 to 2024-01-19)"));
    }

    @Test
    void overlapsAcrossTheYearEndNameBothYears() {
        Bulletin last2023 = withPeriod(
                weekly(2023, 3), LocalDate.of(2023, 12, 27), LocalDate.of(2024, 1, 2), LocalDate.of(2024, 1, 4));

        List<Problem> problems =
                ArchiveCheck.check(archive(weeklies(2023, 1, 2), List.of(last2023), weeklies(2024, 1, 2)));

        assertThat(problems)
                .containsExactly(
                        new Problem(
                                ProblemCode.PERIOD_OVERLAP,
                                WEEKLY,
                                2023,
                                List.of(1, 3),
                                "issue 3 of 2023 (2023-12-27 to 2024-01-02) overlaps issue 1 of 2024 (2024-01-01 to 2024-01-05)"));
    }

    @Test
    void publishedBeforeThePeriodEnded() {
        Bulletin b = weekly(2024, 2);
        List<Bulletin> archive = List.of(
                weekly(2024, 1),
                withPeriod(
                        b,
                        b.period().start(),
                        b.period().end(),
                        b.period().end().minusDays(1)),
                weekly(2024, 3));

        assertThat(ArchiveCheck.check(archive))
                .containsExactly(new Problem(
                        ProblemCode.PUBLISHED_BEFORE_PERIOD_END,
                        WEEKLY,
                        2024,
                        List.of(2),
                        "issue 2 is dated 2024-01-11, before its period ends on 2024-01-12"));
        // published on the last day is fine
        assertThat(ArchiveCheck.check(List.of(withPeriod(
                        b, b.period().start(), b.period().end(), b.period().end()))))
                .isEmpty();
    }

    @Test
    void yearToDateFigureThatGoesDown() {
        List<Bulletin> archive = new ArrayList<>(weeklies(2024, 1, 4));
        archive.set(1, withYearToDate(archive.get(1), new CaseFigures(20L, 40L, null, 80L)));
        archive.set(2, withYearToDate(archive.get(2), new CaseFigures(30L, 35L, 90L, 120L)));
        // issued: null in issue 2, so issue 3 (90) is compared with issue 1 (30): fine

        assertThat(ArchiveCheck.check(archive))
                .containsExactly(new Problem(
                        ProblemCode.YEAR_TO_DATE_DECREASE,
                        WEEKLY,
                        2024,
                        List.of(2, 3),
                        "year-to-date accepted (受理) goes down from 40 in issue 2 to 35 in issue 3"));
    }

    @Test
    void eachFigureIsReportedOnItsOwnComparingConsecutiveIssues() {
        List<Bulletin> archive = new ArrayList<>(weeklies(2024, 1, 3));
        archive.set(1, withYearToDate(archive.get(1), new CaseFigures(1000L, 1000L, 60L, 80L)));

        assertThat(ArchiveCheck.check(archive))
                .extracting(Problem::numbers, p -> p.message().split(" goes")[0])
                .containsExactly(
                        tuple(List.of(2, 3), "year-to-date consultations (咨询)"),
                        tuple(List.of(2, 3), "year-to-date accepted (受理)"));
    }

    @Test
    void aYearThatIsNoneOfItsPeriodsYears() {
        // 第12期 of a monthly without a printed year, published in January: the year came from the date
        Bulletin december = withIssue(monthly(2024, 12), 2025, 12, null);

        assertThat(ArchiveCheck.check(List.of(december)))
                .containsExactly(
                        new Problem(
                                ProblemCode.ISSUE_YEAR_OUTSIDE_PERIOD,
                                MONTHLY,
                                2025,
                                List.of(12),
                                "issue 12 is filed under 2025 but"
                                        + " reports on 2024-12-01 to 2024-12-31 (2025 is the year of its publication date 2025-01-06)"));
        // a week across the year end belongs to either year
        Bulletin acrossYearEnd = withPeriod(
                weekly(2025, 1), LocalDate.of(2024, 12, 30), LocalDate.of(2025, 1, 3), LocalDate.of(2025, 1, 8));
        assertThat(ArchiveCheck.check(List.of(acrossYearEnd))).isEmpty();
        assertThat(ArchiveCheck.check(List.of(withIssue(acrossYearEnd, 2024, 52, null))))
                .isEmpty();
    }

    @Test
    void aLaterIssueReportingOnEarlierDays() {
        List<Bulletin> archive = new ArrayList<>(weeklies(2024, 1, 4));
        Bulletin fourth = archive.get(3);
        // the weekend between issues 1 and 2: before issue 3, overlapping nothing
        archive.set(3, withPeriod(fourth, LocalDate.of(2024, 1, 6), LocalDate.of(2024, 1, 7), fourth.publishedOn()));

        assertThat(ArchiveCheck.check(archive))
                .containsExactly(
                        new Problem(
                                ProblemCode.PERIOD_OUT_OF_ORDER,
                                WEEKLY,
                                2024,
                                List.of(3, 4),
                                "issue 4 (2024-01-06 to 2024-01-07) reports on days before issue 3 (2024-01-15 to 2024-01-19)"));
    }

    @Test
    void seriesIsThePrintedTitleElseTheFrequencyElseUnknown() {
        Bulletin titled = weekly(2024, 1);
        Bulletin untitled = withSeries(weekly(2024, 1), null, Frequency.WEEKLY);
        Bulletin unknown = withSeries(weekly(2024, 1), " ", null);
        Bulletin unknownToo = withSeries(weekly(2024, 1), null, null);

        List<Problem> problems = ArchiveCheck.check(List.of(titled, untitled, unknown, unknownToo));

        // the same issue under three series keys: only the two of the same key are duplicates
        assertThat(problems)
                .extracting(Problem::code, Problem::series)
                .containsExactly(tuple(ProblemCode.DUPLICATE_ISSUE, "UNKNOWN"));
        assertThat(ArchiveCheck.seriesOf(untitled)).isEqualTo("WEEKLY");
        assertThat(ArchiveCheck.seriesOf(titled)).isEqualTo(WEEKLY);
    }

    @Test
    void missingFieldsAreSkippedNeverThrown() {
        Bulletin empty = new Bulletin(
                0, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);
        Bulletin noNumber = withIssue(weekly(2024, 9), 2024, null, 500);
        Bulletin noYear = withIssue(weekly(2024, 9), null, 9, 500);
        Bulletin halfPeriod = withPeriod(weekly(2024, 2), LocalDate.of(2024, 1, 2), null, null);
        Bulletin noCounts = new Bulletin(
                1,
                null,
                WEEKLY,
                null,
                new IssueNumber(2024, 3, null),
                null,
                null,
                null,
                null,
                null,
                new CaseCounts(null, null),
                null,
                null,
                null,
                null,
                null);
        List<Bulletin> archive = Arrays.asList(empty, noNumber, noYear, halfPeriod, noCounts, weekly(2024, 1), null);

        assertThat(ArchiveCheck.check(archive)).isEmpty();
    }

    @Test
    void unnumberedBulletinsAreNamedByFile() {
        Bulletin b = withIssue(weekly(2024, 5), null, null, null);
        Bulletin early =
                withPeriod(b, b.period().start(), b.period().end(), b.period().start());

        assertThat(ArchiveCheck.check(List.of(early)))
                .containsExactly(new Problem(
                        ProblemCode.PUBLISHED_BEFORE_PERIOD_END,
                        WEEKLY,
                        null,
                        List.of(),
                        "the bulletin without issue number in 2024-5.pdf is dated 2024-01-29, before its period ends on"
                                + " 2024-02-02"));
    }

    @Test
    void problemsAreOrderedBySeriesYearCodeAndNumber() {
        List<Bulletin> archive = archive(
                List.of(weekly(2024, 5), weekly(2024, 1), weekly(2024, 1)), // 2024: duplicate 1, missing 2-4
                List.of(weekly(2023, 1), weekly(2023, 3), weekly(2023, 3)), // 2023: duplicate 3, missing 2
                List.of(monthly(2024, 1), monthly(2024, 3))); // 政务窗口月报 2024: missing 2

        assertThat(ArchiveCheck.check(archive))
                .extracting(Problem::series, Problem::year, Problem::code, Problem::numbers)
                .containsExactly(
                        tuple(MONTHLY, 2024, ProblemCode.MISSING_ISSUES, List.of(2)),
                        tuple(WEEKLY, 2023, ProblemCode.DUPLICATE_ISSUE, List.of(3)),
                        tuple(WEEKLY, 2023, ProblemCode.MISSING_ISSUES, List.of(2)),
                        tuple(WEEKLY, 2024, ProblemCode.DUPLICATE_ISSUE, List.of(1)),
                        tuple(WEEKLY, 2024, ProblemCode.MISSING_ISSUES, List.of(2, 3, 4)));
    }

    @Test
    void problemNumbersAreSortedAndImmutable() {
        List<Integer> numbers = new ArrayList<>(List.of(7, 3));
        Problem problem = new Problem(ProblemCode.PERIOD_OVERLAP, WEEKLY, 2024, numbers, "m");
        numbers.add(1);

        assertThat(problem.numbers()).containsExactly(3, 7);
        assertThatThrownBy(() -> problem.numbers().add(9)).isInstanceOf(UnsupportedOperationException.class);
        assertThat(new Problem(ProblemCode.MISSING_ISSUES, WEEKLY, null, null, "m").numbers())
                .isEmpty();
    }

    @Test
    void anAbsurdIssueNumberDoesNotListMillionsOfGaps() {
        List<Bulletin> archive = List.of(
                withIssue(weekly(2024, 1), 2024, 1, null), withIssue(weekly(2024, 2), 2024, 2_000_000_000, null));

        assertThat(ArchiveCheck.check(archive))
                .filteredOn(p -> p.code() == ProblemCode.MISSING_ISSUES)
                .singleElement()
                .satisfies(p -> {
                    assertThat(p.numbers())
                            .hasSize(ArchiveCheck.MAX_LISTED_MISSING)
                            .startsWith(2, 3);
                    assertThat(p.message())
                            .startsWith("1999999998 issues missing between 1 and 2000000000: 2-10001")
                            .endsWith("(the first 10000 listed)");
                });
    }
}
