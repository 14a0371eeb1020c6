package io.github.bulletinextractor.internal.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

class SpecksTest {

    private static BufferedImage white(int width, int height) {
        BufferedImage page = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = page.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.dispose();
        return page;
    }

    private static int grey(BufferedImage image, int x, int y) {
        return image.getRaster().getSample(x, y, 0);
    }

    @Test
    void dotsOfAPixelOrTwoGoAndPrintStays() {
        BufferedImage page = white(200, 100);
        Graphics2D g = page.createGraphics();
        g.setColor(Color.BLACK);
        g.fillRect(10, 10, 1, 1); // dust
        g.fillRect(30, 10, 2, 1); // a speck of two pixels
        g.fillRect(0, 99, 1, 1); // in a corner
        g.fillRect(50, 10, 4, 4); // a full stop at 150 dpi
        g.fillRect(80, 10, 40, 2); // a stroke
        g.setColor(new Color(170, 170, 170));
        g.fillRect(150, 10, 2, 2); // a dot JPEG smeared grey, still darker than paper
        g.dispose();

        BufferedImage clean = Specks.removed(page, 150);

        assertThat(grey(clean, 10, 10)).isEqualTo(255);
        assertThat(grey(clean, 30, 10)).isEqualTo(255);
        assertThat(grey(clean, 31, 10)).isEqualTo(255);
        assertThat(grey(clean, 0, 99)).isEqualTo(255);
        assertThat(grey(clean, 51, 11)).isZero();
        assertThat(grey(clean, 100, 11)).isZero();
        assertThat(grey(clean, 151, 11)).isEqualTo(255);
        assertThat(grey(page, 10, 10)).as("the page itself is left as it was").isZero();
    }

    @Test
    void aSpeckGrowsWithTheResolution() {
        BufferedImage page = white(100, 100);
        Graphics2D g = page.createGraphics();
        g.setColor(Color.BLACK);
        g.fillRect(10, 10, 3, 3); // nine pixels: a speck at 300 dpi (a full stop there covers eighty or more)
        g.dispose();

        assertThat(grey(Specks.removed(page, 150), 10, 10)).isZero();
        assertThat(grey(Specks.removed(page, 300), 10, 10)).isEqualTo(255);
    }

    @Test
    void aDotOfInkJoinedByGreyToAStrokeIsPartOfTheStroke() {
        BufferedImage page = white(60, 30);
        Graphics2D g = page.createGraphics();
        g.setColor(new Color(150, 150, 150));
        g.fillRect(10, 10, 30, 1); // a thin stroke, grey at a low resolution
        g.setColor(Color.BLACK);
        g.fillRect(20, 10, 1, 1); // where it is dark enough to be ink
        g.dispose();

        assertThat(grey(Specks.removed(page, 150), 20, 10)).isZero();
    }

    @Test
    void aDotBesideInkMayBePrintAndStays() {
        BufferedImage page = white(60, 30);
        Graphics2D g = page.createGraphics();
        g.setColor(Color.BLACK);
        g.fillRect(10, 10, 20, 3); // a stroke
        g.fillRect(33, 8, 1, 1); // a dot three pixels from it: the dot of a character, or too close to tell
        g.dispose();

        assertThat(grey(Specks.removed(page, 150), 33, 8)).isZero();
    }

    @Test
    void patchesTouchingOnlyAtACornerAreOnePatch() {
        BufferedImage page = white(50, 50);
        Graphics2D g = page.createGraphics();
        g.setColor(Color.BLACK);
        for (int i = 0; i < 8; i++) {
            g.fillRect(10 + i, 10 + i, 1, 1); // a thin diagonal stroke, pixels meeting at corners
        }
        g.dispose();

        assertThat(grey(Specks.removed(page, 150), 12, 12)).isZero();
    }
}
