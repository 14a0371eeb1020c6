package io.github.bulletinextractor.rules;

import static io.github.bulletinextractor.rules.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.bulletinextractor.model.Bulletin;
import io.github.bulletinextractor.model.CaseCounts;
import io.github.bulletinextractor.model.CaseFigures;
import io.github.bulletinextractor.model.CaseVerbs;
import io.github.bulletinextractor.model.Metric;
import io.github.bulletinextractor.model.MetricScope;
import io.github.bulletinextractor.model.Section;
import io.github.bulletinextractor.model.Warning;
import io.github.bulletinextractor.model.WarningCode;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The comprehensive-window case counts and the metrics read from the body. */
class CountRulesTest {

    private static final String WEEK_SENTENCE = "本周，共计咨询 1838人次、受理 951件、颁发 8834件、流转 1794件次。";
    private static final String YEAR_SENTENCE = "今年以来，累计咨询 15985人次、受理 7200件、颁发 50854件、流转 84588次。";

    private static final CaseVerbs USUAL_VERBS = new CaseVerbs("咨询", "受理", "颁发", "流转");
    private static final CaseFigures WEEK_FIGURES = new CaseFigures(1838L, 951L, 8834L, 1794L, USUAL_VERBS);
    private static final CaseFigures YEAR_FIGURES = new CaseFigures(15985L, 7200L, 50854L, 84588L, USUAL_VERBS);

    /** The one metric of the bulletin. */
    private static Metric onlyMetric(Bulletin bulletin) {
        assertThat(bulletin.metrics()).hasSize(1);
        return bulletin.metrics().get(0);
    }

    private static void assertMetric(Metric metric, String value, String unit, MetricScope scope) {
        assertThat(metric.value()).isEqualByComparingTo(new BigDecimal(value));
        assertThat(metric.unit()).isEqualTo(unit);
        assertThat(metric.scope()).isEqualTo(scope);
    }

    @Nested
    @DisplayName("case counts")
    class CaseCountRules {

        @Test
        @DisplayName("本周…。今年以来，累计…。 under a level-2 heading give week and yearToDate")
        void weekAndYearToDateInSeparateSentences() {
            Bulletin bulletin = parse(WEEKLY_MASTHEAD, "一、综窗改革攻坚行动", "（一）省本级综窗办件情况", WEEK_SENTENCE + YEAR_SENTENCE);

            assertThat(bulletin.caseCounts()).isEqualTo(new CaseCounts(WEEK_FIGURES, YEAR_FIGURES));
            assertThat(bulletin.warnings()).isEmpty();
        }

        @Test
        @DisplayName("week and yearToDate separated by ； in one sentence")
        void weekAndYearToDateSeparatedBySemicolon() {
            Bulletin bulletin = parse(
                    WEEKLY_MASTHEAD,
                    "一、综窗改革攻坚行动",
                    "（一）省本级综窗办件情况",
                    "本周，共计咨询 2321 人次、受理 343 件、颁发 4612 件、流转 5092 件；今年以来，累计咨询 26928 人次、"
                            + "受理 5456 件、颁发 53527 件、流转 109479 件。");

            assertThat(bulletin.caseCounts())
                    .isEqualTo(new CaseCounts(
                            new CaseFigures(2321L, 343L, 4612L, 5092L, USUAL_VERBS),
                            new CaseFigures(26928L, 5456L, 53527L, 109479L, USUAL_VERBS)));
        }

        @Test
        @DisplayName("counts standing directly under a level-1 heading")
        void countsDirectlyUnderLevelOneHeading() {
            Bulletin bulletin = parse(
                    WEEKLY_MASTHEAD,
                    "一、政务工作动态",
                    "（一）本周，省中心组织召开窗口首席事务代表工作例会。",
                    "二、综窗改革攻坚行动",
                    WEEK_SENTENCE + YEAR_SENTENCE);

            assertThat(bulletin.sections()).hasSize(2);
            assertThat(bulletin.sections().get(1).children()).isEmpty();
            assertThat(bulletin.caseCounts()).isEqualTo(new CaseCounts(WEEK_FIGURES, YEAR_FIGURES));
        }

