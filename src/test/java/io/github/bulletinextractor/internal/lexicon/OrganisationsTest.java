package io.github.bulletinextractor.internal.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OrganisationsTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "生态环境厅",
                "省发展改革委",
                "发改委",
                "四川省发展和改革委员会",
                "省统计局",
                "省政府办公厅",
                "省大数据中心",
                "省法院",
                "省政府",
                "公安厅交警总队",
                "经济犯罪侦查总队",
                "公路局",
                "审批处",
                "办公室",
                "国网四川省电力公司",
                "中国人民银行四川省分行"
            })
    void organisationsByTheirEndings(String name) {
        assertThat(Organisations.isOrganisation(name)).isTrue();
    }

    @ParameterizedTest(name = "“{0}”")
    @ValueSource(strings = {"", "局", "厅长", "韩丽萍", "窗口", "Bank局"})
    void notOrganisations(String text) {
        assertThat(Organisations.isOrganisation(text)).isFalse();
    }

    @Test
    void aBodyNamedAfterAPlaceOrEndingIn厅Or委IsADepartmentNotAUnit() {
        assertThat(Organisations.isDepartmentOnly("人力资源社会保障厅")).isTrue();
        assertThat(Organisations.isDepartmentOnly("省卫生健康委")).isTrue();
        assertThat(Organisations.isDepartmentOnly("四川省税务局")).isTrue();
        assertThat(Organisations.isDepartmentOnly("省分行")).isTrue();
        assertThat(Organisations.isDepartmentOnly("成都分行")).isTrue();
        assertThat(Organisations.isDepartmentOnly("公路局")).isFalse();
        assertThat(Organisations.isDepartmentOnly("市场监管局")).isFalse();
    }
}
