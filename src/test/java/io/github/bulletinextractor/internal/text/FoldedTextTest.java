package io.github.bulletinextractor.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FoldedTextTest {

    @Test
    void foldsFullWidthFormsAndDropsLayoutSpaces() {
        FoldedText text = FoldedText.of("（一）3月 23日，受理 951件：１２３");

        assertThat(text.folded()).isEqualTo("(一)3月23日,受理951件:123");
    }

    @Test
    void keepsSpacesBetweenLatinWords() {
        assertThat(FoldedText.of("ETC 安装 A B 12 ETC 2").folded()).isEqualTo("ETC安装A B 12 ETC 2");
    }

    @Test
    void joinsDigitsThatLayoutSpacedApart() {
        assertThat(FoldedText.of("咨询 15 985人次").folded()).isEqualTo("咨询15985人次");
    }

    @Test
    void keepsCircledNumbersApartFromDigits() {
        assertThat(FoldedText.of("①项目").folded()).isEqualTo("①项目");
    }

    @Test
    void mapsFoldedRangesBackToThePrintedText() {
        FoldedText text = FoldedText.of("本周，共计咨询 1838人次");
        int start = text.folded().indexOf("1838");

        assertThat(text.original(start, start + 6)).isEqualTo("1838人次");
        assertThat(text.original(0, 3)).isEqualTo("本周，");
        assertThat(text.originalFrom(start)).isEqualTo("1838人次");
        assertThat(text.original(2, 2)).isEmpty();
    }
}
