package io.github.bulletinextractor;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bulletinextractor.model.Bulletin;
import io.github.bulletinextractor.model.Frequency;
import io.github.bulletinextractor.model.Section;
import io.github.bulletinextractor.model.Warning;
import io.github.bulletinextractor.model.WarningCode;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Cases found when the rules were reviewed against the code; each once went wrong. */
class ReviewFindingsTest {

    private final BulletinParser parser = BulletinParser.create();

    @Test
    void aPeriodWithTheYearOnlyOnItsStartEndsInTheNextYear() throws Exception {
        Bulletin bulletin = parser.parse("2024年第 52 期\n（2024年12月30日—1月3日）\n四川省政府政务服务和公共资源交易服务中心 2025年1月6日\n"
                + "一、工作动态\n（一）本周，窗口运行平稳。", "t.txt");

        assertThat(bulletin.period().start()).isEqualTo(LocalDate.of(2024, 12, 30));
        assertThat(bulletin.period().end()).isEqualTo(LocalDate.of(2025, 1, 3));
    }

    @Test
    void februaryTheTwentyNinthInAYearWithoutOneIsInvalid() throws Exception {
        Bulletin bulletin = parser.parse("2025年第 9 期（总第 520 期）\n（2月24日—2月28日）\n"
                + "四川省政府政务服务和公共资源交易服务中心 2025年3月3日\n一、厅（局）长进大厅\n"
                + "（一）2月29日，水利厅一级巡视员都勤到省政务服务大厅窗口调研值守。", "t.txt");

        assertThat(bulletin.visits()).hasSize(1);
        assertThat(bulletin.visits().get(0).date()).isNull();
        assertThat(bulletin.warnings()).extracting(Warning::code).containsExactly(WarningCode.INVALID_DATE);
        assertThat(bulletin.warnings().get(0).message()).isEqualTo("no such date: 2月29日");
    }

    @Test
    void aTenDayPeriodIsNeitherWeeklyNorMonthly() throws Exception {
        Bulletin bulletin = parser.parse("第 3 期\n（3月1日—3月10日）\n某某中心 2025年3月12日\n一、工作动态\n（一）本周，窗口运行平稳。",
                "t.txt");

        assertThat(bulletin.period().end()).isEqualTo(LocalDate.of(2025, 3, 10));
        assertThat(bulletin.frequency()).isNull();
    }

    @Test
    void aBulletinWithoutNumberedSectionsKeepsItsBody() throws Exception {
        Bulletin bulletin = parser.parse("2024年第 12 期（总第 483 期）\n（3月25日—3月29日）\n"
                + "四川省政府政务服务和公共资源交易服务中心 2024年 4月 8日\n"
                + "本周，共计咨询 1838人次、受理 951件、颁发 8834件、流转 1794件次。\n报：省中心领导。", "t.txt");

        assertThat(bulletin.sections()).hasSize(1);
        Section preamble = bulletin.sections().get(0);
        assertThat(preamble.level()).isZero();
        assertThat(preamble.heading()).isNull();
        assertThat(preamble.text()).startsWith("本周，共计咨询");
        assertThat(bulletin.caseCounts().week().issued()).isEqualTo(8834L);
        assertThat(bulletin.publishedOn()).isEqualTo(LocalDate.of(2024, 4, 8));
    }

    @Test
    void thePublisherMayStandAwayFromTheDate() throws Exception {
        Bulletin bulletin = parser.parse("四川省政府政务服务和公共资源交易服务中心\n窗口工作周报\n2024年第 12 期\n2024年4月8日\n"
                + "（3月25日—3月29日）\n一、工作动态\n（一）本周，窗口运行平稳。", "t.txt");

        assertThat(bulletin.publisher()).isEqualTo("四川省政府政务服务和公共资源交易服务中心");
        assertThat(bulletin.series()).isEqualTo("窗口工作周报");
        assertThat(bulletin.frequency()).isEqualTo(Frequency.WEEKLY);
        assertThat(bulletin.warnings()).isEmpty();
    }

