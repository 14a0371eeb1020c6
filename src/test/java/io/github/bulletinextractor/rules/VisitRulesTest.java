package io.github.bulletinextractor.rules;

import static io.github.bulletinextractor.rules.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.bulletinextractor.model.Bulletin;
import io.github.bulletinextractor.model.Section;
import io.github.bulletinextractor.model.Visit;
import io.github.bulletinextractor.model.Warning;
import io.github.bulletinextractor.model.WarningCode;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Officials named under 厅（局）长进大厅. */
class VisitRulesTest {

    /** 政务窗口月报 for March 2025. */
    private static final String MONTHLY_2025_03 =
            String.join("\n", MONTHLY_MASTHEAD, "一、2025 年 3 月总体运行情况", "3 月，省本级办理政务服务事项 5.6 万件。");

    private static final String ONE_SENTENCE = "本周，生态环境厅副厅长高洁，水利厅一级巡视员都勤到省政务服务大厅窗口调研值守。";

    private static Visit undated(String department, String unit, String name, List<String> titles) {
        return new Visit(null, department, unit, name, titles, "调研值守", null);
    }

    @ParameterizedTest(name = "heading {0}")
    @ValueSource(strings = {"三、厅（局）长进大厅", "三、厅(局)长进大厅", "（三）厅（局）长进大厅", "（三）厅(局)长进大厅"})
    @DisplayName("the section is found at level 1 or 2 with full- or half-width brackets")
    void headingAtEitherLevelAndBracketWidth(String heading) {
        boolean levelTwo = heading.startsWith("（");
        Bulletin bulletin = levelTwo
                ? parse(
                        WEEKLY_MASTHEAD,
                        "一、政务工作动态",
                        "（一）本周，省中心组织召开窗口首席事务代表工作例会。",
                        "（二）本周，各窗口运行平稳。",
                        heading,
                        ONE_SENTENCE)
                : parse(
                        WEEKLY_MASTHEAD,
                        "一、政务工作动态",
                        "（一）本周，省中心组织召开窗口首席事务代表工作例会。",
                        "二、窗口服务情况",
                        "（一）本周，各窗口运行平稳。",
                        heading,
                        ONE_SENTENCE);

        assertThat(bulletin.visits())
                .containsExactly(
                        undated("生态环境厅", null, "高洁", List.of("副厅长")), undated("水利厅", null, "都勤", List.of("一级巡视员")));
    }

    @Test
    @DisplayName("a one-sentence list gives one visit per official, all with the activity after the venue")
    void oneSentenceList() {
        Bulletin bulletin = parse(
                WEEKLY_MASTHEAD,
                "一、厅（局）长进大厅",
                "本周，生态环境厅副厅长高洁，水利厅一级巡视员都勤，住房城乡建设厅二级巡视员谢伟，" + "省市场监管局二级巡视员郭清，应急管理厅二级巡视员赵志宏到省政务服务大厅窗口调研值守。");

        assertThat(bulletin.visits())
                .containsExactly(
                        undated("生态环境厅", null, "高洁", List.of("副厅长")),
                        undated("水利厅", null, "都勤", List.of("一级巡视员")),
                        undated("住房城乡建设厅", null, "谢伟", List.of("二级巡视员")),
                        undated("省市场监管局", null, "郭清", List.of("二级巡视员")),
                        undated("应急管理厅", null, "赵志宏", List.of("二级巡视员")));
        assertThat(bulletin.warnings()).isEmpty();
    }

    @Test
    @DisplayName("one sentence may report several visits, each official with a venue and an activity of their own")
    void oneSentenceMayReportSeveralVisits() {
        Bulletin bulletin =
                parse(WEEKLY_MASTHEAD, "一、厅（局）长进大厅", "本周，生态环境厅副厅长高洁到省政务服务大厅窗口调研值守，水利厅一级巡视员都勤到省政务服务大厅水利厅窗口调研指导工作。");

        assertThat(bulletin.visits())
                .extracting(v -> v.department() + " " + v.name() + " " + v.activity())
                .containsExactly("生态环境厅 高洁 调研值守", "水利厅 都勤 调研指导工作");
        assertThat(bulletin.warnings()).isEmpty();
    }