        @Test
        @DisplayName("only the week stated: yearToDate is null")
        void onlyWeekStated() {
            Bulletin bulletin = parse(WEEKLY_MASTHEAD, "一、综窗改革攻坚行动", WEEK_SENTENCE);

            assertThat(bulletin.caseCounts()).isEqualTo(new CaseCounts(WEEK_FIGURES, null));
        }

        @Test
        @DisplayName("a bulletin without the case-count sentence has caseCounts null")
        void absentCaseCounts() {
            Bulletin bulletin = parse(WEEKLY_MASTHEAD, "一、政务工作动态", "（一）本周，省中心组织召开窗口首席事务代表工作例会。");

            assertThat(bulletin.caseCounts()).isNull();
        }

        @Test
        @DisplayName("a clause with only 咨询 and 受理 gives those two and CASE_COUNTS_INCOMPLETE")
        void incompleteCaseCounts() {
            Bulletin bulletin = parse(WEEKLY_MASTHEAD, "一、综窗改革攻坚行动", "本周，共计咨询 1838人次、受理 951件。");

            assertThat(bulletin.caseCounts())
                    .isEqualTo(new CaseCounts(
                            new CaseFigures(1838L, 951L, null, null, new CaseVerbs("咨询", "受理", null, null)), null));
            assertThat(bulletin.warnings())
                    .extracting(Warning::code)
                    .containsExactly(WarningCode.CASE_COUNTS_INCOMPLETE);
        }
    }

    @Nested
    @DisplayName("case counts in other words, over sentences and paragraphs")
    class CaseCountGrammar {

        @Test
        @DisplayName("接待/收件/办结/转办 count as 咨询/受理/颁发/流转, and the record keeps the words printed")
        void otherVerbsOfTheSameClasses() {
            Bulletin bulletin = parse(WEEKLY_MASTHEAD, "一、综窗改革攻坚行动", "本周，综窗接待群众 2103人次、收件 880件、办结 1206件、转办 1733件次。");

            assertThat(bulletin.caseCounts().week())
                    .isEqualTo(new CaseFigures(2103L, 880L, 1206L, 1733L, new CaseVerbs("接待", "收件", "办结", "转办")));
        }

        @Test
        @DisplayName("counts split over two sentences keep the scope of the first")
        void countsOverTwoSentences() {
            Bulletin bulletin = parse(
                    WEEKLY_MASTHEAD,
                    "一、综窗改革攻坚行动",
                    "本周，综窗解答咨询 2103人次，接件 880件。出件 1206件，转件 1733件次。今年以来，累计咨询 15985人次、" + "受理 7200件。颁发 50854件、流转 84588次。");

            assertThat(bulletin.caseCounts().week())
                    .isEqualTo(new CaseFigures(2103L, 880L, 1206L, 1733L, new CaseVerbs("咨询", "接件", "出件", "转件")));
            assertThat(bulletin.caseCounts().yearToDate()).isEqualTo(YEAR_FIGURES);
            assertThat(bulletin.metrics())
                    .extracting(Metric::scope)
                    .containsExactly(
                            MetricScope.WEEK,
                            MetricScope.WEEK,
                            MetricScope.WEEK,
                            MetricScope.WEEK,
                            MetricScope.YEAR_TO_DATE,
                            MetricScope.YEAR_TO_DATE,
                            MetricScope.YEAR_TO_DATE,
                            MetricScope.YEAR_TO_DATE);
            assertThat(bulletin.warnings()).isEmpty();
        }

