package io.github.bulletinextractor.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HanTest {

    @Test
    void chineseCharactersAreThoseOfTheHanScript() {
        assertThat(Han.all("省政务服务中心", 0, 7)).isTrue();
        assertThat(Han.all("〇", 0, 1)).isTrue();
        assertThat(Han.all("𠀀", 0, 2)).as("outside the BMP").isTrue();
        assertThat(Han.all("中心，", 0, 3))
                .as("full-width punctuation is no Chinese character")
                .isFalse();
        assertThat(Han.all("A卡", 0, 2)).isFalse();
        assertThat(Han.all("2024年", 0, 5)).isFalse();
    }

    @Test
    void onlyTheRangeGivenIsLookedAt() {
        assertThat(Han.all("王局长", 1, 3)).isTrue();
        assertThat(Han.all("A王局长。", 1, 4)).isTrue();
        assertThat(Han.all("A王", 0, 2)).isFalse();
        assertThat(Han.all("abc", 1, 1)).as("nothing").isTrue();
    }
}
