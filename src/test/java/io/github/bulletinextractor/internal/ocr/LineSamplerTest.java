package io.github.bulletinextractor.internal.ocr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LineSamplerTest {

    private static final int LINE_HEIGHT = 12;
    private static final int TENSOR_WIDTH = 40;
    private static final int PLANE = LINE_HEIGHT * TENSOR_WIDTH;

    /** A grey image whose pixels are {@code level(x, y)}. */
    private static BufferedImage image(int width, int height, java.util.function.IntBinaryOperator level) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.getRaster().setSample(x, y, 0, level.applyAsInt(x, y));
            }
        }
        return image;
    }

    private static float at(float[] tensor, int item, int plane, int row, int column) {
        return tensor[item * 3 * PLANE + plane * PLANE + row * TENSOR_WIDTH + column];
    }

    @Test
    void blackIsMinusOneAndWhitePlusOneInAllThreePlanes() {
        // Left half black, right half white; the box spans x 20–180, so its left half is black.
        LineSampler sampler = new LineSampler(image(200, 100, (x, y) -> x < 100 ? 0 : 255));
        TextBox box = new TextBox(100, 50, 160, 60, 0);
        int sampled = LineSampler.sampledWidth(box, LINE_HEIGHT, TENSOR_WIDTH);
        float[] tensor = new float[3 * PLANE];

        sampler.sample(box, tensor, 0, LINE_HEIGHT, TENSOR_WIDTH, sampled);

        assertThat(sampled).isEqualTo(32); // 12 × 160 / 60
        for (int plane = 0; plane < 3; plane++) {
            for (int row = 0; row < LINE_HEIGHT; row++) {
                for (int column = 0; column < TENSOR_WIDTH; column++) {
                    float expected = column < 16 ? -1 : column < 32 ? 1 : 0;
                    assertThat(at(tensor, 0, plane, row, column))
                            .as("plane %d row %d column %d", plane, row, column)
                            .isEqualTo(expected);
                }
            }
        }
    }

    @Test
    void rowsRunDownTheBox() {
        // Top half black, bottom half white: the tensor's top rows are black.
        LineSampler sampler = new LineSampler(image(200, 100, (x, y) -> y < 50 ? 0 : 255));
        float[] tensor = new float[3 * PLANE];

        sampler.sample(new TextBox(100, 50, 160, 60, 0), tensor, 0, LINE_HEIGHT, TENSOR_WIDTH, 32);

        for (int row = 0; row < LINE_HEIGHT; row++) {
            assertThat(at(tensor, 0, 1, row, 10)).as("row %d", row).isEqualTo(row < LINE_HEIGHT / 2 ? -1 : 1);
        }
    }

    @Test
    void aSlantedBoxIsSampledAlongItsAngle() {
        // Black above a line descending 20°, white below: a box along that line, from its top edge
        // to the line, reads all black, and from the line down all white.
        double angle = Math.toRadians(20);
        double slope = Math.tan(angle);
        LineSampler sampler =
                new LineSampler(image(300, 200, (x, y) -> y + 0.5 < 100 + (x + 0.5 - 150) * slope ? 0 : 255));
        double cos = Math.cos(angle);
        double sin = Math.sin(angle);
        // Centres 15 pixels either side of the line, across it; the boxes 30 high.
        TextBox above = new TextBox(150 + 16 * sin, 100 - 16 * cos, 120, 28, angle);
        TextBox below = new TextBox(150 - 16 * sin, 100 + 16 * cos, 120, 28, angle);
        float[] tensor = new float[2 * 3 * PLANE];

        sampler.sample(above, tensor, 0, LINE_HEIGHT, TENSOR_WIDTH, 32);
        sampler.sample(below, tensor, 1, LINE_HEIGHT, TENSOR_WIDTH, 32);

        for (int row = 0; row < LINE_HEIGHT; row++) {
            for (int column = 0; column < 32; column++) {
                assertThat(at(tensor, 0, 0, row, column)).isCloseTo(-1, within(1e-3f));
                assertThat(at(tensor, 1, 0, row, column)).isCloseTo(1, within(1e-3f));
            }
        }
    }

    @ParameterizedTest(name = "grey {0}")
    @ValueSource(ints = {0, 51, 128, 200, 255})
    void greyLevelsAreScaledToMinusOneToOne(int level) {
        LineSampler sampler = new LineSampler(image(50, 20, (x, y) -> level));
        float[] tensor = new float[3 * PLANE];

        sampler.sample(new TextBox(25, 10, 40, 12, 0), tensor, 0, LINE_HEIGHT, TENSOR_WIDTH, TENSOR_WIDTH);

        for (float value : tensor) {
            assertThat(value).isCloseTo((float) (level / 127.5 - 1), within(1e-6f));
        }
    }

    @Test
    void eachItemGoesToItsOwnPlaceInTheBatch() {
        LineSampler sampler = new LineSampler(image(50, 20, (x, y) -> 255));
        float[] tensor = new float[3 * 3 * PLANE];

        sampler.sample(new TextBox(25, 10, 40, 12, 0), tensor, 1, LINE_HEIGHT, TENSOR_WIDTH, TENSOR_WIDTH);

        for (int i = 0; i < tensor.length; i++) {
            boolean secondItem = i >= 3 * PLANE && i < 6 * PLANE;
            assertThat(tensor[i]).as("at %d", i).isEqualTo(secondItem ? 1f : 0f);
        }
    }

    @Test
    void beyondThePageTheEdgePixelsStandIn() {
        // A box hanging off the page's top-left corner, and one wholly off it: no exception, and
        // values of the page's edge.
        LineSampler sampler = new LineSampler(image(30, 20, (x, y) -> 255));
        float[] tensor = new float[2 * 3 * PLANE];

        sampler.sample(new TextBox(0, 0, 40, 12, 0.3), tensor, 0, LINE_HEIGHT, TENSOR_WIDTH, TENSOR_WIDTH);
        sampler.sample(new TextBox(-500, 900, 40, 12, 0), tensor, 1, LINE_HEIGHT, TENSOR_WIDTH, TENSOR_WIDTH);

        for (float value : tensor) {
            assertThat(value).isEqualTo(1f);
        }
    }

    @Test
    void aOnePixelPageCanBeSampled() {
        LineSampler sampler = new LineSampler(image(1, 1, (x, y) -> 0));
        float[] tensor = new float[3 * PLANE];

        sampler.sample(new TextBox(0.5, 0.5, 1, 1, 0), tensor, 0, LINE_HEIGHT, TENSOR_WIDTH, 12);

        assertThat(at(tensor, 0, 2, 11, 11)).isEqualTo(-1f);
        assertThat(at(tensor, 0, 2, 11, 12)).isZero();
        assertThat(sampler.width()).isEqualTo(1);
        assertThat(sampler.height()).isEqualTo(1);
    }

    /** The box's width at the line height, rounded up, between 1 and the most allowed. */
    @ParameterizedTest(name = "{0} x {1} -> {3}")
    @CsvSource({
        "160,   60, 3200, 128",
        "100,   30, 3200, 160",
        "101,   30, 3200, 162", // 161.6 rounded up
        "100.1, 30, 3200, 161", // 160.16 rounded up
        "10000, 30, 3200, 3200",
        "10000, 30, 192,  192",
        "0,     30, 3200, 1",
        "0.2,   30, 3200, 1",
        "50,    0,  3200, 3200", // a box of no height is as wide as allowed, not negative
    })
    void sampledWidthKeepsTheBoxsShapeWithinTheMost(double width, double height, int maxWidth, int sampled) {
        assertThat(LineSampler.sampledWidth(new TextBox(0, 0, width, height, 0), 48, maxWidth))
                .isEqualTo(sampled);
    }
}
