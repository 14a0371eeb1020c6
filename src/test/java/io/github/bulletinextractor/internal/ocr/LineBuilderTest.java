package io.github.bulletinextractor.internal.ocr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LineBuilderTest {

    /** The advance of a Chinese character in these pages, in pixels. */
    private static final double ADVANCE = 30;

    private static final double HEIGHT = 36;

    /** An upright box from {@code left}, one advance a character, read with confidence 0.95 and evenly spaced. */
    private static Reading read(String text, double left, double top) {
        double[] centres = new double[text.length()];
        for (int i = 0; i < centres.length; i++) {
            centres[i] = (i + 0.5) * ADVANCE;
        }
        return read(text, left, top, text.length() * ADVANCE, centres);
    }

    private static Reading read(String text, double left, double top, double width, double... centres) {
        float[] confidences = new float[text.length()];
        Arrays.fill(confidences, 0.95f);
        return read(text, left, top, width, confidences, centres);
    }

    private static Reading read(
            String text, double left, double top, double width, float[] confidences, double[] centres) {
        TextBox box = new TextBox(left + width / 2, top + HEIGHT / 2, width, HEIGHT, 0);
        return new Reading(box, text, confidences, centres);
    }

    private static OcrLine onlyLine(Reading... readings) {
        OcrPage page = LineBuilder.page(List.of(readings), false);
        assertThat(page.lines()).hasSize(1);
        return page.lines().get(0);
    }

    @Test
    void boxesSharingTheirHeightAreOneLineReadLeftToRight() {
        // Given right to left, and the right one a little higher, so that neither the order given nor
        // the order from the top is left to right. The last character of the first box and the first
        // of the second stand two advances apart, no more, so no space.
        Reading left = read("政务服务", 100, 204);
        Reading right = read("大厅窗口", 250, 200);

        OcrLine line = onlyLine(right, left);

        assertThat(line.text()).isEqualTo("政务服务大厅窗口");
        assertThat(line.left()).isEqualTo(100);
        assertThat(line.top()).isEqualTo(200);
        assertThat(line.width()).isEqualTo(270);
        assertThat(line.height()).isEqualTo(40);
        assertThat(line.charSize()).isEqualTo(ADVANCE);
        assertThat(line.doubts()).isEmpty();
    }

    @Test
    void boxesMoreThanTwoAdvancesApartAreJoinedWithASpace() {
        Reading left = read("政务服务", 100, 200);
        Reading right = read("大厅窗口", 400, 200);

        assertThat(onlyLine(left, right).text()).isEqualTo("政务服务 大厅窗口");
    }

    @Test
    void boxesOnDifferentHeightsAreLinesFromTopToBottom() {
        Reading low = read("第二行", 100, 300);
        Reading high = read("第一行", 100, 200);
        // Sharing less than half its height with the line above: a line of its own.
        Reading lower = read("第三行", 400, 300 + HEIGHT * 0.6);

        OcrPage page = LineBuilder.page(List.of(low, lower, high), false);

        assertThat(page.lines()).extracting(OcrLine::text).containsExactly("第一行", "第二行", "第三行");
    }

    @Test
    void halfTheHeightSharedIsStillOneLine() {
        Reading first = read("第一", 100, 200);
        Reading second = read("第二", 300, 200 + HEIGHT * 0.5);

        assertThat(onlyLine(first, second).text()).isEqualTo("第一 第二");
    }

    @Test
    void theTurnedFlagIsKept() {
        assertThat(LineBuilder.page(List.of(read("政务", 0, 0)), true).turned()).isTrue();
        assertThat(LineBuilder.page(List.of(read("政务", 0, 0)), false).turned()).isFalse();
    }

    @Test
    void readingsOfNoTextAreLeftOut() {
        Reading empty = new Reading(new TextBox(50, 50, 40, 20, 0), "", new float[0], new double[0]);
        Reading blank = read(" ", 100, 100);

        OcrPage page = LineBuilder.page(List.of(empty, blank), false);

        assertThat(page.lines()).isEmpty();
        assertThat(page.confidence()).isZero();
    }

    @Test
    void twoCharactersTwoAdvancesApartHaveOneUnreadBetween() {
        // 服 and 务 at 45 and 105: room for one more (郑竑 read as 郑, say).
        Reading reading = read("政务服务", 100, 200, 150, 15, 45, 105, 135);

        assertThat(onlyLine(reading).doubts()).containsExactly(new OcrLine.Doubt(2, 0, 0));
    }

    @Test
    void charactersSpreadByJustificationHaveNoneBetween() {
        Reading reading = read("政务服务", 100, 200, 129, 15, 45, 84, 114);

        assertThat(onlyLine(reading).doubts()).isEmpty();
    }

    @Test
    void aFirstCharacterFarIntoItsBoxHasOneUnreadBeforeIt() {
        // The first character's middle 1.5 advances into the box.
        Reading reading = read("政务服务", 100, 200, 150, 45, 75, 105, 135);

        assertThat(onlyLine(reading).doubts()).containsExactly(new OcrLine.Doubt(0, 0, 0));
    }

    @Test
    void aFirstCharacterAnAdvanceIntoItsBoxIsNoDoubt() {
        Reading reading = read("政务服务", 100, 200, 135, 30, 60, 90, 120);

        assertThat(onlyLine(reading).doubts()).isEmpty();
    }

    @Test
    void aLastCharacterFarBeforeItsBoxsEndHasOneUnreadAfterIt() {
        // The box runs 45 pixels (1.5 advances) past the last character's middle.
        Reading reading = read("政务服务", 100, 200, 150, 15, 45, 75, 105);

        assertThat(onlyLine(reading).doubts()).containsExactly(new OcrLine.Doubt(4, 0, 0));
    }

    @Test
    void aLastCharacterAnAdvanceBeforeItsBoxsEndIsNoDoubt() {
        Reading reading = read("政务服务", 100, 200, 140, 15, 45, 75, 105);

        assertThat(onlyLine(reading).doubts()).isEmpty();
    }

    @Test
    void marksAtTheEndsAreNoRoomForACharacter() {
        // Only Chinese characters print an advance apart: a box ending after a mark says nothing.
        // “ 1.5 advances into the box, ” 1.5 advances before its end.
        Reading reading = read("“政务服务”", 100, 200, 240, 45, 75, 105, 135, 165, 195);

        assertThat(onlyLine(reading).doubts()).isEmpty();
    }

    @Test
    void aCharacterReadWithLittleConfidenceIsADoubtOfOneCharacter() {
        float[] confidences = {0.95f, 0.5f, 0.95f, 0.79f, 0.8f};
        Reading reading = read("政务服务厅", 100, 200, 150, confidences, new double[] {15, 45, 75, 105, 135});

        assertThat(onlyLine(reading).doubts())
                .containsExactly(new OcrLine.Doubt(1, 1, 0.5f), new OcrLine.Doubt(3, 1, 0.79f));
    }

    @Test
    void doubtsOfALaterBoxCountFromTheStartOfTheLine() {
        float[] confidences = {0.95f, 0.4f, 0.95f, 0.95f};
        Reading left = read("政务服务", 100, 200);
        Reading right = read("大厅窗口", 400, 200, 120, confidences, new double[] {15, 45, 75, 105});

        OcrLine line = onlyLine(left, right);

        // "政务服务 " comes first: 厅 is at 6.
        assertThat(line.text()).isEqualTo("政务服务 大厅窗口");
        assertThat(line.doubts()).containsExactly(new OcrLine.Doubt(6, 1, 0.4f));
        assertThat(line.text().charAt(line.doubts().get(0).offset())).isEqualTo('厅');
    }

    @Test
    void aShortReadingJudgesRoomByThePagesAdvance() {
        // Two characters give one distance, too few for an advance of their own: the page's, 30, is used.
        Reading wide = read("一二三四五", 100, 100);
        Reading pair = read("政务", 100, 200, 75, 15, 75);

        OcrPage page = LineBuilder.page(List.of(wide, pair), false);

        assertThat(page.lines().get(1).doubts()).containsExactly(new OcrLine.Doubt(1, 0, 0));
    }

    @ParameterizedTest(name = "{0} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            二、，高效 | 0.99,0.95,0.60,0.99,0.99 | 二、高效
            二、，高效 | 0.99,0.50,0.90,0.99,0.99 | 二，高效
            二、、高效 | 0.99,0.90,0.90,0.99,0.99 | 二、高效
            甲、，。乙 | 0.99,0.70,0.90,0.80,0.99 | 甲，乙
            结束。”   | 0.99,0.99,0.60,0.60     | 结束。”
            甲，乙，丙 | 0.99,0.50,0.99,0.50,0.99 | 甲，乙，丙
            """)
    void ofTwoPauseMarksSideBySideTheLessConfidentGoes(String text, String confidences, String kept) {
        String[] figures = confidences.split(",");
        float[] c = new float[figures.length];
        double[] x = new double[figures.length];
        for (int i = 0; i < c.length; i++) {
            c[i] = Float.parseFloat(figures[i]);
            x[i] = 10 * i;
        }
        Reading reading = new Reading(new TextBox(50, 10, 100, 20, 0), text, c, x);

        Reading without = LineBuilder.withoutDoubledPause(reading);

        assertThat(without.text()).isEqualTo(kept);
        assertThat(without.confidences()).hasSize(kept.length());
        assertThat(without.centres()).hasSize(kept.length());
    }

    @Test
    void theDroppedPauseTakesItsConfidenceAndCentreWithIt() {
        Reading reading = new Reading(
                new TextBox(50, 10, 100, 20, 0), "二、，高", new float[] {0.99f, 0.95f, 0.6f, 0.98f}, new double[] {
                    5, 15, 25, 35
                });

        Reading without = LineBuilder.withoutDoubledPause(reading);

        assertThat(without.text()).isEqualTo("二、高");
        assertThat(without.confidences()).containsExactly(0.99f, 0.95f, 0.98f);
        assertThat(without.centres()).containsExactly(5.0, 15.0, 35.0);
    }

    @Test
    void pagesDropDoubledPausesToo() {
        Reading reading = new Reading(
                new TextBox(100, 100, 150, 36, 0),
                "二、，高效",
                new float[] {0.99f, 0.95f, 0.9f, 0.99f, 0.99f},
                new double[] {15, 45, 60, 75, 105});

        assertThat(onlyLine(reading).text()).isEqualTo("二、高效");
    }

    @Test
    void thePagesConfidenceIsTheMeanOverItsCharacters() {
        // Means of 0.9 over two characters and 0.6 over four: 70, where the mean of the means is 75.
        Reading two = read("政务", 100, 100, 60, new float[] {1.0f, 0.8f}, new double[] {15, 45});
        Reading four =
                read("服务大厅", 100, 200, 120, new float[] {0.6f, 0.6f, 0.6f, 0.6f}, new double[] {15, 45, 75, 105});

        OcrPage page = LineBuilder.page(List.of(two, four), false);

        assertThat(page.confidence()).isCloseTo(70, within(1e-4));
        assertThat(page.lines().get(0).confidence()).isCloseTo(90, within(1e-4));
        assertThat(page.lines().get(1).confidence()).isCloseTo(60, within(1e-4));
    }

    @Test
    void aPageOfNothingHasNoConfidence() {
        OcrPage page = LineBuilder.page(List.of(), false);

        assertThat(page.lines()).isEmpty();
        assertThat(page.confidence()).isZero();
    }

    /**
     * Found while writing these tests: a line's confidence is the sum over its characters divided
     * by the length of its text, which counts the spaces put between its runs, so two runs read with
     * full confidence make a line of 8/9 = 89%, not the 100% its characters were read with.
     * {@link OcrLine#confidence()} is documented as the mean confidence in its characters. Nothing
     * in the main code reads a line's confidence yet (pages are judged on {@link OcrPage#confidence()},
     * which is right), so this is latent.
     */
    @Test
    void aLinesConfidenceIsTheMeanOverItsCharactersNotItsSpaces() {
        float[] full = {1f, 1f, 1f, 1f};
        double[] centres = {15, 45, 75, 105};
        Reading left = read("政务服务", 100, 200, 120, full, centres);
        Reading right = read("大厅窗口", 400, 200, 120, full, centres);

        OcrLine line = onlyLine(left, right);

        assertThat(line.text()).isEqualTo("政务服务 大厅窗口");
        assertThat(line.confidence()).isCloseTo(100, within(1e-9));
    }

    @Test
    void theAdvanceIsTheMedianDistanceBetweenNeighbouringChineseCharacters() {
        Reading a = read("政务服务", 0, 0, 120, 15, 45, 75, 105); // 30, 30, 30
        Reading b = read("大a厅窗", 0, 100, 120, 10, 40, 70, 110); // only 厅窗 counts: 40
        Reading c = read("二、三", 0, 200, 120, 10, 30, 60); // none
        Reading d = read("一二", 0, 300, 120, 10, 30); // 20

        // 20, 30, 30, 30, 40: the median, not the least nor the mean.
        assertThat(LineBuilder.advance(List.of(a, b, c, d))).isEqualTo(30);
        assertThat(LineBuilder.advance(List.of(b))).isEqualTo(40);
        assertThat(LineBuilder.advance(List.of(b, d))).isEqualTo(40);
    }

    @Test
    void withoutChineseNeighboursTheAdvanceIsHalfTheBoxesHeight() {
        Reading latin = new Reading(new TextBox(50, 50, 100, 40, 0), "Page 2", new float[6], new double[6]);
        Reading digits = new Reading(new TextBox(50, 150, 100, 20, 0), "12", new float[2], new double[2]);

        assertThat(LineBuilder.advance(List.of(latin, digits))).isEqualTo(15);
        assertThat(LineBuilder.advance(List.of())).isZero();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({"政, true", "〇, true", "、, false", "，, false", "a, false", "1, false", "—, false", "”, false"})
    void chineseCharactersAreThoseOfTheHanScript(char c, boolean chinese) {
        assertThat(LineBuilder.isChinese(c)).isEqualTo(chinese);
    }
}
