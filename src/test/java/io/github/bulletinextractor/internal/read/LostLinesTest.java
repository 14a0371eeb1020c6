package io.github.bulletinextractor.internal.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;

class LostLinesTest {

    private static final int CHAR = 40;
    private static final int LEFT = 100;

    /** A white page with lines of "characters" (black squares with a gap between them) at the given tops. */
    private static BufferedImage page(int... lineTops) {
        BufferedImage page = new BufferedImage(1200, 1000, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = page.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, page.getWidth(), page.getHeight());
        g.setColor(Color.BLACK);
        for (int top : lineTops) {
            for (int x = LEFT; x < LEFT + 20 * CHAR; x += CHAR + 8) {
                g.fillRect(x, top, CHAR, CHAR);
            }
        }
        return page;
    }

    private static TesseractTsv.Line read(int top) {
        return new TesseractTsv.Line("政务服务", LEFT, top - 2, 20 * CHAR, CHAR + 4, CHAR, 90);
    }

    @Test
    void aLineOfInkNoLineReadCoversIsLost() {
        BufferedImage page = page(100, 170, 240, 310);

        List<Rectangle> lost = LostLines.in(page, List.of(read(100), read(170), read(310)));

        assertThat(lost).hasSize(1);
        assertThat(lost.get(0).y).isEqualTo(240);
        assertThat(lost.get(0).height).isEqualTo(CHAR);
        assertThat(lost.get(0).x).isEqualTo(LEFT);
    }

    @Test
    void twoLostLinesInOneGapAreTwoBands() {
        List<Rectangle> lost = LostLines.in(page(100, 170, 240, 310), List.of(read(100), read(310)));

        assertThat(lost).extracting(band -> band.y).containsExactly(170, 240);
    }

    @Test
    void specksRulesAndShortMarksAreNotLines() {
        BufferedImage page = page(100, 400);
        Graphics2D g = page.createGraphics();
        g.setColor(Color.BLACK);
        g.fillRect(300, 200, 3, 3); // a speck
        g.fillRect(100, 260, 900, 2); // a rule
        g.fillRect(500, 320, CHAR, CHAR); // one character alone: a stray mark or a lone page number digit

        assertThat(LostLines.in(page, List.of(read(100), read(400)))).isEmpty();
    }

    @Test
    void nothingIsLostOnAPageWhereNothingWasRead() {
        assertThat(LostLines.in(page(100), List.of())).isEmpty();
    }
}
