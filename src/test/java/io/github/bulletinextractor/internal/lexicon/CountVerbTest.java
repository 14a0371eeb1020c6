package io.github.bulletinextractor.internal.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CountVerbTest {

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
        "咨询,CONSULTATIONS",
        "接待,CONSULTATIONS",
        "解答,CONSULTATIONS",
        "受理,ACCEPTED",
        "收件,ACCEPTED",
        "接件,ACCEPTED",
        "办结,ISSUED",
        "出件,ISSUED",
        "颁发,ISSUED",
        "发证,ISSUED",
        "办件,ISSUED",
        "流转,TRANSFERRED",
        "转办,TRANSFERRED",
        "转件,TRANSFERRED"
    })
    void everyWordHasItsClass(String word, CountVerb verb) {
        String text = "本周" + word + " 12件";
        assertThat(CountVerb.lastIn(text, 0, text.length())).isEqualTo(new CountVerb.Found(verb, word, 2, 4));
    }

    @Test
    void theLastWordBeforeTheNumberCountsAndWordsDoNotOverlap() {
        assertThat(CountVerb.lastIn("接待咨询 2103", 0, 9).word()).isEqualTo("咨询");
        assertThat(CountVerb.lastIn("流转件 96", 0, 6).word()).isEqualTo("流转");
        assertThat(CountVerb.lastIn("召开例会", 0, 4)).isNull();
    }

    @Test
    void findsWhetherAParagraphCanHoldACount() {
        assertThat(CountVerb.mayCount("本周，综窗转件 96件次")).isTrue();
        assertThat(CountVerb.mayCount("本周，综窗接待群众 2103人次")).isTrue();
        assertThat(CountVerb.mayCount("本周，省中心召开例会。")).isFalse();
        assertThat(CountVerb.mayCount("受理事项覆盖 46 个部门")).isFalse();
    }
}
