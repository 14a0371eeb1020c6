package io.github.bulletinextractor.internal.ocr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextRegionsTest {

    private static final int WIDTH = 120;
    private static final int HEIGHT = 80;

    /** Fills the pixels from (left, top) to (right, bottom), both included. */
    private static void fill(float[] map, int left, int top, int right, int bottom, float value) {
        for (int y = top; y <= bottom; y++) {
            for (int x = left; x <= right; x++) {
                map[y * WIDTH + x] = value;
            }
        }
    }

    /** The box the unclip rule makes of a core: grown on every side by its area × 1.5 over its perimeter. */
    private static TextBox unclipped(TextBox core) {
        double distance = core.width() * core.height() * 1.5 / (2 * (core.width() + core.height()));
        return new TextBox(
                core.centreX(),
                core.centreY(),
                core.width() + 2 * distance,
                core.height() + 2 * distance,
                core.angle());
    }

    private static void assertBox(TextBox actual, TextBox expected) {
        assertThat(actual.centreX()).as("centre x").isCloseTo(expected.centreX(), within(1e-6));
        assertThat(actual.centreY()).as("centre y").isCloseTo(expected.centreY(), within(1e-6));
        assertThat(actual.width()).as("width").isCloseTo(expected.width(), within(1e-6));
        assertThat(actual.height()).as("height").isCloseTo(expected.height(), within(1e-6));
        assertThat(actual.angle()).as("angle").isCloseTo(expected.angle(), within(1e-9));
    }

    @Test
    void twoSeparateRegionsGiveTwoBoxesGrownByTheUnclipRule() {
        float[] map = new float[WIDTH * HEIGHT];
        fill(map, 10, 10, 49, 19, 0.9f); // pixels 10..49: a core 39 wide between pixel centres
        fill(map, 60, 40, 99, 55, 0.9f);

        List<TextBox> boxes = TextRegions.boxes(map, WIDTH, HEIGHT, 1);

        assertThat(boxes).hasSize(2);
        // Found in the order of their top rows.
        assertBox(boxes.get(0), unclipped(new TextBox(29.5, 14.5, 39, 9, 0)));
        assertBox(boxes.get(1), unclipped(new TextBox(79.5, 47.5, 39, 15, 0)));
        // The figures themselves, lest the helper copy a mistake: 39 × 9 × 1.5 / 96 = 5.484375.
        assertThat(boxes.get(0).width()).isCloseTo(39 + 2 * 5.484375, within(1e-9));
        assertThat(boxes.get(0).height()).isCloseTo(9 + 2 * 5.484375, within(1e-9));
    }

    @Test
    void boxesAreScaledToThePageImage() {
        float[] map = new float[WIDTH * HEIGHT];
        fill(map, 10, 10, 49, 19, 0.9f);

        TextBox once = TextRegions.boxes(map, WIDTH, HEIGHT, 1).get(0);
        TextBox scaled = TextRegions.boxes(map, WIDTH, HEIGHT, 2.5).get(0);

        assertBox(scaled, once.scaled(2.5));
        assertThat(scaled.centreX()).isCloseTo(29.5 * 2.5, within(1e-9));
    }

    @Test
    void aRegionOfLowMeanLikelihoodIsNoise() {
        // Above the threshold, so a region, but its mean is under MIN_BOX_SCORE.
        assertThat(0.35f).isGreaterThan(TextRegions.THRESHOLD).isLessThan(TextRegions.MIN_BOX_SCORE);
        float[] map = new float[WIDTH * HEIGHT];
        fill(map, 10, 10, 49, 19, 0.35f);
        fill(map, 60, 40, 99, 55, 0.9f);

        List<TextBox> boxes = TextRegions.boxes(map, WIDTH, HEIGHT, 1);

        assertThat(boxes).singleElement().satisfies(b -> assertThat(b.centreY()).isCloseTo(47.5, within(1e-9)));
    }

    @Test
    void theScoreIsTheMeanInsideTheRegionsRectangle() {
        // One region, half of it at 0.95 and half at 0.35: a mean of 0.65 keeps it, one of 0.575 does not.
        float[] kept = new float[WIDTH * HEIGHT];
        fill(kept, 10, 10, 29, 19, 0.95f);
        fill(kept, 30, 10, 49, 19, 0.35f);
        float[] dropped = new float[WIDTH * HEIGHT];
        fill(dropped, 10, 10, 29, 19, 0.8f);
        fill(dropped, 30, 10, 49, 19, 0.35f);

        assertThat(TextRegions.boxes(kept, WIDTH, HEIGHT, 1)).hasSize(1);
        assertThat(TextRegions.boxes(dropped, WIDTH, HEIGHT, 1)).isEmpty();
    }

    @Test
    void specksAndThinStreaksAreDropped() {
        float[] map = new float[WIDTH * HEIGHT];
        map[30 * WIDTH + 30] = 1f; // one pixel
        fill(map, 50, 50, 52, 52, 1f); // 3 × 3: a core 2 across
        fill(map, 10, 70, 100, 70, 1f); // one row: a core of no height

        assertThat(TextRegions.boxes(map, WIDTH, HEIGHT, 1)).isEmpty();
    }

    @Test
    void aRegionThreePixelsAcrossIsAStreakHoweverLong() {
        // Pixels 50..52 make a core 2 across: narrower than 3, though grown it would be wide enough.
        float[] map = new float[WIDTH * HEIGHT];
        fill(map, 10, 50, 100, 52, 1f);

        assertThat(TextRegions.boxes(map, WIDTH, HEIGHT, 1)).isEmpty();
    }

    @Test
    void theSmallestRegionKeptIsFourPixelsEachWay() {
        float[] map = new float[WIDTH * HEIGHT];
        fill(map, 50, 50, 53, 53, 1f);

        assertThat(TextRegions.boxes(map, WIDTH, HEIGHT, 1)).hasSize(1);
    }

    @Test
    void aMapOfNothingHasNoBoxes() {
        assertThat(TextRegions.boxes(new float[WIDTH * HEIGHT], WIDTH, HEIGHT, 1))
                .isEmpty();
    }

    @Test
    void aMapAtTheThresholdHasNoBoxes() {
        // A pixel must be more likely than the threshold to be text.
        float[] map = new float[WIDTH * HEIGHT];
        java.util.Arrays.fill(map, TextRegions.THRESHOLD);

        assertThat(TextRegions.boxes(map, WIDTH, HEIGHT, 1)).isEmpty();
    }

    @Test
    void pixelsAtTheThresholdDoNotJoinARegion() {
        // A rim of pixels exactly at the threshold round a region leaves its box as it is.
        float[] plain = new float[WIDTH * HEIGHT];
        fill(plain, 10, 10, 49, 19, 0.9f);
        float[] rimmed = new float[WIDTH * HEIGHT];
        fill(rimmed, 8, 8, 51, 21, TextRegions.THRESHOLD);
        fill(rimmed, 10, 10, 49, 19, 0.9f);

        assertThat(TextRegions.boxes(rimmed, WIDTH, HEIGHT, 1)).isEqualTo(TextRegions.boxes(plain, WIDTH, HEIGHT, 1));
    }

    @Test
    void regionsTouchingAtACornerAreOne() {
        // Pixels are joined to all eight neighbours: two blocks a column apart, and one pixel below the
        // gap touching each only at a corner, make one region, not two boxes and a speck.
        float[] map = new float[WIDTH * HEIGHT];
        fill(map, 10, 10, 49, 29, 0.9f);
        fill(map, 51, 10, 89, 29, 0.9f);
        map[30 * WIDTH + 50] = 0.9f;

        assertThat(TextRegions.boxes(map, WIDTH, HEIGHT, 1)).hasSize(1);
    }

    @Test
    void aRegionFillingTheMapIsOneBox() {
        // Far more pixels than the search's first stack holds, and touching every edge.
        float[] map = new float[WIDTH * HEIGHT];
        java.util.Arrays.fill(map, 0.9f);

        List<TextBox> boxes = TextRegions.boxes(map, WIDTH, HEIGHT, 1);

        assertThat(boxes).singleElement().satisfies(b -> assertBox(b, unclipped(new TextBox(59.5, 39.5, 119, 79, 0))));
    }

    @Test
    void aSlantedRegionGivesASlantedBox() {
        // A core 80 × 12 at 5°, drawn pixel by pixel.
        double angle = Math.toRadians(5);
        float[] map = new float[WIDTH * HEIGHT];
        for (int y = 0; y < HEIGHT; y++) {
            for (int x = 0; x < WIDTH; x++) {
                double dx = x - 60;
                double dy = y - 40;
                double along = dx * Math.cos(angle) + dy * Math.sin(angle);
                double across = -dx * Math.sin(angle) + dy * Math.cos(angle);
                if (Math.abs(along) <= 40 && Math.abs(across) <= 6) {
                    map[y * WIDTH + x] = 0.9f;
                }
            }
        }

        List<TextBox> boxes = TextRegions.boxes(map, WIDTH, HEIGHT, 1);

        assertThat(boxes).hasSize(1);
        TextBox box = boxes.get(0);
        assertThat(Math.toDegrees(box.angle())).isCloseTo(5, within(1.0));
        assertThat(box.centreX()).isCloseTo(60, within(1.0));
        assertThat(box.centreY()).isCloseTo(40, within(1.0));
        assertThat(box.width()).isGreaterThan(box.height());
    }
}
