package io.github.bulletinextractor.internal.read;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Finds printed lines Tesseract's page layout passed over. On clean pages it can drop a whole line
 * of body text (记、局长屈洪斌，公安厅…到省 vanished from between two lines it read), and with it a
 * visit or a case count; such a line shows as a band of ink rows that no line Tesseract read covers.
 */
final class LostLines {

    /** Darker than this (0 black – 255 white) is ink. */
    private static final int INK = 128;
    /** A band shorter than this share of the type size is specks or a rule, not a line of characters. */
    private static final double MIN_HEIGHT = 0.6;
    /** A band narrower than this many characters is a speck or a stray mark. */
    private static final double MIN_WIDTH = 2;
    /** Rows of ink this many rows apart or closer belong to one band (strokes of a character leave gaps). */
    private static final int ROW_GAP = 2;

    private LostLines() {
    }

    /**
     * The bands of ink, as boxes around the ink in them, that no line read covers.
     *
     * @param grey  the page, 8-bit greyscale
     * @param lines the lines read from it
     */
    static List<Rectangle> in(BufferedImage grey, List<TesseractTsv.Line> lines) {
        if (lines.isEmpty()) {
            return List.of();
        }
        int[] sizes = lines.stream().mapToInt(TesseractTsv.Line::charSize).sorted().toArray();
        int charSize = sizes[sizes.length / 2];
        int minInk = Math.max(3, charSize / 8);
        boolean[] covered = new boolean[grey.getHeight()];
        for (TesseractTsv.Line line : lines) {
            Arrays.fill(covered, clamp(line.top(), covered.length), clamp(line.top() + line.height(), covered.length), true);
        }
        List<Rectangle> bands = new ArrayList<>();
        byte[] row = new byte[grey.getWidth()];
        Rectangle band = null;
        for (int y = 0; y < grey.getHeight(); y++) {
            if (band != null && y - (band.y + band.height) > ROW_GAP) {
                keepIfLine(band, charSize, bands);
                band = null;
            }
            if (covered[y]) {
                continue;
            }
            grey.getRaster().getDataElements(0, y, grey.getWidth(), 1, row);
            int ink = 0;
            int inkLeft = -1;
            int inkRight = -1;
            for (int x = 0; x < row.length; x++) {
                if ((row[x] & 0xff) < INK) {
                    ink++;
                    inkLeft = inkLeft < 0 ? x : inkLeft;
                    inkRight = x;
                }
            }
            if (ink >= minInk) {
                Rectangle inkRow = new Rectangle(inkLeft, y, inkRight - inkLeft + 1, 1);
                band = band == null ? inkRow : band.union(inkRow);
            }
        }
        if (band != null) {
            keepIfLine(band, charSize, bands);
        }
        return bands;
    }

    /** Keeps a band tall and wide enough to be a line of characters rather than specks or a rule. */
    private static void keepIfLine(Rectangle band, int charSize, List<Rectangle> bands) {
        if (band.height >= MIN_HEIGHT * charSize && band.width >= MIN_WIDTH * charSize) {
            bands.add(band);
        }
    }

    private static int clamp(int y, int height) {
        return Math.max(0, Math.min(height, y));
    }
}
