package io.github.bulletinextractor.internal.read;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CjkSpacingTest {

    @Test
    void noSpaceBetweenChineseCharacters() {
        assertThat(CjkSpacing.tidy("省 政 务 服 务 中 心，“ 一 件 事 ”")).isEqualTo("省政务服务中心，“一件事”");
    }

    @Test
    void realSpacesStay() {
        assertThat(CjkSpacing.tidy("  ETC  安装 2024 年 4 月 8 日 A 卡 ")).isEqualTo("ETC 安装 2024 年 4 月 8 日 A 卡");
    }

    @Test
    void ideographicSpacesCountAsSpaces() {
        assertThat(CjkSpacing.tidy("报：\u3000省中心")).isEqualTo("报：省中心");
    }

    /** Only Chinese print sets solid: ambiguous-width letters and numbers, two cells wide in TextWidth, keep their spaces. */
    @Test
    void spacesBetweenGreekCyrillicOrCircledNumbersStay() {
        assertThat(CjkSpacing.tidy("α β")).isEqualTo("α β");
        assertThat(CjkSpacing.tidy("а б")).isEqualTo("а б");
        assertThat(CjkSpacing.tidy("① ②")).isEqualTo("① ②");
    }

    /** Each space of a run once looked through the rest of the run: a line of spaces took quadratic time. */
    @Test
    void aLongRunOfSpacesIsOneDecision() {
        assertThat(CjkSpacing.tidy("A" + " ".repeat(1_000_000) + "B")).isEqualTo("A B");
        assertThat(CjkSpacing.tidy("省" + " ".repeat(1_000_000) + "中")).isEqualTo("省中");
    }
}
