package io.github.bulletinextractor.internal.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link Ocr#withoutFolio}: the page number at the foot of a page, read as dashes and 一. */
class OcrFolioTest {

    private static final double CHAR = 16;
    /** Body text from 72 to 522 points: its middle is at 297. */
    private static final double MARGIN = 72;

    private static final double BODY_WIDTH = 450;

    private static PageLine body(String text) {
        return new PageLine(text, MARGIN, BODY_WIDTH, CHAR, 0);
    }

    /** A line of {@code text}, a full-width character each, whose middle stands at {@code middle}. */
    private static PageLine at(String text, double middle) {
        double width = text.length() * CHAR;
        return new PageLine(text, middle - width / 2, width, CHAR, 0);
    }

    private static List<PageLine> page(PageLine last) {
        return new ArrayList<>(List.of(body("一、政务工作动态"), body("本周各窗口共受理事项一千余件，办结率百分之百。"), body("二、下周工作安排"), last));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"一", "—2一", "— 2 —", "-3-", "12", "一 1 一"})
    void aCentredLastLineOfDashesAndDigitsIsThePageNumber(String folio) {
        List<PageLine> lines = page(at(folio, 297));

        Ocr.withoutFolio(lines);

        assertThat(lines).extracting(PageLine::text).containsExactly("一、政务工作动态", "本周各窗口共受理事项一千余件，办结率百分之百。", "二、下周工作安排");
    }

    @Test
    void aLastLineNearlyCentredIsThePageNumber() {
        // Less than a character off the middle.
        List<PageLine> lines = page(at("一", 297 + 0.9 * CHAR));

        Ocr.withoutFolio(lines);

        assertThat(lines).hasSize(3);
    }

    @Test
    void aLeftAlignedLastLineStays() {
        // 一 at the margin is the start of a list (一、 read short), not the page number.
        List<PageLine> lines = page(new PageLine("一", MARGIN, CHAR, CHAR, 0));

        Ocr.withoutFolio(lines);

        assertThat(lines).hasSize(4).last().extracting(PageLine::text).isEqualTo("一");
    }

    @Test
    void aLastLineACharacterOffTheMiddleStays() {
        List<PageLine> lines = page(at("一", 297 + 1.5 * CHAR));

        Ocr.withoutFolio(lines);

        assertThat(lines).hasSize(4);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"以上", "第2页", "一一一一一一一一", "2024年"})
    void aCentredLastLineOfTextStays(String text) {
        List<PageLine> lines = page(at(text, 297));

        Ocr.withoutFolio(lines);

        assertThat(lines).hasSize(4).last().extracting(PageLine::text).isEqualTo(text);
    }

    @Test
    void onlyTheLastLineIsTaken() {
        List<PageLine> lines = new ArrayList<>(List.of(body("一、政务工作动态"), at("一", 297), body("本周各窗口共受理事项。")));

        Ocr.withoutFolio(lines);

        assertThat(lines).hasSize(3);
    }

    @Test
    void aPageOfOneLineKeepsIt() {
        List<PageLine> lines = new ArrayList<>(List.of(at("一", 297)));

        Ocr.withoutFolio(lines);

        assertThat(lines).hasSize(1);
    }

    @Test
    void anEmptyPageIsLeftEmpty() {
        List<PageLine> lines = new ArrayList<>();

        Ocr.withoutFolio(lines);

        assertThat(lines).isEmpty();
    }
}
