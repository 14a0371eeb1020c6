package io.github.bulletinextractor.internal.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OfficialTitlesTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"厅长", "副厅长", "党组书记", "党组成员", "党委委员", "一级巡视员", "二级调研员", "总经济师", "总工程师",
            "总统计师", "总会计师", "首席信息官", "首席事务代表", "纪检监察组组长", "秘书长", "副秘书长", "总队长", "副总队长", "副行长",
            "副院长", "主任", "副主任", "常务副局长", "处长", "机关党委书记"})
    void titlesByTheirForm(String title) {
        assertThat(OfficialTitles.isTitle(title)).isTrue();
        assertThat(OfficialTitles.endsWithTitle("省统计局" + title)).isTrue();
        assertThat(OfficialTitles.mayStartWith(title.charAt(0))).isTrue();
    }

    @ParameterizedTest(name = "“{0}”")
    @ValueSource(strings = {"", "省统计局", "韩丽萍", "调研值守", "工作", "总师傅们", "首席", "副", "一级", "窗口"})
    void notTitles(String text) {
        assertThat(OfficialTitles.isTitle(text)).isFalse();
    }
}
