package io.github.bulletinextractor.internal.read;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextLayerTest {

    @Test
    void ordinaryTextIsUsable() {
        assertThat(TextLayer.isUsable("一、政务工作动态（一）近日，省政府办公厅印发通报。")).isTrue();
        assertThat(TextLayer.isUsable("Government Service Window 2024")).isTrue();
    }

    @Test
    void nothingOrAPageNumberIsNoText() {
        assertThat(TextLayer.isUsable("")).isFalse();
        assertThat(TextLayer.isUsable("— 2 —")).isFalse();
    }

    @Test
    void glyphsWithoutUnicodeAreNoText() {
        assertThat(TextLayer.isUsable("\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD省中心\uFFFD\uFFFD"))
                .isFalse();
        assertThat(TextLayer.isUsable("\uE001\uE002\uE003\uE004\uE005\uE006")).isFalse();
        assertThat(TextLayer.isUsable("⺀⺁⺂⺃⺄⺅⺆⺇⼀⼁⼂⼃")).isFalse();
    }
}
