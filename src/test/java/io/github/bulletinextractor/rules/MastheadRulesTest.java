package io.github.bulletinextractor.rules;

import static io.github.bulletinextractor.rules.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.bulletinextractor.model.Bulletin;
import io.github.bulletinextractor.model.Frequency;
import io.github.bulletinextractor.model.IssueNumber;
import io.github.bulletinextractor.model.Period;
import io.github.bulletinextractor.model.Warning;
import io.github.bulletinextractor.model.WarningCode;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The masthead: issue number, reporting period, frequency, publisher and publication date. */
class MastheadRulesTest {

    private static Bulletin weekly(String issueLine, String periodLine, String publisherLine) {
        return parse(issueLine, periodLine, publisherLine, WEEKLY_BODY);
    }

    private static Bulletin standardWeekly() {
        return weekly("2024年第 12 期（总第 483 期）", "（3月25日—3月29日）", PUBLISHER + " 2024年 4月 8日");
    }

    @Nested
    @DisplayName("issue number")
    class Issue {

        @Test
        @DisplayName("2024年第 12 期（总第 483 期） gives year 2024, number 12, cumulative 483")
        void yearNumberAndCumulativeNumber() {
            assertThat(standardWeekly().issue()).isEqualTo(new IssueNumber(2024, 12, 483));
        }

        @Test
        @DisplayName("第 3 期 without a year takes the year of publication and has no cumulative number")
        void noPrintedYearTakesPublicationYear() {
            Bulletin bulletin = parse(MONTHLY_MASTHEAD, "一、2025 年 3 月总体运行情况", "3 月，省本级办理政务服务事项 5.6 万件。");

            assertThat(bulletin.issue()).isEqualTo(new IssueNumber(2025, 3, null));
        }

        @Test
        @DisplayName("a masthead with no 第N期 gives a MASTHEAD_FIELD_MISSING warning and no number")
        void missingIssueNumberWarns() {
            Bulletin bulletin = parse("（3月25日—3月29日）", PUBLISHER + " 2024年 4月 8日", WEEKLY_BODY);

            assertThat(bulletin.issue().number()).isNull();
            assertThat(bulletin.issue().cumulativeNumber()).isNull();
            assertThat(bulletin.warnings())
                    .extracting(Warning::code)
                    .containsExactly(WarningCode.MASTHEAD_FIELD_MISSING);
        }

        @Test
        @DisplayName("a complete masthead gives no warning at all")
        void completeMastheadHasNoWarnings() {
            assertThat(standardWeekly().warnings()).isEmpty();
        }
    }

    @Nested
    @DisplayName("reporting period and frequency")
    class PeriodAndFrequency {

        @Test
        @DisplayName("（3月25日—3月29日） in 2024年第12期 is 2024-03-25..2024-03-29, weekly")
        void weeklyPeriodGivesItsDatesAndWeeklyFrequency() {
            Bulletin bulletin = standardWeekly();

            assertThat(bulletin.period()).isEqualTo(new Period(LocalDate.of(2024, 3, 25), LocalDate.of(2024, 3, 29)));
            assertThat(bulletin.frequency()).isEqualTo(Frequency.WEEKLY);
        }

        @Test
        @DisplayName("（12月29日—1月2日） in 2025年第1期 starts 2024-12-29 and ends 2025-01-02")
        void periodCrossingYearEndInFirstIssue() {
            Bulletin bulletin = weekly("2025年第 1 期（总第 520 期）", "（12月29日—1月2日）", PUBLISHER + " 2025年 1月 6日");

            assertThat(bulletin.period()).isEqualTo(new Period(LocalDate.of(2024, 12, 29), LocalDate.of(2025, 1, 2)));
            assertThat(bulletin.frequency()).isEqualTo(Frequency.WEEKLY);
            assertThat(bulletin.warnings()).isEmpty();
        }