        @Test
        @DisplayName("a scope word in one paragraph holds for the counts of the next")
        void scopeCarriedIntoTheNextParagraph() {
            Bulletin bulletin = parse(
                    WEEKLY_MASTHEAD,
                    "一、综窗改革攻坚行动",
                    "（一）本周，综窗办件情况如下：",
                    "咨询 1838人次、受理 951件、颁发 8834件、流转 1794件次。",
                    "（二）1—3月，累计咨询 15985人次、受理 7200件、",
                    "颁发 50854件、流转 84588次。");

            assertThat(bulletin.caseCounts()).isEqualTo(new CaseCounts(WEEK_FIGURES, YEAR_FIGURES));
        }

        @Test
        @DisplayName("the scope does not reach two paragraphs on")
        void scopeEndsAfterTheNextParagraph() {
            Bulletin bulletin =
                    parse(WEEKLY_MASTHEAD, "一、综窗改革攻坚行动", "（一）本周，省中心召开例会。", "（二）省市场监管局开展宣传。", "（三）窗口咨询 1838人次、受理 951件。");

            assertThat(bulletin.caseCounts()).isNull();
        }

        @Test
        @DisplayName("a verb met again starts another list, and the list naming the most of the four is kept")
        void aRepeatedClassStartsAnotherRun() {
            Bulletin bulletin = parse(
                    WEEKLY_MASTHEAD, "一、综窗改革攻坚行动", "本周，各窗口受理 5.42万件，办结 5.17万件；综合窗口受理 300件，出件 2600件，咨询 1187人次，流转 96件次。");

            assertThat(bulletin.caseCounts().week())
                    .isEqualTo(new CaseFigures(1187L, 300L, 2600L, 96L, new CaseVerbs("咨询", "受理", "出件", "流转")));
        }

        @Test
        @DisplayName("cases and people are counted in 件, 件次, 次 and 人次: 受理事项覆盖 46 个部门 is no count of cases")
        void onlyUnitsOfCasesAndPeople() {
            Bulletin bulletin = parse(
                    MONTHLY_MASTHEAD,
                    "一、2025年3月总体运行情况",
                    "本月，综合窗口共咨询 9368 人次、受理 3415 件，综合受理事项覆盖 46 个省直部门（单位）。",
                    "同期，综合窗口办件 7126 件、流转 4873 件次，窗口服务满意率保持 100%。");

            assertThat(bulletin.caseCounts().month())
                    .isEqualTo(new CaseFigures(9368L, 3415L, 7126L, 4873L, new CaseVerbs("咨询", "受理", "办件", "流转")));
        }

        @Test
        @DisplayName(
                "a monthly's sentence opening with its month scopes the counts after it, and the hall's totals before do not win")
        void monthOpeningASentence() {
            Bulletin bulletin = parse(
                    MONTHLY_MASTHEAD,
                    "一、2025年3月总体运行情况",
                    "3 月，各窗口受理政务服务事项 5.42 万件，办结 5.17 万件；综合窗口受理 300 件，出件 2600 件。",
                    "3 月，省本级综合窗口咨询 6215人次、受理 2648件、发证 14390件、流转 30127件次。");

            assertThat(bulletin.caseCounts().month())
                    .isEqualTo(new CaseFigures(6215L, 2648L, 14390L, 30127L, new CaseVerbs("咨询", "受理", "发证", "流转")));
        }

        @Test
        @DisplayName("本期 is the week of a weekly and 当月 the month of a monthly")
        void thisIssueAndThisMonth() {
            Bulletin weekly = parse(WEEKLY_MASTHEAD, "一、综窗改革攻坚行动", "本期，综窗共计咨询 1838人次、受理 951件、颁发 8834件、流转 1794件次。");
            Bulletin monthly =
                    parse(MONTHLY_MASTHEAD, "一、2025年3月总体运行情况", "当月，综窗共计咨询 1838人次、受理 951件、颁发 8834件、流转 1794件次。");

            assertThat(weekly.caseCounts()).isEqualTo(new CaseCounts(WEEK_FIGURES, null));
            assertThat(monthly.caseCounts()).isEqualTo(new CaseCounts(null, WEEK_FIGURES, null));
        }
    }