    @Test
    @DisplayName("an official named without a department inherits the department of the one before")
    void departmentInheritedFromPreviousOfficial() {
        Bulletin bulletin =
                parse(WEEKLY_MASTHEAD, "一、厅（局）长进大厅", "本周，省药监局党组成员、副局长陈永红，党组成员、机关党委书记赵勇，水利厅一级巡视员都勤到省政务服务大厅窗口调研值守。");

        assertThat(bulletin.visits())
                .containsExactly(
                        undated("省药监局", null, "陈永红", List.of("党组成员", "副局长")),
                        undated("省药监局", null, "赵勇", List.of("党组成员", "机关党委书记")),
                        undated("水利厅", null, "都勤", List.of("一级巡视员")));
    }

    @Test
    @DisplayName("交通运输厅公路局 is department 交通运输厅, unit 公路局")
    void subUnitOfDepartment() {
        Bulletin bulletin = parse(WEEKLY_MASTHEAD, "一、厅（局）长进大厅", "本周，交通运输厅公路局党委书记、局长屈洪斌到省政务服务大厅窗口调研值守。");

        assertThat(bulletin.visits()).containsExactly(undated("交通运输厅", "公路局", "屈洪斌", List.of("党委书记", "局长")));
    }

    @Test
    @DisplayName("人力资源社会保障厅 is one department, not 人力资源社 with a unit 会保障厅 (社 ends organisations too)")
    void departmentWithAnOrganisationEndingInside() {
        Bulletin bulletin = parse(WEEKLY_MASTHEAD, "一、厅（局）长进大厅", "本周，人力资源社会保障厅一级巡视员邹明远到省政务服务大厅窗口调研值守。");

        assertThat(bulletin.visits()).containsExactly(undated("人力资源社会保障厅", null, "邹明远", List.of("一级巡视员")));
    }

    @Test
    @DisplayName("公安厅经济犯罪侦查总队总队长 is department 公安厅, unit 经济犯罪侦查总队, title 总队长")
    void subUnitWhoseTitleRepeatsItsName() {
        Bulletin bulletin = parse(WEEKLY_MASTHEAD, "一、厅（局）长进大厅", "本周，公安厅经济犯罪侦查总队总队长李治钢到省政务服务大厅窗口调研值守。");

        assertThat(bulletin.visits()).containsExactly(undated("公安厅", "经济犯罪侦查总队", "李治钢", List.of("总队长")));
    }

    @Test
    @DisplayName("a unit does not carry over to the next official of another department")
    void unitNotInheritedAcrossDepartments() {
        Bulletin bulletin = parse(
                WEEKLY_MASTHEAD,
                "一、厅（局）长进大厅",
                "本周，交通运输厅公路局党委书记、局长屈洪斌，公安厅经济犯罪侦查总队总队长李治钢，" + "水利厅一级巡视员都勤到省政务服务大厅窗口调研值守。");

        assertThat(bulletin.visits())
                .extracting(Visit::department, Visit::unit, Visit::name)
                .containsExactly(
                        tuple("交通运输厅", "公路局", "屈洪斌"), tuple("公安厅", "经济犯罪侦查总队", "李治钢"), tuple("水利厅", null, "都勤"));
    }

    @Test
    @DisplayName("titles separated by 、 are kept in printed order")
    void multiPartTitlesInPrintedOrder() {
        Bulletin bulletin = parse(
                WEEKLY_MASTHEAD,
                "一、厅（局）长进大厅",
                "本周，省市场监管局副局长、党组副书记赵辉，司法厅党委委员、副厅长王强，" + "省药监局党组书记、局长、一级巡视员李明到省政务服务大厅窗口调研值守。");

        assertThat(bulletin.visits())
                .containsExactly(
                        undated("省市场监管局", null, "赵辉", List.of("副局长", "党组副书记")),
                        undated("司法厅", null, "王强", List.of("党委委员", "副厅长")),
                        undated("省药监局", null, "李明", List.of("党组书记", "局长", "一级巡视员")));
    }

