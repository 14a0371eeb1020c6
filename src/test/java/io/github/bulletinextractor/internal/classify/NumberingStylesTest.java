package io.github.bulletinextractor.internal.classify;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bulletinextractor.internal.text.FoldedText;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NumberingStylesTest {

    private final NumberingStyles styles = NumberingStyles.standard();

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "一、政务工作动态|1|一、|1",
                "十二、其他|1|十二、|12",
                "（一）省本级综窗办件情况|2|（一）|1",
                "(五)重大项目。|2|(五)|5",
                "（十一）其他|2|（十一）|11",
                "1.与四川省税务局对接|3|1.|1",
                "2．启动|3|2．|2",
                "3、完善|3|3、|3",
                "2.6月7日，省广电局|3|2.|2",
                "3.6 月 8 日至 9 日|3|3.|3",
                "1. 2024年以来|3|1.|1",
                "（1）受理|4|（1）|1",
                "(12)颁发|4|(12)|12",
                "①办件|5|①|1",
                "⑳末项|5|⑳|20"
            })
    void recognisesEachStyleFullAndHalfWidth(String line, int level, String label, int ordinal) {
        Numbering numbering = styles.match(FoldedText.of(line));

        assertThat(numbering).isNotNull();
        assertThat(numbering.level()).isEqualTo(level);
        assertThat(numbering.label()).isEqualTo(label);
        assertThat(numbering.ordinal()).isEqualTo(ordinal);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "5.6 万件政务服务事项",
                "69.67%",
                "（名单见附件）",
                "（共印103份）",
                "（3月25日—3月29日）",
                "一是讲政治作表率",
                "2024年第 12 期",
                "12 万余家",
                "（单位）窗口",
                "第一期",
                "一件事",
                "0.02 万件"
            })
    void leavesOtherLinesAlone(String line) {
        assertThat(styles.match(FoldedText.of(line))).isNull();
    }
}