    @Nested
    @DisplayName("metric values and units")
    class MetricValues {

        @Test
        @DisplayName("5.42 万件 is 54200 件")
        void tenThousandMultiplier() {
            Bulletin bulletin = parse(WEEKLY_MASTHEAD, "一、政务工作动态", "（一）各进驻部门（单位）窗口共受理政务服务事项全程网办 5.42 万件。");

            Metric metric = onlyMetric(bulletin);
            assertMetric(metric, "54200", "件", null);
        }

        @Test
        @DisplayName("0.02 万件 is 200 件")
        void smallTenThousandMultiplier() {
            Bulletin bulletin = parse(WEEKLY_MASTHEAD, "一、政务工作动态", "（一）综合窗口受理政务服务事项 0.02 万件。");

            assertMetric(onlyMetric(bulletin), "200", "件", null);
        }

        @Test
        @DisplayName("69.67% is 69.67 %")
        void percentage() {
            Bulletin bulletin = parse(WEEKLY_MASTHEAD, "一、政务工作动态", "（一）完成受理工作手册编制，占比 69.67%。");

            Metric metric = onlyMetric(bulletin);
            assertMetric(metric, "69.67", "%", null);
            assertThat(metric.label()).isEqualTo("占比");
        }

        @Test
        @DisplayName("1187 人（次） is 1187 人次")
        void personTimesInBrackets() {
            Bulletin bulletin = parse(WEEKLY_MASTHEAD, "一、政务工作动态", "（一）为办事企业群众提供电话咨询 1187 人（次）。");

            Metric metric = onlyMetric(bulletin);
            assertMetric(metric, "1187", "人次", null);
            assertThat(metric.label()).isEqualTo("电话咨询");
        }

        @Test
        @DisplayName("120 余家 is 120 家")
        void approximateCount() {
            Bulletin bulletin = parse(WEEKLY_MASTHEAD, "一、政务工作动态", "（一）省级企业综合服务中心开展专题现场培训会，120 余家企业参加培训。");

            Metric metric = onlyMetric(bulletin);
            assertMetric(metric, "120", "家", null);
            assertThat(metric.label()).isEqualTo("企业");
        }

        @Test
        @DisplayName("12 万余家 is 120000 家")
        void approximateTenThousands() {
            Bulletin bulletin = parse(WEEKLY_MASTHEAD, "一、政务工作动态", "（一）全面服务全省 12 万余家药品生产经营使用单位。");

            assertMetric(onlyMetric(bulletin), "120000", "家", null);
        }

        @Test
        @DisplayName("the week's case counts are four metrics labelled 咨询, 受理, 颁发, 流转 with their units")
        void caseCountsAreMetricsToo() {
            Bulletin bulletin = parse(WEEKLY_MASTHEAD, "一、综窗改革攻坚行动", WEEK_SENTENCE);

            assertThat(bulletin.metrics())
                    .extracting(Metric::label, Metric::unit, Metric::scope)
                    .containsExactly(
                            tuple("咨询", "人次", MetricScope.WEEK),
                            tuple("受理", "件", MetricScope.WEEK),
                            tuple("颁发", "件", MetricScope.WEEK),
                            tuple("流转", "件次", MetricScope.WEEK));
            assertThat(bulletin.metrics())
                    .extracting(Metric::value)
                    .usingElementComparator(BigDecimal::compareTo)
                    .containsExactly(
                            new BigDecimal("1838"),
                            new BigDecimal("951"),
                            new BigDecimal("8834"),
                            new BigDecimal("1794"));
        }
    }

    @Nested
    @DisplayName("metric scope")
    class MetricScopes {

        @Test
        @DisplayName("本周 gives WEEK")
        void weekScope() {
            Bulletin bulletin = parse(WEEKLY_MASTHEAD, "一、政务工作动态", "（一）本周，省中心处理全省运维问题 25个。");

            assertMetric(onlyMetric(bulletin), "25", "个", MetricScope.WEEK);
        }

