package io.github.bulletinextractor.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ChineseNumeralsTest {

    @ParameterizedTest
    @CsvSource({"一,1", "十,10", "十一,11", "二十,20", "二十三,23", "九十九,99", "一百零五,105", "两,2", "三百,300",
            "一千二百三十四,1234", "12,12"})
    void readsWholeNumerals(String text, int value) {
        assertThat(ChineseNumerals.parse(text)).hasValue(value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "十一a", "a十一", "是", "一是", "十一、", "１２x"})
    void refusesPartialNumerals(String text) {
        assertThat(ChineseNumerals.parse(text)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"二〇二四,2024", "二零二五,2025", "2023,2023"})
    void readsYearsDigitByDigit(String text, int value) {
        assertThat(ChineseNumerals.parseDigitByDigit(text)).hasValue(value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "二〇二x", "二十四"})
    void refusesOtherYears(String text) {
        assertThat(ChineseNumerals.parseDigitByDigit(text)).isEmpty();
    }
}
