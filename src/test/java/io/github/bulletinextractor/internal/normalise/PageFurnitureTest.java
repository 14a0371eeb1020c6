package io.github.bulletinextractor.internal.normalise;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PageFurnitureTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "— 2 —",
                "- 12 -",
                "2",
                "  —  7  —  ",
                "第 3 页",
                "第3页，共5页",
                "3/12",
                "Page 4 of 9",
                "page 4",
                "－ 5 －",
                "~ 6 ~",
                "\u3000— 8 —"
            })
    void readsPageNumbers(String line) {
        assertThat(PageFurniture.isPageNumber(line)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "   ",
                "2024年",
                "一、",
                "共印 120 份",
                "— 第二部分 —",
                "12345",
                "3月25日",
                "——————————————————————————————————————————————————————————————— 2 —"
            })
    void leavesOtherLines(String line) {
        assertThat(PageFurniture.isPageNumber(line)).isFalse();
    }

    /** 一 for a dash or a 1 is OCR's misreading, dropped by Ocr.withoutFolio where it stands as a page number does. */
    @ParameterizedTest
    @ValueSource(strings = {"一", "— 一 —", "一 1 一"})
    void leavesWhatOnlyOcrReadsAsAPageNumber(String line) {
        assertThat(PageFurniture.isPageNumber(line)).isFalse();
    }
}
