package io.github.bulletinextractor.internal.read;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OcrDoubtTest {

    /** 局长郑竑到大厅 read as 局长郑到大厅: room for a character between 郑 and 到. */
    private final OcrDoubt unread = new OcrDoubt(3, "副局长郑", "", "到大厅调研", 0);
    /** 竑 read with little confidence. */
    private final OcrDoubt doubtful = new OcrDoubt(3, "副局长郑", "竑", "到大厅调研", 0.42);

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
        "郑, true", // a name ending where the character is missing
        "局长郑, true",
        "到大厅, true", // starting there
        "郑到, true", // across it
        "副局长郑到大厅调研, true",
        "副局长, false", // elsewhere on the line
        "大厅, false",
        "调研, false",
        "张三, false", // not on the line at all
    })
    void anUnreadPlaceTouchesTextRunningUpToOrAcrossIt(String text, boolean touches) {
        assertThat(unread.touches(text)).isEqualTo(touches);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
        "竑, true",
        "郑竑, true",
        "竑到, true",
        "长郑竑到大, true",
        "郑, false", // just before the character
        "到大厅, false", // just after it
        "副局长, false",
        "王五, false",
    })
    void aDoubtfulCharacterTouchesTextHoldingIt(String text, boolean touches) {
        assertThat(doubtful.touches(text)).isEqualTo(touches);
    }

    @Test
    void everyPlaceTheTextIsFoundCounts() {
        // 郑 is first found at the start of the line, away from the place; its second time touches it.
        OcrDoubt doubt = new OcrDoubt(1, "郑州市郑", "", "到", 0);

        assertThat(doubt.touches("郑")).isTrue();
        assertThat(new OcrDoubt(1, "郑州市郑", "", "到", 0).touches("郑州")).isFalse();
    }

    @Test
    void aPlaceAtTheStartOrEndOfTheLineTouchesTheTextThere() {
        assertThat(new OcrDoubt(1, "", "", "到大厅", 0).touches("到大厅")).isTrue();
        assertThat(new OcrDoubt(1, "厅长郑", "", "", 0).touches("郑")).isTrue();
        assertThat(new OcrDoubt(1, "厅长郑", "", "", 0).touches("厅长")).isFalse();
    }

    @Test
    void unreadIsARoomWithNoCharacterRead() {
        assertThat(unread.unread()).isTrue();
        assertThat(doubtful.unread()).isFalse();
    }

    @Test
    void anUnreadPlaceIsDescribedByWhatWasReadAroundIt() {
        assertThat(unread.describe())
                .contains("could not read")
                .contains("“副局长郑”")
                .contains("“到大厅调研”");
    }

    @Test
    void aDoubtfulCharacterIsDescribedWithItsConfidence() {
        assertThat(doubtful.describe()).isEqualTo("OCR read “竑” with 42% confidence");
    }
}