    @Test
    void aFormFeedAtTheEndStartsNoPage() throws Exception {
        assertThat(parser.parse("第 1 期\fa\f", "t.txt").source().pageCount()).isEqualTo(2);
    }

    @Test
    void anIssueNumberInsideTheBodyIsNotALine() throws Exception {
        Bulletin bulletin = parser.parse("2025年第 3 期\n某某中心 2025年4月24日\n一、工作动态\n"
                + "（一）省中心全量梳理惠企政策。《我省惠企\n政策集中攻关成效初显》信息在《政务晨讯》第43期\n刊载。", "t.txt");

        assertThat(bulletin.sections().get(0).children().get(0).text())
                .isEqualTo("省中心全量梳理惠企政策。《我省惠企政策集中攻关成效初显》信息在《政务晨讯》第43期刊载。");
    }

    @Test
    void aStrayAttachmentMarkerGivesNoAttachment() throws Exception {
        Bulletin bulletin = parser.parse("第 1 期\n一、甲\n（一）乙。\n附件\n报：中心领导。", "t.txt");

        assertThat(bulletin.attachments()).isEmpty();
        assertThat(bulletin.distribution().reportTo()).containsExactly("中心领导");
    }

    @Test
    void aLongParagraphWithManyFiguresIsReadInOnePass() throws Exception {
        String figures = "咨询 1838人次、".repeat(20_000);

        Bulletin bulletin = parser.parse("第 1 期\n一、甲\n（一）本周，" + figures + "完毕。", "t.txt");

        assertThat(bulletin.metrics()).hasSize(20_000);
        assertThat(bulletin.metrics().get(19_999).scope()).isEqualTo(io.github.bulletinextractor.model.MetricScope.WEEK);
        assertThat(bulletin.metrics().get(19_999).label()).isEqualTo("咨询");
    }

    @Test
    void oneSentenceMayReportSeveralVisits() throws Exception {
        Bulletin bulletin = parser.parse("2024年第 12 期（总第 483 期）\n（3月25日—3月29日）\n"
                + "四川省政府政务服务和公共资源交易服务中心 2024年 4月 8日\n一、厅（局）长进大厅\n"
                + "本周，生态环境厅副厅长高洁到省政务服务大厅窗口调研值守，水利厅一级巡视员都勤到省政务服务大厅水利厅窗口调研指导工作。",
                "t.txt");

        assertThat(bulletin.visits()).extracting(v -> v.department() + " " + v.name() + " " + v.activity())
                .containsExactly("生态环境厅 高洁 调研值守", "水利厅 都勤 调研指导工作");
        assertThat(bulletin.warnings()).isEmpty();
    }

    /** Found by fuzzing: patterns that recursed once per character overflowed the stack on long lines. */
    @Test
    void longLinesDoNotOverflowTheStack() throws Exception {
        String bracketed = "（" + "名单见附件".repeat(20_000) + "）";
        String rule = "-".repeat(100_000);
        String commas = "第 1 期\n一、甲\n（一）共计" + "、".repeat(50_000) + "咨询 1838人次。";

        Bulletin bulletin = parser.parse("第 1 期\n一、甲\n（一）乙。\n" + bracketed + "\n" + rule + "\n", "t.txt");
        Bulletin counted = parser.parse(commas, "t.txt");

        assertThat(bulletin.sections().get(0).children().get(0).text()).endsWith("附件）");
        assertThat(counted.metrics()).singleElement().satisfies(m -> assertThat(m.label()).isEqualTo("咨询"));
    }

    /**
     * Each space of a run once looked at the whole run to decide whether to keep itself, so a line
     * of 100,000 spaces took nine seconds to fold; a run is now decided once.
     */
    @Test
    void aLongRunOfSpacesIsFoldedInOnePass() throws Exception {
        String spaces = "A" + " ".repeat(1_000_000) + "B";

        Bulletin bulletin = parser.parse("第 1 期\n一、甲\n" + spaces + "\n", "t.txt");

        assertThat(bulletin.sections().get(0).text()).startsWith("A").endsWith("B");
    }
}
