package io.github.bulletinextractor.rules;

import static io.github.bulletinextractor.rules.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.bulletinextractor.model.Bulletin;
import io.github.bulletinextractor.model.Section;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The body between masthead and back matter: its sections and their text. */
class SectionRulesTest {

    @Test
    @DisplayName("a body without numbered headings is one section of level 0, without heading, that keeps the text")
    void aBulletinWithoutNumberedSectionsKeepsItsBody() {
        Bulletin bulletin = parse(WEEKLY_MASTHEAD, "本周，共计咨询 1838人次、受理 951件、颁发 8834件、流转 1794件次。", "报：省中心领导。");

        assertThat(bulletin.sections()).hasSize(1);
        Section preamble = bulletin.sections().get(0);
        assertThat(preamble.level()).isZero();
        assertThat(preamble.heading()).isNull();
        assertThat(preamble.text()).startsWith("本周，共计咨询");
        assertThat(bulletin.caseCounts().week().issued()).isEqualTo(8834L);
        assertThat(bulletin.publishedOn()).isEqualTo(LocalDate.of(2024, 4, 8));
    }

    @Test
    @DisplayName("a wrapped line of the body that ends in 第43期 is joined to its paragraph, not taken for an issue line")
    void aLineOfTheBodyEndingInAnIssueNumberIsJoinedToItsParagraph() {
        Bulletin bulletin = parse(
                "2025年第 3 期", "某某中心 2025年4月24日", "一、工作动态", "（一）省中心全量梳理惠企政策。《我省惠企", "政策集中攻关成效初显》信息在《政务晨讯》第43期", "刊载。");

        assertThat(bulletin.sections().get(0).children().get(0).text())
                .isEqualTo("省中心全量梳理惠企政策。《我省惠企政策集中攻关成效初显》信息在《政务晨讯》第43期刊载。");
    }
}
