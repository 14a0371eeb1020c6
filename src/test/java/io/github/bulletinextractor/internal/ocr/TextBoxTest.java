package io.github.bulletinextractor.internal.ocr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TextBoxTest {

    private static final double A30 = Math.toRadians(30);
    /** 80 along a line descending 30° to the right (y grows down the page), 20 across it. */
    private final TextBox box = new TextBox(100, 50, 80, 20, A30);

    /** The point {@code along} the text and {@code across} it (downwards) from the box's centre. */
    private static double[] point(TextBox box, double along, double across) {
        double cos = Math.cos(box.angle());
        double sin = Math.sin(box.angle());
        return new double[] {box.centreX() + along * cos - across * sin, box.centreY() + along * sin + across * cos};
    }

    private static boolean contains(TextBox box, double along, double across) {
        double[] p = point(box, along, across);
        return box.contains(p[0], p[1]);
    }

    @Test
    void containsWhatLiesWithinItsSidesAtItsAngle() {
        assertThat(contains(box, 0, 0)).isTrue();
        assertThat(contains(box, 39, 0)).isTrue();
        assertThat(contains(box, -39, 9)).isTrue();
        assertThat(contains(box, 39, -9)).isTrue();
        assertThat(contains(box, 41, 0)).isFalse();
        assertThat(contains(box, -41, 0)).isFalse();
        assertThat(contains(box, 0, 11)).isFalse();
        assertThat(contains(box, 0, -11)).isFalse();
    }

    @Test
    void doesNotContainTheCornersOfItsUprightBounds() {
        // Inside left/right/top/bottom, but outside the slanted box itself.
        assertThat(box.contains(box.left() + 1, box.top() + 1)).isFalse();
        assertThat(box.contains(box.right() - 1, box.bottom() - 1)).isFalse();
    }

    /** The upright bounds are those of the four corners, whichever way the box leans. */
    @ParameterizedTest(name = "{0}°")
    @ValueSource(doubles = {0, 30, -30, 45, -44, 10})
    void leftRightTopAndBottomBoundTheCorners(double degrees) {
        TextBox b = new TextBox(100, 50, 80, 20, Math.toRadians(degrees));
        double minX = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (double along : new double[] {-40, 40}) {
            for (double across : new double[] {-10, 10}) {
                double[] p = point(b, along, across);
                minX = Math.min(minX, p[0]);
                maxX = Math.max(maxX, p[0]);
                minY = Math.min(minY, p[1]);
                maxY = Math.max(maxY, p[1]);
            }
        }

        assertThat(b.left()).isCloseTo(minX, within(1e-9));
        assertThat(b.right()).isCloseTo(maxX, within(1e-9));
        assertThat(b.top()).isCloseTo(minY, within(1e-9));
        assertThat(b.bottom()).isCloseTo(maxY, within(1e-9));
    }

    @Test
    void anUprightBoxHasItsPlainBounds() {
        TextBox upright = new TextBox(100, 50, 80, 20, 0);

        assertThat(upright.left()).isEqualTo(60);
        assertThat(upright.right()).isEqualTo(140);
        assertThat(upright.top()).isEqualTo(40);
        assertThat(upright.bottom()).isEqualTo(60);
        assertThat(upright.originX()).isEqualTo(60);
        assertThat(upright.originY()).isEqualTo(40);
    }

    @Test
    void theOriginIsTheCornerWhereTheTextStarts() {
        // Top left as the text reads: back half the width along the line, up half the height across it.
        double[] start = point(box, -40, -10);

        assertThat(box.originX()).isCloseTo(start[0], within(1e-9));
        assertThat(box.originY()).isCloseTo(start[1], within(1e-9));
    }

    @Test
    void grownAddsTheDistanceOnEverySide() {
        TextBox grown = box.grown(5);

        assertThat(grown).isEqualTo(new TextBox(100, 50, 90, 30, A30));
        assertThat(contains(grown, 44, 0)).isTrue();
        assertThat(contains(grown, 0, 14)).isTrue();
    }

    @Test
    void scaledScalesAboutTheImageCorner() {
        assertThat(box.scaled(2)).isEqualTo(new TextBox(200, 100, 160, 40, A30));
    }

    @Test
    void turnedIsTheSameBoxInTheImageTurnedHalfRound() {
        TextBox turned = box.turned(400, 300);

        assertThat(turned).isEqualTo(new TextBox(300, 250, 80, 20, A30));
        // Each point of the box is, turned, a point of the turned box; and a point outside stays outside.
        for (double[] p :
                new double[][] {point(box, 39, 9), point(box, -39, -9), point(box, 20, -5), point(box, 0, 0)}) {
            assertThat(turned.contains(400 - p[0], 300 - p[1]))
                    .as("%s,%s", p[0], p[1])
                    .isTrue();
        }
        double[] outside = point(box, 0, 12);
        assertThat(turned.contains(400 - outside[0], 300 - outside[1])).isFalse();
    }

    @Test
    void turningTwiceGivesTheBoxBack() {
        TextBox back = box.turned(400, 300).turned(400, 300);

        assertThat(back).isEqualTo(box);
    }
}
