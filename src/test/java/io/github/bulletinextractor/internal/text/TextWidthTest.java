package io.github.bulletinextractor.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextWidthTest {

    @Test
    void chineseAndFullWidthFormsTakeTwoCells() {
        assertThat(TextWidth.of("abc 12")).isEqualTo(6);
        assertThat(TextWidth.of("省中心")).isEqualTo(6);
        assertThat(TextWidth.of("（一）“办”")).isEqualTo(12);
    }
}