        @Test
        @DisplayName("（12月30日—1月3日） in 2024年第52期 starts 2024-12-30 and ends 2025-01-03")
        void periodCrossingYearEndInLastIssue() {
            Bulletin bulletin = weekly("2024年第 52 期（总第 523 期）", "（12月30日—1月3日）", PUBLISHER + " 2025年 1月 8日");

            assertThat(bulletin.period()).isEqualTo(new Period(LocalDate.of(2024, 12, 30), LocalDate.of(2025, 1, 3)));
        }

        @Test
        @DisplayName("（12月29日—1月2日） under 第 1 期 with no printed year, published 2025-01-06")
        void periodCrossingYearEndWithoutPrintedYear() {
            Bulletin bulletin = weekly("第 1 期", "（12月29日—1月2日）", PUBLISHER + " 2025年 1月 6日");

            assertThat(bulletin.issue()).isEqualTo(new IssueNumber(2025, 1, null));
            assertThat(bulletin.period()).isEqualTo(new Period(LocalDate.of(2024, 12, 29), LocalDate.of(2025, 1, 2)));
        }

        @Test
        @DisplayName("（2024年12月30日—1月3日）, the year printed on its start only, ends 2025-01-03")
        void aPeriodWithTheYearOnlyOnItsStartEndsInTheNextYear() {
            Bulletin bulletin =
                    parse("2024年第 52 期", "（2024年12月30日—1月3日）", PUBLISHER + " 2025年1月6日", "一、工作动态", "（一）本周，窗口运行平稳。");

            assertThat(bulletin.period().start()).isEqualTo(LocalDate.of(2024, 12, 30));
            assertThat(bulletin.period().end()).isEqualTo(LocalDate.of(2025, 1, 3));
        }

        @Test
        @DisplayName("政务窗口月报 with heading 一、2025 年 3 月总体运行情况 covers March 2025, monthly")
        void monthlyBulletinCoversTheMonthOfItsFirstHeading() {
            Bulletin bulletin = parse(MONTHLY_MASTHEAD, "一、2025 年 3 月总体运行情况", "3 月，省本级办理政务服务事项 5.6 万件。");

            assertThat(bulletin.series()).isEqualTo("政务窗口月报");
            assertThat(bulletin.frequency()).isEqualTo(Frequency.MONTHLY);
            assertThat(bulletin.period()).isEqualTo(new Period(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 31)));
        }

