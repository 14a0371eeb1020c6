package io.github.bulletinextractor.internal.ocr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.FloatBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class CtcDecoderTest {

    /** Class 0 the blank, 1–3 a, b, c, 4 the space. */
    private final CtcDecoder decoder = new CtcDecoder(List.of("a", "b", "c"));

    private static final int BLANK = 0;
    private static final int A = 1;
    private static final int B = 2;
    private static final int C = 3;
    private static final int SPACE = 4;
    private static final TextBox BOX = new TextBox(50, 10, 100, 20, 0);

    /**
     * The recogniser's output for one item: at each step the class given, with the probability given,
     * and the rest shared among the other classes.
     */
    private static FloatBuffer output(int classes, int[] best, float[] probability) {
        FloatBuffer out = FloatBuffer.allocate(best.length * classes);
        for (int t = 0; t < best.length; t++) {
            for (int c = 0; c < classes; c++) {
                out.put(t * classes + c, c == best[t] ? probability[t] : (1 - probability[t]) / (classes - 1));
            }
        }
        return out;
    }

    private FloatBuffer output(int... best) {
        float[] p = new float[best.length];
        java.util.Arrays.fill(p, 0.9f);
        return output(decoder.classes(), best, p);
    }

    private Reading decode(FloatBuffer output, double stepWidth) {
        return decoder.decode(output, 0, output.capacity() / decoder.classes(), stepWidth, BOX);
    }

    @Test
    void classesAreTheDictionaryWithTheBlankAndTheSpace() {
        assertThat(decoder.classes()).isEqualTo(5);
    }

    @Test
    void repeatsMergeAndBlanksGo() {
        assertThat(decode(output(A, A, A, B, B, C), 1).text()).isEqualTo("abc");
        assertThat(decode(output(BLANK, A, BLANK, BLANK, B, BLANK), 1).text()).isEqualTo("ab");
    }

    @Test
    void aBlankBetweenTwoOfTheSameSymbolKeepsBoth() {
        assertThat(decode(output(A, BLANK, A), 1).text()).isEqualTo("aa");
        assertThat(decode(output(A, A, BLANK, BLANK, A, A), 1).text()).isEqualTo("aa");
    }

    @Test
    void theLastClassIsASpace() {
        assertThat(decode(output(A, SPACE, SPACE, B), 1).text()).isEqualTo("a b");
    }

    @Test
    void nothingButBlanksReadsNothing() {
        Reading reading = decode(output(BLANK, BLANK, BLANK), 1);

        assertThat(reading.text()).isEmpty();
        assertThat(reading.confidences()).isEmpty();
        assertThat(reading.centres()).isEmpty();
    }

    @Test
    void eachCharacterHasItsStepsProbabilityAsConfidence() {
        Reading reading = decode(output(5, new int[] {A, BLANK, B, C}, new float[] {0.97f, 0.6f, 0.55f, 0.81f}), 1);

        assertThat(reading.text()).isEqualTo("abc");
        assertThat(reading.confidences()).containsExactly(0.97f, 0.55f, 0.81f);
        assertThat(reading.meanConfidence()).isCloseTo((0.97 + 0.55 + 0.81) / 3, within(1e-6));
    }

    @Test
    void theLikeliestClassWinsEvenWhenUnlikely() {
        // 0.3 on b and 0.7 shared by four others: b is still the likeliest.
        Reading reading = decode(output(5, new int[] {B}, new float[] {0.3f}), 1);

        assertThat(reading.text()).isEqualTo("b");
        assertThat(reading.confidences()).containsExactly(0.3f);
    }

    @Test
    void centresLieInTheMiddleOfTheirStepInPixelsOfTheBox() {
        // a at step 1, b at step 3, c at steps 5–6 (from its first step), each step 4 pixels.
        Reading reading = decode(output(BLANK, A, BLANK, B, BLANK, C, C), 4);

        assertThat(reading.text()).isEqualTo("abc");
        assertThat(reading.centres()).containsExactly(6.0, 14.0, 22.0);
        assertThat(reading.box()).isEqualTo(BOX);
    }

    @Test
    void eachItemOfABatchIsReadFromItsOwnSteps() {
        int classes = decoder.classes();
        FloatBuffer first = output(A, A, B);
        FloatBuffer second = output(C, BLANK, C);
        FloatBuffer batch = FloatBuffer.allocate(2 * 3 * classes);
        batch.put(first).put(second).flip();

        assertThat(decoder.decode(batch, 0, 3, 1, BOX).text()).isEqualTo("ab");
        assertThat(decoder.decode(batch, 1, 3, 1, BOX).text()).isEqualTo("cc");
    }

    @Test
    void aCharacterOutsideTheBasicPlaneHasAnEntryPerUtf16Unit() {
        // The dictionary has 𣇉, two UTF-16 units: confidences and centres line up with text.length().
        CtcDecoder wide = new CtcDecoder(List.of("郑", "𣇉", "c"));
        FloatBuffer out = output(5, new int[] {1, 2, 3}, new float[] {0.9f, 0.7f, 0.8f});

        Reading reading = wide.decode(out, 0, 3, 10, BOX);

        assertThat(reading.text()).isEqualTo("郑𣇉c").hasSize(4);
        assertThat(reading.confidences()).containsExactly(0.9f, 0.7f, 0.7f, 0.8f);
        assertThat(reading.centres()).containsExactly(5.0, 15.0, 15.0, 25.0);
    }

    @Test
    void theDictionaryIsOneCharacterALine() throws IOException {
        InputStream in = new ByteArrayInputStream("郑\n𣇉\nc".getBytes(StandardCharsets.UTF_8));

        assertThat(CtcDecoder.dictionary(in)).containsExactly("郑", "𣇉", "c");
    }

    @Test
    void theModelsDictionaryGivesTheRecognisersClasses() throws IOException {
        // PP-OCRv4's recogniser has 6,625 outputs: 6,623 characters, the blank and the space.
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(PaddleOcr.DICTIONARY)) {
            assertThat(in).isNotNull();
            List<String> dictionary = CtcDecoder.dictionary(in);

            assertThat(new CtcDecoder(dictionary).classes()).isEqualTo(6625);
            assertThat(dictionary).contains("𣇉", "政", "务");
        }
    }
}