    @Test
    @DisplayName("（一）3月17日,… gives the date and the activity after the window")
    void datedItemGivesTheDateAndTheActivity() {
        Bulletin bulletin = parse(
                MONTHLY_2025_03,
                "二、厅(局)长进大厅",
                "(一)3月17日,省药监局党组书记、局长李在伟到省政务服务大厅省药监局窗口调研指导工作。" + "李在伟指出,要进一步加强行政审批系统智能化建设。");

        assertThat(bulletin.visits())
                .containsExactly(new Visit(
                        LocalDate.of(2025, 3, 17), "省药监局", null, "李在伟", List.of("党组书记", "局长"), "调研指导工作", null));
        assertThat(bulletin.warnings()).isEmpty();
    }

    @Test
    @DisplayName("（一）3月17日,… with the full-width brackets and spaces of the sample")
    void datedItemWithSpacesAndFullWidthPunctuation() {
        Bulletin bulletin = parse(MONTHLY_2025_03, "二、厅（局）长进大厅", "（一）3 月 18 日，省卫生健康委党组书记、主任徐斌到省政务服务大厅省卫生健康委窗口调研指导工作。");

        assertThat(bulletin.visits())
                .containsExactly(new Visit(
                        LocalDate.of(2025, 3, 18), "省卫生健康委", null, "徐斌", List.of("党组书记", "主任"), "调研指导工作", null));
    }

    @Test
    @DisplayName("an item dated only by month（（五）3月，…）has date null")
    void itemDatedOnlyByMonth() {
        Bulletin bulletin = parse(
                MONTHLY_2025_03,
                "二、厅（局）长进大厅",
                "（一）3月17日，省药监局党组书记、局长李在伟到省政务服务大厅省药监局窗口调研指导工作。",
                "（二）3月，公安厅党委委员、副厅长张洪，司法厅党委委员、副厅长王强到省政务服务大厅窗口调研值守。");

        assertThat(bulletin.visits())
                .containsExactly(
                        new Visit(
                                LocalDate.of(2025, 3, 17), "省药监局", null, "李在伟", List.of("党组书记", "局长"), "调研指导工作", null),
                        undated("公安厅", null, "张洪", List.of("党委委员", "副厅长")),
                        undated("司法厅", null, "王强", List.of("党委委员", "副厅长")));
    }

    @Test
    @DisplayName("1.6月7日，… is item 1 dated 6月7日, not item 1.6")
    void arabicItemFollowedByDate() {
        Bulletin bulletin = parse(
                "2023 年第 21 期（总第 441 期）",
                "（6 月 5 日—6 月 9 日）",
                PUBLISHER + " 2023 年 6 月 15 日",
                "一、窗口工作动态",
                "（一）厅（局）长进大厅",
                "1.6月7日，交通运输厅党组成员、副厅长宁坚到省政务服务大厅调研，现场参观调研无差别综合窗口。",
                "2.6月9日，水利厅党组成员、副厅长王华到省政务服务大厅调研。");

        Section visits = bulletin.sections().get(0).children().get(0);
        assertThat(visits.children())
                .extracting(Section::label, Section::level, Section::ordinal)
                .containsExactly(tuple("1.", 3, 1), tuple("2.", 3, 2));
        assertThat(visits.children().get(0).text()).startsWith("6月7日，交通运输厅");
        assertThat(bulletin.visits())
                .containsExactly(
                        new Visit(LocalDate.of(2023, 6, 7), "交通运输厅", null, "宁坚", List.of("党组成员", "副厅长"), "调研", null),
                        new Visit(LocalDate.of(2023, 6, 9), "水利厅", null, "王华", List.of("党组成员", "副厅长"), "调研", null));
    }

    @Test
    @DisplayName("in a bulletin for 12月29日—1月2日, 12月30日 is in the old year and 1月2日 in the new")
    void visitDatesInPeriodCrossingYearEnd() {
        Bulletin bulletin = parse(
                "2025年第 1 期（总第 520 期）",
                "（12月29日—1月2日）",
                PUBLISHER + " 2025年 1月 6日",
                "一、厅（局）长进大厅",
                "（一）12月30日，水利厅一级巡视员都勤到省政务服务大厅窗口调研值守。",
                "（二）1月2日，自然资源厅二级巡视员张帆到省政务服务大厅窗口调研值守。");

        assertThat(bulletin.visits())
                .extracting(Visit::date, Visit::name)
                .containsExactly(tuple(LocalDate.of(2024, 12, 30), "都勤"), tuple(LocalDate.of(2025, 1, 2), "张帆"));
    }

