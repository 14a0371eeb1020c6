package io.github.bulletinextractor.internal.read;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.util.Arrays;
import java.util.BitSet;

/**
 * Removes specks from a scanned page before OCR: dust and sensor noise leave dots of a pixel or
 * two that Tesseract reads as marks (。二、 for 二、, 表扬。人公 for 表扬。) or even as lines of
 * their own, and a mark before a section number hides the number. A speck is a patch of ink
 * smaller than the smallest printed mark, a full stop, at the page's resolution.
 */
final class Specks {

    /**
     * Darker than this is not bare paper. Specks are measured as everything not paper: JPEG smears a
     * dot of dust into a grey patch (167 beside 五、 on one page) that Tesseract's own threshold
     * still takes for ink and reads as a mark.
     */
    private static final int PAPER = 200;
    /**
     * The largest speck, in pixels at 150 dpi. A full stop in body type covers twenty or more, a
     * dot of dust after JPEG one to four.
     */
    private static final double MAX_AREA_AT_150_DPI = 6;
    /**
     * A speck stands at least this far (inches) from any other ink. Closer, it may be part of the
     * print: the dots of 六 or 汉 in light 仿宋 at 150 dpi are patches of two or three pixels, and
     * taking them away turned 大 into 天. Three points: between lines and in the margins, where
     * specks read as marks do harm, but not within a character.
     */
    private static final double ISOLATION = 3 / 72.0;
    private static final int WHITE = 255;

    private Specks() {
    }

    /**
     * A copy of the page, 8-bit greyscale, without its specks.
     *
     * @param dpi the page's resolution, which sets how large a speck can be
     */
    static BufferedImage removed(BufferedImage page, int dpi) {
        BufferedImage grey = Ocr.enlarged(page, 1);
        byte[] pixels = ((DataBufferByte) grey.getRaster().getDataBuffer()).getData();
        int width = grey.getWidth();
        int maxArea = (int) Math.max(1, Math.round(MAX_AREA_AT_150_DPI * dpi * dpi / (150.0 * 150.0)));
        int isolation = (int) Math.round(ISOLATION * dpi);
        // Each patch is followed from its first pixel; one larger than a speck is left as it
        // is, and marked as seen so that it is not followed again from another of its pixels.
        BitSet seen = new BitSet(pixels.length);
        int[] patch = new int[maxArea + 1];
        int[] stack = new int[1024];
        for (int start = 0; start < pixels.length; start++) {
            if ((pixels[start] & 0xff) >= PAPER || seen.get(start)) {
                continue;
            }
            int size = 0;
            int top = 0;
            stack[top++] = start;
            seen.set(start);
            while (top > 0) {
                int at = stack[--top];
                if (size <= maxArea) {
                    patch[size] = at;
                }
                size++;
                int x = at % width;
                for (int dy = -width; dy <= width; dy += width) {
                    for (int dx = -1; dx <= 1; dx++) {
                        int next = at + dy + dx;
                        if (next >= 0 && next < pixels.length && x + dx >= 0 && x + dx < width
                                && (pixels[next] & 0xff) < PAPER && !seen.get(next)) {
                            seen.set(next);
                            if (top == stack.length) {
                                stack = Arrays.copyOf(stack, 2 * top);
                            }
                            stack[top++] = next;
                        }
                    }
                }
            }
            if (size <= maxArea && isolated(pixels, width, patch, size, isolation)) {
                for (int i = 0; i < size; i++) {
                    pixels[patch[i]] = (byte) WHITE;
                }
            }
        }
        return grey;
    }

    /** Whether nothing but paper lies within {@code distance} pixels of the patch. */
    private static boolean isolated(byte[] pixels, int width, int[] patch, int size, int distance) {
        int height = pixels.length / width;
        int left = width;
        int right = 0;
        int top = height;
        int bottom = 0;
        for (int i = 0; i < size; i++) {
            left = Math.min(left, patch[i] % width);
            right = Math.max(right, patch[i] % width);
            top = Math.min(top, patch[i] / width);
            bottom = Math.max(bottom, patch[i] / width);
        }
        for (int y = Math.max(0, top - distance); y <= Math.min(height - 1, bottom + distance); y++) {
            for (int x = Math.max(0, left - distance); x <= Math.min(width - 1, right + distance); x++) {
                int at = y * width + x;
                if ((pixels[at] & 0xff) < PAPER && !contains(patch, size, at)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean contains(int[] patch, int size, int pixel) {
        for (int i = 0; i < size; i++) {
            if (patch[i] == pixel) {
                return true;
            }
        }
        return false;
    }
}
