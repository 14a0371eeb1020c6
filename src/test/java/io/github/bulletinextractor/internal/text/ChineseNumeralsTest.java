package io.github.bulletinextractor.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.RuleBasedNumberFormat;
import com.ibm.icu.util.ULocale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ChineseNumeralsTest {

    @ParameterizedTest
    @CsvSource({
        "一,1",
        "十,10",
        "十一,11",
        "二十,20",
        "二十三,23",
        "九十九,99",
        "一百零五,105",
        "两,2",
        "三百,300",
        "一千二百三十四,1234",
        "12,12",
        "零,0",
        "一万,10000",
        "三万零八百,30800",
        "一万零一十,10010",
        "五千零五,5005",
        "一亿二千万,120000000",
        "两万,20000",
        "二十一亿,2100000000"
    })
    void readsWholeNumerals(String text, int value) {
        assertThat(ChineseNumerals.parse(text)).hasValue(value);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "", "十一a", "a十一", "是", "一是", "十一、", "１２x", "二三", "十十", "百", "十百", "一百五", "一万五", "零一", "一零零", "一百零零五",
                "万", "一万一万", "万亿", "1十", "三十亿亿"
            })
    void refusesPartialNumerals(String text) {
        assertThat(ChineseNumerals.parse(text)).isEmpty();
    }

    /** The numerals as ICU spells them out read back to the same numbers. */
    @Test
    void readsIcuSpelloutOfEveryNumberUpToOneHundredThousand() {
        RuleBasedNumberFormat spellout = new RuleBasedNumberFormat(ULocale.CHINESE, RuleBasedNumberFormat.SPELLOUT);
        for (int n = 0; n <= 100_000; n++) {
            assertThat(ChineseNumerals.parse(spellout.format(n)))
                    .as(spellout.format(n))
                    .hasValue(n);
        }
        for (int n : new int[] {1_000_001, 20_300_405, 100_000_000, 2_147_483_647}) {
            assertThat(ChineseNumerals.parse(spellout.format(n)))
                    .as(spellout.format(n))
                    .hasValue(n);
        }
    }

    @Test
    void refusesNumbersBeyondAnInt() {
        assertThat(ChineseNumerals.parse("三十亿")).isEmpty();
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