        @Test
        @DisplayName("今年以来，累计… gives YEAR_TO_DATE, the last unit 次 included")
        void yearToDateScope() {
            Bulletin bulletin = parse(WEEKLY_MASTHEAD, "一、综窗改革攻坚行动", YEAR_SENTENCE);

            assertThat(bulletin.metrics()).extracting(Metric::scope).containsOnly(MetricScope.YEAR_TO_DATE);
            assertThat(bulletin.metrics()).extracting(Metric::unit).containsExactly("人次", "件", "件", "次");
        }

        @Test
        @DisplayName("截至目前 gives YEAR_TO_DATE for the count and the share after it")
        void asOfNowScope() {
            Bulletin bulletin = parse(
                    WEEKLY_MASTHEAD,
                    "一、综窗改革攻坚行动",
                    "（一）事项授权及受理手册编制推进情况",
                    "完成省卫生健康委 4个办理项的受理工作手册编制。截至目前，共完成 1146个办理项的受理工作手册编制，占比 69.67%。");

            assertThat(bulletin.metrics())
                    .extracting(Metric::label, Metric::unit, Metric::scope)
                    .containsExactly(
                            tuple("办理项", "个", null),
                            tuple("办理项", "个", MetricScope.YEAR_TO_DATE),
                            tuple("占比", "%", MetricScope.YEAR_TO_DATE));
            assertThat(bulletin.metrics())
                    .extracting(Metric::value)
                    .usingElementComparator(BigDecimal::compareTo)
                    .containsExactly(new BigDecimal("4"), new BigDecimal("1146"), new BigDecimal("69.67"));
        }

        @Test
        @DisplayName("a figure with no stated period has scope null")
        void noScope() {
            Bulletin bulletin = parse(WEEKLY_MASTHEAD, "一、综窗改革攻坚行动", "（一）完成省卫生健康委 4个办理项的受理工作手册编制。");

            Metric metric = onlyMetric(bulletin);
            assertMetric(metric, "4", "个", null);
            assertThat(metric.label()).isEqualTo("办理项");
            assertThat(metric.text()).isEqualTo("完成省卫生健康委 4个办理项的受理工作手册编制");
        }

        @Test
        @DisplayName("monthly bulletin: figures under 一、2025 年 3 月总体运行情况 have scope MONTH")
        void monthScopeFromHeading() {
            Bulletin bulletin = parse(MONTHLY_MASTHEAD, "一、2025 年 3 月总体运行情况", "各进驻部门（单位）窗口共受理政务服务事项全程网办 5.42 万件。");

            assertMetric(onlyMetric(bulletin), "54200", "件", MetricScope.MONTH);
        }

        @Test
        @DisplayName("monthly bulletin: a sentence opening with 3 月， has scope MONTH under any heading")
        void monthScopeFromSentenceOpening() {
            Bulletin bulletin = parse(
                    MONTHLY_MASTHEAD,
                    "一、2025 年 3 月总体运行情况",
                    "3 月，省本级办理政务服务事项 5.6 万件。",
                    "二、重点工作推进情况",
                    "（一）3 月，省中心共梳理政策文件 3982 份。");

            assertThat(bulletin.metrics()).hasSize(2);
            Metric second = bulletin.metrics().get(1);
            assertMetric(second, "3982", "份", MetricScope.MONTH);
        }

        @Test
        @DisplayName("monthly bulletin: a figure under another heading, not opening with the month, has scope null")
        void monthlyBulletinOtherSectionHasNoScope() {
            Bulletin bulletin = parse(
                    MONTHLY_MASTHEAD,
                    "一、2025 年 3 月总体运行情况",
                    "3 月，省本级办理政务服务事项 5.6 万件。",
                    "二、重点工作推进情况",
                    "（一）省级企业综合服务中心开展专题现场培训会，120 余家企业参加培训。");

            assertThat(bulletin.metrics()).hasSize(2);
            assertMetric(bulletin.metrics().get(0), "56000", "件", MetricScope.MONTH);
            assertMetric(bulletin.metrics().get(1), "120", "家", null);
        }

