package io.github.bulletinextractor.internal.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bulletinextractor.internal.text.FoldedText;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VisitExtractorTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
        "厅（局）长进大厅, true",
        "领导进大厅, true",
        "大厅巡查情况, false",
        "政务大厅运行情况, false",
        "窗口资讯, false",
        "厅局长带队开展政务服务大厅现场办公和调研情况通报, false"
    })
    void tellsTheVisitsHeading(String heading, boolean visits) {
        assertThat(VisitExtractor.isVisitsHeading(FoldedText.of(heading).folded()))
                .isEqualTo(visits);
    }
}
