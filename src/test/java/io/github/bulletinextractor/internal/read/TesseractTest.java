package io.github.bulletinextractor.internal.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What Tesseract's reading of a page goes through that needs no Tesseract to test. */
class TesseractTest {

    private static final int PAGE_WIDTH = 2480;
    private static final PageLine BODY = new PageLine("本周，共计咨询1421人次、受理31", 300, 1880, 60, 0);

    @Test
    void aShortLineCentredAtTheFootIsThePageNumberAndGoes() {
        List<PageLine> lines = new ArrayList<>(List.of(BODY, new PageLine("人", 1215, 50, 60, 0)));

        Tesseract.dropFolio(lines, PAGE_WIDTH);

        assertThat(lines).containsExactly(BODY);
    }

    @Test
    void aShortLastLineOfAParagraphStays() {
        PageLine end = new PageLine("6件。", 300, 180, 60, 0);
        List<PageLine> lines = new ArrayList<>(List.of(BODY, end));

        Tesseract.dropFolio(lines, PAGE_WIDTH);

        assertThat(lines).containsExactly(BODY, end);
    }

    @Test
    void aLongCentredLastLineStays() {
        PageLine title = new PageLine("2024年第四季度省政务服务大厅名单", 640, 1200, 60, 0);
        List<PageLine> lines = new ArrayList<>(List.of(BODY, title));

        Tesseract.dropFolio(lines, PAGE_WIDTH);

        assertThat(lines).containsExactly(BODY, title);
    }
}
