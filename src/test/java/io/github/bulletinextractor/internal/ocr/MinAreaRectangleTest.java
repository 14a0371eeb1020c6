package io.github.bulletinextractor.internal.ocr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MinAreaRectangleTest {

    private static TextBox around(int[][] points) {
        int[] xs = new int[points.length];
        int[] ys = new int[points.length];
        for (int i = 0; i < points.length; i++) {
            xs[i] = points[i][0];
            ys[i] = points[i][1];
        }
        return MinAreaRectangle.around(xs, ys, points.length);
    }

    /** The pixels on the outline of a rectangle at an angle, as a text region's row ends would give them. */
    private static int[][] rotatedOutline(double cx, double cy, double along, double across, double degrees) {
        double a = Math.toRadians(degrees);
        double cos = Math.cos(a);
        double sin = Math.sin(a);
        List<int[]> points = new ArrayList<>();
        for (double u = -along / 2; u <= along / 2; u += 0.5) {
            for (double v : new double[] {-across / 2, across / 2}) {
                points.add(
                        new int[] {(int) Math.round(cx + u * cos - v * sin), (int) Math.round(cy + u * sin + v * cos)});
            }
        }
        for (double v = -across / 2; v <= across / 2; v += 0.5) {
            for (double u : new double[] {-along / 2, along / 2}) {
                points.add(
                        new int[] {(int) Math.round(cx + u * cos - v * sin), (int) Math.round(cy + u * sin + v * cos)});
            }
        }
        return points.toArray(int[][]::new);
    }

    @Test
    void anAxisAlignedRectangleOfPointsIsItsOwnBox() {
        // Corners and a few points on the sides, in no particular order.
        TextBox box =
                around(new int[][] {{110, 50}, {10, 20}, {60, 20}, {10, 50}, {110, 20}, {10, 35}, {60, 50}, {110, 41}});

        assertThat(box.centreX()).isCloseTo(60, within(1e-9));
        assertThat(box.centreY()).isCloseTo(35, within(1e-9));
        assertThat(box.width()).isCloseTo(100, within(1e-9));
        assertThat(box.height()).isCloseTo(30, within(1e-9));
        assertThat(box.angle()).isCloseTo(0, within(1e-9));
    }

    @Test
    void onlyTheHullCounts() {
        // Points inside the rectangle change nothing.
        TextBox box = around(new int[][] {{0, 0}, {40, 0}, {40, 10}, {0, 10}, {20, 5}, {3, 7}, {39, 1}});

        assertThat(box).isEqualTo(around(new int[][] {{0, 0}, {40, 0}, {40, 10}, {0, 10}}));
    }

    /** A line scanned a little askew: the box follows it, its width along the text and its height across. */
    @ParameterizedTest(name = "{0}°")
    @ValueSource(doubles = {3, -10, 0.5, 20, -30})
    void aRotatedRectangleGivesItsAngleWithWidthAlongTheText(double degrees) {
        TextBox box = around(rotatedOutline(300, 200, 240, 40, degrees));

        assertThat(Math.toDegrees(box.angle())).isCloseTo(degrees, within(0.5));
        assertThat(box.width()).isCloseTo(240, within(2.0));
        assertThat(box.height()).isCloseTo(40, within(2.0));
        assertThat(box.centreX()).isCloseTo(300, within(1.0));
        assertThat(box.centreY()).isCloseTo(200, within(1.0));
    }

    @Test
    void aSteepRectangleIsDescribedUprightWithItsSidesSwapped() {
        // A rectangle 240 along 80° is one 240 high at -10°: the angle stays within ±45°.
        TextBox box = around(rotatedOutline(300, 300, 240, 40, 80));

        assertThat(Math.toDegrees(box.angle())).isCloseTo(-10, within(0.5));
        assertThat(box.width()).isCloseTo(40, within(2.0));
        assertThat(box.height()).isCloseTo(240, within(2.0));
    }

    @Test
    void pointsAllOnOneRowMakeAFlatBox() {
        TextBox box = around(new int[][] {{5, 7}, {40, 7}, {15, 7}});

        assertThat(box).isEqualTo(new TextBox(22.5, 7, 35, 0, 0));
    }

    @Test
    void pointsAllInOneColumnMakeAThinBox() {
        TextBox box = around(new int[][] {{9, 30}, {9, 10}, {9, 12}});

        assertThat(box).isEqualTo(new TextBox(9, 20, 0, 20, 0));
    }

    /**
     * Found while writing these tests: points all on one slanted line make a hull of two points,
     * which {@code around} takes in the upright rectangle around them (here 30 × 30 at 0°, area 900)
     * rather than the smallest one, which is flat along the line (42.4 × 0 at 45°), as the class
     * promises. In {@link TextRegions} such a region is a one-pixel diagonal streak, which its
     * mean-likelihood check drops all the same, so nothing is read differently.
     */
    @Test
    void pointsAllOnOneSlantedLineMakeAFlatBoxAlongIt() {
        TextBox box = around(new int[][] {{0, 0}, {10, 10}, {20, 20}, {30, 30}});

        assertThat(box.height()).isCloseTo(0, within(1e-9));
        assertThat(box.width()).isCloseTo(30 * Math.sqrt(2), within(1e-9));
        assertThat(Math.abs(Math.toDegrees(box.angle()))).isCloseTo(45, within(1e-9));
    }

    @Test
    void aSinglePointIsABoxOfNoSize() {
        assertThat(around(new int[][] {{3, 4}})).isEqualTo(new TextBox(3, 4, 0, 0, 0));
    }

    @Test
    void repeatedPointsCountOnce() {
        // A region one pixel wide gives each row's left and right end as the same point.
        TextBox box = around(new int[][] {{4, 4}, {4, 4}, {9, 4}, {9, 4}, {9, 8}, {9, 8}, {4, 8}, {4, 8}});

        assertThat(box).isEqualTo(new TextBox(6.5, 6, 5, 4, 0));
    }

    @Test
    void onlyTheFirstNPointsAreTaken() {
        int[] xs = {0, 10, 10, 0, 500};
        int[] ys = {0, 0, 4, 4, 500};

        assertThat(MinAreaRectangle.around(xs, ys, 4)).isEqualTo(new TextBox(5, 2, 10, 4, 0));
    }

    /** Angles in (-45°, 45°]; each quarter turn taken off swaps the sides. */
    @ParameterizedTest(name = "{0}° {1}x{2} -> {3}° {4}x{5}")
    @CsvSource({
        "0,    100, 20, 0,   100, 20",
        "30,   100, 20, 30,  100, 20",
        "-30,  100, 20, -30, 100, 20",
        "45,   100, 20, 45,  100, 20",
        "-45,  100, 20, 45,  20,  100",
        "60,   100, 20, -30, 20,  100",
        "-60,  100, 20, 30,  20,  100",
        "90,   20,  100, 0,  100, 20",
        "-90,  20,  100, 0,  100, 20",
        "100,  20,  100, 10, 100, 20",
        "180,  100, 20, 0,   100, 20",
        "-170, 100, 20, 10,  100, 20",
    })
    void uprightKeepsTheAngleWithinAQuarterTurn(
            double degrees, double along, double across, double uprightDegrees, double width, double height) {
        TextBox box = MinAreaRectangle.upright(7, 8, along, across, Math.toRadians(degrees));

        assertThat(Math.toDegrees(box.angle())).isCloseTo(uprightDegrees, within(1e-9));
        assertThat(box.width()).isEqualTo(width);
        assertThat(box.height()).isEqualTo(height);
        assertThat(box.centreX()).isEqualTo(7);
        assertThat(box.centreY()).isEqualTo(8);
        assertThat(box.angle()).isGreaterThan(-Math.PI / 4).isLessThanOrEqualTo(Math.PI / 4);
    }
}
