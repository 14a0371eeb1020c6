package io.github.bulletinextractor.internal.ocr;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The text boxes in the detector's map of how likely each pixel is to be text (PaddleOCR's DB
 * post-processing): each connected region above {@link #THRESHOLD} is taken in its smallest
 * rectangle, kept if the map's mean inside it is high enough, and grown back to the size of the
 * text, since the detector marks a shrunken core of each line.
 */
final class TextRegions {

    /** A pixel more likely than this to be text belongs to a region. */
    static final float THRESHOLD = 0.3f;
    /** A region whose mean likelihood inside its rectangle is lower is noise. */
    static final float MIN_BOX_SCORE = 0.6f;
    /** How far a core is grown: its area times this, over its perimeter (PaddleOCR's unclip ratio). */
    static final double UNCLIP_RATIO = 1.5;
    /** Regions narrower than this many pixels of the map are specks. */
    private static final double MIN_SIDE = 3;

    private TextRegions() {}

    /**
     * @param map    the likelihoods, row by row
     * @param width  the map's width
     * @param height the map's height
     * @param scale  how many image pixels a map pixel stands for
     */
    static List<TextBox> boxes(float[] map, int width, int height, double scale) {
        List<TextBox> boxes = new ArrayList<>();
        boolean[] seen = new boolean[map.length];
        int[] stack = new int[256];
        // Each row's leftmost and rightmost pixel of a region: its hull is theirs.
        int[] rowLeft = new int[height];
        int[] rowRight = new int[height];
        int[] xs = new int[2 * height];
        int[] ys = new int[2 * height];
        Arrays.fill(rowLeft, Integer.MAX_VALUE);
        Arrays.fill(rowRight, -1);
        for (int start = 0; start < map.length; start++) {
            if (seen[start] || map[start] <= THRESHOLD) {
                continue;
            }
            int top = start / width;
            int bottom = top;
            int size = 0;
            stack[size++] = start;
            seen[start] = true;
            while (size > 0) {
                int at = stack[--size];
                int x = at % width;
                int y = at / width;
                rowLeft[y] = Math.min(rowLeft[y], x);
                rowRight[y] = Math.max(rowRight[y], x);
                bottom = Math.max(bottom, y);
                for (int dy = -1; dy <= 1; dy++) {
                    int ny = y + dy;
                    if (ny < 0 || ny >= height) {
                        continue;
                    }
                    for (int dx = -1; dx <= 1; dx++) {
                        int nx = x + dx;
                        int next = ny * width + nx;
                        if (nx >= 0 && nx < width && !seen[next] && map[next] > THRESHOLD) {
                            seen[next] = true;
                            if (size == stack.length) {
                                stack = Arrays.copyOf(stack, 2 * size);
                            }
                            stack[size++] = next;
                        }
                    }
                }
            }
            int n = 0;
            for (int y = top; y <= bottom; y++) {
                if (rowRight[y] >= 0) {
                    xs[n] = rowLeft[y];
                    ys[n++] = y;
                    xs[n] = rowRight[y];
                    ys[n++] = y;
                    rowLeft[y] = Integer.MAX_VALUE;
                    rowRight[y] = -1;
                }
            }
            TextBox core = MinAreaRectangle.around(xs, ys, n);
            if (Math.min(core.width(), core.height()) < MIN_SIDE
                    || meanInside(map, width, height, core) < MIN_BOX_SCORE) {
                continue;
            }
            double distance = core.width() * core.height() * UNCLIP_RATIO / (2 * (core.width() + core.height()));
            TextBox box = core.grown(distance);
            if (Math.min(box.width(), box.height()) >= MIN_SIDE + 2) {
                // Map pixel centres stand at half a pixel: the box is scaled about the map's corner.
                boxes.add(box.scaled(scale));
            }
        }
        return boxes;
    }

    /** The mean likelihood over the map's pixels inside the box. */
    private static double meanInside(float[] map, int width, int height, TextBox box) {
        int left = Math.max(0, (int) Math.floor(box.left()));
        int right = Math.min(width - 1, (int) Math.ceil(box.right()));
        int top = Math.max(0, (int) Math.floor(box.top()));
        int bottom = Math.min(height - 1, (int) Math.ceil(box.bottom()));
        double sum = 0;
        int count = 0;
        for (int y = top; y <= bottom; y++) {
            for (int x = left; x <= right; x++) {
                if (box.contains(x, y)) {
                    sum += map[y * width + x];
                    count++;
                }
            }
        }
        return count == 0 ? 0 : sum / count;
    }
}
