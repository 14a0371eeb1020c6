package io.github.bulletinextractor.internal.classify;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TitlesTest {

    @Test
    void titlesHaveNoSentencePunctuation() {
        assertThat(Titles.isTitle("省本级综窗办件情况")).isTrue();
        assertThat(Titles.isTitle("“高效办成一件事”专项行动")).isTrue();
        assertThat(Titles.isTitle("厅（局）长进大厅")).isTrue();
        assertThat(Titles.isTitle("近日，省政府办公厅印发通知")).isFalse();
        assertThat(Titles.isTitle("收集汇总工作联系表。")).isFalse();
        assertThat(Titles.isTitle("")).isFalse();
    }

    @Test
    void groupTitlesAreNotMastheadLines() {
        assertThat(Titles.isGroupTitle("政务服务工作")).isTrue();
        assertThat(Titles.isGroupTitle("窗口工作周报")).isFalse();
        assertThat(Titles.isGroupTitle("四川省政府政务服务和公共资源交易服务中心")).isFalse();
        assertThat(Titles.isGroupTitle("四川省政府政务服务和公共资源交易服务中心 2024年 4月 8日")).isFalse();
    }

    @Test
    void runInTitlesNameATopic() {
        assertThat(Titles.runInTitle("按时到岗情况。总体情况良好。", 0)).isEqualTo("按时到岗情况");
        assertThat(Titles.runInTitle("增值化改革。省中心组织商务厅。", 0)).isEqualTo("增值化改革");
        assertThat(Titles.runInTitle("纪律秩序。总体情况良好。", 0)).isEqualTo("纪律秩序");
    }

    @Test
    void firstSentencesAreNotRunInTitles() {
        assertThat(Titles.runInTitle("调整省级重大项目服务清单。项目中期调整下架 1个。", 0)).isNull();
        assertThat(Titles.runInTitle("3月，公安厅副厅长张洪到大厅。他指出。", 0)).isNull();
        assertThat(Titles.runInTitle("收集汇总工作联系表。", 0)).isNull();
        assertThat(Titles.runInTitle("近日，省政府办公厅印发通知。对此。", 0)).isNull();
    }

    @Test
    void boldMarksARunInTitleWhateverItsWords() {
        assertThat(Titles.runInTitle("调整服务清单。项目总数 39个。", 7)).isEqualTo("调整服务清单");
    }
}