        @Test
        @DisplayName("weekly bulletin: a sentence opening with 3月， does not get scope MONTH")
        void monthOpeningInWeeklyBulletinHasNoScope() {
            Bulletin bulletin = parse(WEEKLY_MASTHEAD, "一、政务工作动态", "（一）3月，省中心共梳理政策文件 3982 份。");

            assertMetric(onlyMetric(bulletin), "3982", "份", null);
        }
    }

    @Nested
    @DisplayName("what is not a metric")
    class NotMetrics {

        @ParameterizedTest(name = "{0}")
        @ValueSource(
                strings = {
                    "3月 23日，省政府办公厅召开专题会议。",
                    "2024年 4月 8日，省中心召开专题会议。",
                    "3月3日—10日，自然资源厅派出工作组开展技术指导。",
                    "省政府办公厅印发《四川省惠企政策“直达快享”实施方案》（川办函〔2024〕17 号）。",
                    "省中心召开 2024 年第 6 次窗口首席事务代表工作例会。",
                    "《我省惠企政策集中攻关成效初显》信息在《政务晨讯》第 43 期刊载。",
                    "包括全量归集政策、做好政策解读、精准推送政策、规范申兑流程、优化申兑服务五项重点任务。",
                    "完成企业开办一件事、员工录用一件事梳理。",
                    "会同省市场监管局研究优化“开办餐饮一件事”预审功能。"
                })
        @DisplayName("dates, document numbers, ordinals and Chinese-numeral counts are not metrics")
        void notAMetric(String sentence) {
            Bulletin bulletin = parse(WEEKLY_MASTHEAD, "一、政务工作动态", "（一）" + sentence);

            assertThat(bulletin.metrics()).isEmpty();
        }

        @Test
        @DisplayName("a line wrapped before 5.6 万件 does not start section 5")
        void decimalAtLineStartIsNotASectionNumber() {
            Bulletin bulletin = parse(
                    MONTHLY_MASTHEAD,
                    "一、2025 年 3 月总体运行情况",
                    "3 月，省本级各进驻部门（单位）窗口共办理政务服务事项",
                    "5.6 万件，办结政务服务事项全程网办 5.12 万件。");

            assertThat(bulletin.sections()).hasSize(1);
            Section section = bulletin.sections().get(0);
            assertThat(section.children()).isEmpty();
            assertThat(section.text()).contains("5.6 万件");
            assertThat(bulletin.metrics())
                    .extracting(Metric::value)
                    .usingElementComparator(BigDecimal::compareTo)
                    .containsExactly(new BigDecimal("56000"), new BigDecimal("51200"));
            assertThat(bulletin.warnings()).isEmpty();
        }

        @Test
        @DisplayName("a paragraph starting with 5.6 万件 is body text of the section, not item 5")
        void paragraphStartingWithDecimalIsNotASection() {
            Bulletin bulletin =
                    parse(MONTHLY_MASTHEAD, "一、2025 年 3 月总体运行情况", "3 月，省本级各进驻部门（单位）窗口运行平稳。", "5.6 万件政务服务事项实现全程网办。");

            List<Section> sections = bulletin.sections();
            assertThat(sections).hasSize(1);
            assertThat(sections.get(0).children()).isEmpty();
            assertThat(sections.get(0).text()).isEqualTo("3 月，省本级各进驻部门（单位）窗口运行平稳。\n5.6 万件政务服务事项实现全程网办。");
            Metric metric = onlyMetric(bulletin);
            assertMetric(metric, "56000", "件", MetricScope.MONTH);
            assertThat(bulletin.warnings()).isEmpty();
        }
    }
}