    @Test
    @DisplayName("2月29日 in 2025, a year without one, is no date: date null and an INVALID_DATE warning")
    void februaryTheTwentyNinthInAYearWithoutOneIsInvalid() {
        Bulletin bulletin = parse(
                "2025年第 9 期（总第 520 期）",
                "（2月24日—2月28日）",
                PUBLISHER + " 2025年3月3日",
                "一、厅（局）长进大厅",
                "（一）2月29日，水利厅一级巡视员都勤到省政务服务大厅窗口调研值守。");

        assertThat(bulletin.visits()).hasSize(1);
        assertThat(bulletin.visits().get(0).date()).isNull();
        assertThat(bulletin.warnings()).extracting(Warning::code).containsExactly(WarningCode.INVALID_DATE);
        assertThat(bulletin.warnings().get(0).message()).isEqualTo("no such date: 2月29日");
    }

    @Test
    @DisplayName("a sentence naming no official gives a VISIT_NOT_PARSED warning and no visit")
    void sentenceWithoutOfficialWarns() {
        Bulletin bulletin = parse(WEEKLY_MASTHEAD, "一、厅（局）长进大厅", "本周，各部门窗口到省政务服务大厅开展业务交流。");

        assertThat(bulletin.visits()).isEmpty();
        assertThat(bulletin.warnings()).extracting(Warning::code).contains(WarningCode.VISIT_NOT_PARSED);
    }

    @Test
    @DisplayName("an item with no venue and no official gives a VISIT_NOT_PARSED warning")
    void itemWithoutAnyVisitWarns() {
        Bulletin bulletin = parse(WEEKLY_MASTHEAD, "一、厅（局）长进大厅", "本周，各窗口运行平稳有序。");

        assertThat(bulletin.visits()).isEmpty();
        assertThat(bulletin.warnings()).extracting(Warning::code).containsExactly(WarningCode.VISIT_NOT_PARSED);
    }

    @Test
    @DisplayName("officials outside the 厅（局）长进大厅 section are not visits")
    void officialsOutsideTheSectionAreIgnored() {
        Bulletin bulletin = parse(WEEKLY_MASTHEAD, "一、政务工作动态", "（一）3月27日，生态环境厅副厅长高洁到省政务服务大厅窗口调研值守。");

        assertThat(bulletin.visits()).isEmpty();
    }

    @Nested
    @DisplayName("the family's grammar of visits")
    class Grammar {

        private static final String HEADING = "一、厅（局）长进大厅";

        @Test
        @DisplayName("titles by their form: 总统计师, 首席信息官, 纪检监察组组长, 二级调研员, 副总队长")
        void titlesAreRecognisedByTheirForm() {
            Bulletin bulletin = parse(
                    WEEKLY_MASTHEAD,
                    HEADING,
                    "本周，省统计局总统计师韩丽萍，省大数据中心首席信息官罗一鸣，自然资源厅纪检监察组组长何川，" + "省林草局二级调研员宋玉洁，公安厅交警总队副总队长马骏到省政务服务大厅调研值守。");

            assertThat(bulletin.visits())
                    .extracting(Visit::department, Visit::unit, Visit::name, Visit::titles)
                    .containsExactly(
                            tuple("省统计局", null, "韩丽萍", List.of("总统计师")),
                            tuple("省大数据中心", null, "罗一鸣", List.of("首席信息官")),
                            tuple("自然资源厅", null, "何川", List.of("纪检监察组组长")),
                            tuple("省林草局", null, "宋玉洁", List.of("二级调研员")),
                            tuple("公安厅", "交警总队", "马骏", List.of("副总队长")));
            assertThat(bulletin.warnings()).isEmpty();
        }

        @Test
        @DisplayName("the provincial government's 党组成员、秘书长 is a title of 省政府, not of a body 省政府党组")
        void governmentAndItsPartyGroup() {
            Bulletin bulletin = parse(WEEKLY_MASTHEAD, HEADING, "本周，省政府党组成员、秘书长王东到省政务服务大厅调研值守。");

            assertThat(bulletin.visits())
                    .extracting(Visit::department, Visit::titles, Visit::name)
                    .containsExactly(tuple("省政府", List.of("党组成员", "秘书长"), "王东"));
        }