        @Test
        @DisplayName("a month printed in brackets in the masthead, （2025年3月）, is the period of a monthly bulletin")
        void monthlyPeriodFromBracketedMonth() {
            Bulletin bulletin = parse(MONTHLY_MASTHEAD, "（2025年3月）", WEEKLY_BODY);

            assertThat(bulletin.period()).isEqualTo(new Period(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 31)));
            assertThat(bulletin.frequency()).isEqualTo(Frequency.MONTHLY);
        }

        @Test
        @DisplayName("a printed 窗口工作周报 title is the series and makes the bulletin weekly")
        void weeklySeriesTitle() {
            Bulletin bulletin = parse(
                    "窗口工作周报", "2023 年第 21 期（总第 441 期）", PUBLISHER, "2023 年 6 月 15 日", "（6 月 5 日—6 月 9 日）", WEEKLY_BODY);

            assertThat(bulletin.series()).isEqualTo("窗口工作周报");
            assertThat(bulletin.frequency()).isEqualTo(Frequency.WEEKLY);
            assertThat(bulletin.period()).isEqualTo(new Period(LocalDate.of(2023, 6, 5), LocalDate.of(2023, 6, 9)));
        }

        @Test
        @DisplayName("no series title and a printed week: series null, frequency WEEKLY from the period")
        void frequencyFromWeekPeriodWithoutSeries() {
            Bulletin bulletin = standardWeekly();

            assertThat(bulletin.series()).isNull();
            assertThat(bulletin.frequency()).isEqualTo(Frequency.WEEKLY);
        }

        @Test
        @DisplayName("no series title and a whole month: series null, frequency MONTHLY from the period")
        void frequencyFromMonthPeriodWithoutSeries() {
            Bulletin bulletin =
                    parse("第 3 期", PUBLISHER, "2025 年 4 月 24 日", "一、2025 年 3 月总体运行情况", "3 月，省本级办理政务服务事项 5.6 万件。");

            assertThat(bulletin.series()).isNull();
            assertThat(bulletin.period()).isEqualTo(new Period(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 31)));
            assertThat(bulletin.frequency()).isEqualTo(Frequency.MONTHLY);
        }

        @Test
        @DisplayName("a period of ten days, （3月1日—3月10日）, is neither a week nor a month: frequency null")
        void aTenDayPeriodIsNeitherWeeklyNorMonthly() {
            Bulletin bulletin = parse("第 3 期", "（3月1日—3月10日）", "某某中心 2025年3月12日", "一、工作动态", "（一）本周，窗口运行平稳。");

            assertThat(bulletin.period().end()).isEqualTo(LocalDate.of(2025, 3, 10));
            assertThat(bulletin.frequency()).isNull();
        }
    }

    @Nested
    @DisplayName("publisher and publication date")
    class Publication {

        @Test
        @DisplayName("publisher and date on one line")
        void publisherAndDateOnOneLine() {
            Bulletin bulletin = standardWeekly();

            assertThat(bulletin.publisher()).isEqualTo(PUBLISHER);
            assertThat(bulletin.publishedOn()).isEqualTo(LocalDate.of(2024, 4, 8));
        }

        @Test
        @DisplayName("publisher and date on separate lines")
        void publisherAndDateOnSeparateLines() {
            Bulletin bulletin = parse("2024年第 12 期（总第 483 期）", "（3月25日—3月29日）", PUBLISHER, "2024年4月8日", WEEKLY_BODY);

            assertThat(bulletin.publisher()).isEqualTo(PUBLISHER);
            assertThat(bulletin.publishedOn()).isEqualTo(LocalDate.of(2024, 4, 8));
            assertThat(bulletin.warnings()).isEmpty();
        }

        @Test
        @DisplayName("publisher and date on one line, then an unnumbered group title before 一、")
        void publisherAndDateOnOneLineBeforeGroupTitle() {
            Bulletin bulletin =
                    parse("2024年第 12 期（总第 483 期）", "（3月25日—3月29日）", PUBLISHER + " 2024年 4月 8日", "政务服务工作", WEEKLY_BODY);

            assertThat(bulletin.publisher()).isEqualTo(PUBLISHER);
            assertThat(bulletin.publishedOn()).isEqualTo(LocalDate.of(2024, 4, 8));
            assertThat(bulletin.sections()).hasSize(1);
            assertThat(bulletin.sections().get(0).level()).isZero();
            assertThat(bulletin.sections().get(0).heading()).isEqualTo("政务服务工作");
            assertThat(bulletin.warnings()).isEmpty();
        }

        @Test
        @DisplayName("the publisher on the first line, the series title and the issue between it and the date")
        void thePublisherMayStandAwayFromTheDate() {
            Bulletin bulletin =
                    parse(PUBLISHER, "窗口工作周报", "2024年第 12 期", "2024年4月8日", "（3月25日—3月29日）", "一、工作动态", "（一）本周，窗口运行平稳。");

            assertThat(bulletin.publisher()).isEqualTo(PUBLISHER);
            assertThat(bulletin.series()).isEqualTo("窗口工作周报");
            assertThat(bulletin.frequency()).isEqualTo(Frequency.WEEKLY);
            assertThat(bulletin.warnings()).isEmpty();
        }

        @Test
        @DisplayName("二〇二四年四月八日 is 2024-04-08")
        void dateInChineseNumerals() {
            Bulletin bulletin = weekly("2024年第 12 期（总第 483 期）", "（3月25日—3月29日）", PUBLISHER + " 二〇二四年四月八日");

            assertThat(bulletin.publishedOn()).isEqualTo(LocalDate.of(2024, 4, 8));
            assertThat(bulletin.publisher()).isEqualTo(PUBLISHER);
        }

        @Test
        @DisplayName("二〇二四年十二月二十六日 on its own line is 2024-12-26")
        void twoDigitMonthAndDayInChineseNumerals() {
            Bulletin bulletin =
                    parse("2024年第 51 期（总第 522 期）", "（12月16日—12月20日）", PUBLISHER, "二〇二四年十二月二十六日", WEEKLY_BODY);

            assertThat(bulletin.publishedOn()).isEqualTo(LocalDate.of(2024, 12, 26));
            assertThat(bulletin.publisher()).isEqualTo(PUBLISHER);
        }

        @Test
        @DisplayName("spaces inside numbers and dates are ignored: 2024 年第 12 期, （3 月 25 日—3 月 29 日）, 2024年 4月 8日")
        void spacesInsideNumbersAndDates() {
            Bulletin bulletin = weekly("2024 年第 12 期（总第 483 期）", "（3 月 25 日—3 月 29 日）", PUBLISHER + " 2024年 4月 8日");

            assertThat(bulletin.issue()).isEqualTo(new IssueNumber(2024, 12, 483));
            assertThat(bulletin.period()).isEqualTo(new Period(LocalDate.of(2024, 3, 25), LocalDate.of(2024, 3, 29)));
            assertThat(bulletin.publishedOn()).isEqualTo(LocalDate.of(2024, 4, 8));
            assertThat(bulletin.publisher()).isEqualTo(PUBLISHER);
        }
    }

    @Nested
    @DisplayName("years, special issues and months of the family")
    class FamilyGrammar {

        @Test
        @DisplayName("a December monthly published in January is filed under December's year")
        void decemberMonthlyPublishedInJanuary() {
            Bulletin bulletin = parse(
                    "政务窗口月报", "第 12 期", PUBLISHER, "2025 年 1 月 20 日", "一、12月总体运行情况", "（一）12月，省本级办理政务服务事项 6.3 万件。");

            assertThat(bulletin.issue()).isEqualTo(new IssueNumber(2024, 12, null));
            assertThat(bulletin.period()).isEqualTo(new Period(LocalDate.of(2024, 12, 1), LocalDate.of(2024, 12, 31)));
        }

        @Test
        @DisplayName("a monthly that names its month only in 1—N月 takes the month from it")
        void monthFromTheYearSoFar() {
            Bulletin bulletin = parse(
                    "政务窗口月报", "第 6 期", PUBLISHER, "2020 年 7 月 6 日", "一、综窗运行情况", "（一）1—6月，综窗累计受理 5400 件、办结 5300 件。");

            assertThat(bulletin.period()).isEqualTo(new Period(LocalDate.of(2020, 6, 1), LocalDate.of(2020, 6, 30)));
            assertThat(bulletin.issue()).isEqualTo(new IssueNumber(2020, 6, null));
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"2021年增刊第1期", "2021年第1期（增刊）", "增刊 2021年第1期"})
        @DisplayName("a supplement keeps its number and says it is one")
        void supplementKeepsItsNumberAndSaysItIsOne(String issueLine) {
            Bulletin bulletin = parse("窗口工作周报", issueLine, "（3月22日—3月26日）", PUBLISHER + " 2021年3月29日", WEEKLY_BODY);

            assertThat(bulletin.issue()).isEqualTo(new IssueNumber(2021, 1, null, "增刊"));
            assertThat(bulletin.warnings()).isEmpty();
        }

        @Test
        @DisplayName("a supplement without a number of its own raises no missing-number warning")
        void supplementWithoutANumber() {
            Bulletin bulletin = parse("窗口工作周报", "2021年增刊", "（3月22日—3月26日）", PUBLISHER + " 2021年3月29日", WEEKLY_BODY);

            assertThat(bulletin.issue()).isEqualTo(new IssueNumber(2021, null, null, "增刊"));
            assertThat(bulletin.warnings()).isEmpty();
        }
    }
}