        @Test
        @DisplayName("organisations by their endings, aliases kept as printed, a place-named body is one department")
        void organisationsAndAliases() {
            Bulletin bulletin = parse(
                    WEEKLY_MASTHEAD,
                    HEADING,
                    "本周，发改委副主任陈刚，四川省发展和改革委员会二级巡视员周敏，国家税务总局四川省税务局副局长林涛，" + "中国人民银行四川省分行副行长邓波到省政务服务大厅调研值守。");

            assertThat(bulletin.visits())
                    .extracting(Visit::department, Visit::unit, Visit::name)
                    .containsExactly(
                            tuple("发改委", null, "陈刚"),
                            tuple("四川省发展和改革委员会", null, "周敏"),
                            tuple("国家税务总局四川省税务局", null, "林涛"),
                            tuple("中国人民银行四川省分行", null, "邓波"));
        }

        @Test
        @DisplayName("a date in each sentence, written with spaces, holds for that sentence's visit")
        void eachSentencesDateHoldsForItsVisit() {
            Bulletin bulletin =
                    parse(WEEKLY_MASTHEAD, HEADING, "3 月 25 日，生态环境厅副厅长高洁到省政务服务大厅调研值守。3 月 27 日，水利厅一级巡视员都勤到省政务服务大厅调研值守。");

            assertThat(bulletin.visits())
                    .extracting(Visit::date, Visit::name)
                    .containsExactly(tuple(LocalDate.of(2024, 3, 25), "高洁"), tuple(LocalDate.of(2024, 3, 27), "都勤"));
        }

        @Test
        @DisplayName("a date after the official: 韩丽萍于3月26日到…")
        void dateAfterTheOfficial() {
            Bulletin bulletin = parse(WEEKLY_MASTHEAD, HEADING, "（一）省统计局总统计师韩丽萍于 3 月 26 日到省政务服务大厅调研值守。");

            assertThat(bulletin.visits())
                    .extracting(Visit::date, Visit::department, Visit::name)
                    .containsExactly(tuple(LocalDate.of(2024, 3, 26), "省统计局", "韩丽萍"));
        }

        @Test
        @DisplayName("a visit over two days keeps both: 3月26日至27日, 3月28日—29日")
        void visitOverTwoDays() {
            Bulletin bulletin = parse(
                    WEEKLY_MASTHEAD,
                    HEADING,
                    "1.3月26日至27日，生态环境厅副厅长高洁到省政务服务大厅调研值守。",
                    "2.3月28日—29日，水利厅一级巡视员都勤到省政务服务大厅调研值守。");

            assertThat(bulletin.visits())
                    .extracting(Visit::date, Visit::endDate)
                    .containsExactly(
                            tuple(LocalDate.of(2024, 3, 26), LocalDate.of(2024, 3, 27)),
                            tuple(LocalDate.of(2024, 3, 28), LocalDate.of(2024, 3, 29)));
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"本周无厅（局）长进大厅安排。", "本周，暂无厅（局）长到省政务服务大厅调研。", "无。"})
        @DisplayName("a section that says none came gives no visit and no warning")
        void sectionSayingNoneCameGivesNoVisit(String text) {
            Bulletin bulletin = parse(WEEKLY_MASTHEAD, HEADING, text, "二、其他工作", "（一）本周，省中心组织召开例会。");

            assertThat(bulletin.visits()).isEmpty();
            assertThat(bulletin.warnings()).isEmpty();
        }

        @Test
        @DisplayName("a section that says none came that week gives no visit and no warning")
        void noVisitsThatWeek() {
            Bulletin bulletin =
                    parse(WEEKLY_MASTHEAD, HEADING, "本周无厅（局）长到省政务服务大厅调研值守。", "二、其他工作", "（一）本周，省中心组织召开窗口首席事务代表工作例会。");

            assertThat(bulletin.visits()).isEmpty();
            assertThat(bulletin.warnings()).isEmpty();
        }
    }
}
