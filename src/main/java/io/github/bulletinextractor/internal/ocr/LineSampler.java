package io.github.bulletinextractor.internal.ocr;

import java.awt.image.BufferedImage;

/**
 * Cuts text boxes out of a greyscale page straight into the models' input tensors: each box,
 * at its angle, resampled (bilinear) to the models' line height, its pixels scaled to -1…1 and
 * repeated in the three colour planes, in a tensor row of a given width whose rest stays 0.
 */
final class LineSampler {

    private final byte[] pixels;
    private final int width;
    private final int height;

    LineSampler(BufferedImage grey) {
        this.width = grey.getWidth();
        this.height = grey.getHeight();
        this.pixels = new byte[width * height];
        grey.getRaster().getDataElements(0, 0, width, height, pixels);
    }

    int width() {
        return width;
    }

    int height() {
        return height;
    }

    /** How wide the box comes out at {@code lineHeight}, at most {@code maxWidth}. */
    static int sampledWidth(TextBox box, int lineHeight, int maxWidth) {
        return Math.max(1, Math.min(maxWidth, (int) Math.ceil(lineHeight * box.width() / box.height())));
    }

    /**
     * Writes the box into item {@code item} of an {@code [n, 3, lineHeight, tensorWidth]} tensor.
     *
     * @param sampledWidth how many columns the box is spread over; the rest of the row is padding
     */
    void sample(TextBox box, float[] tensor, int item, int lineHeight, int tensorWidth, int sampledWidth) {
        double cos = Math.cos(box.angle());
        double sin = Math.sin(box.angle());
        double stepX = box.width() / sampledWidth;
        double stepY = box.height() / lineHeight;
        double originX = box.originX();
        double originY = box.originY();
        int plane = lineHeight * tensorWidth;
        int base = item * 3 * plane;
        for (int j = 0; j < lineHeight; j++) {
            double down = (j + 0.5) * stepY;
            for (int i = 0; i < sampledWidth; i++) {
                double along = (i + 0.5) * stepX;
                double x = originX + along * cos - down * sin - 0.5;
                double y = originY + along * sin + down * cos - 0.5;
                float value = (float) (bilinear(x, y) / 127.5 - 1);
                int at = base + j * tensorWidth + i;
                tensor[at] = value;
                tensor[at + plane] = value;
                tensor[at + 2 * plane] = value;
            }
        }
    }

    /** The grey level at a point between pixels; the edge pixels stand in for what lies beyond the page. */
    private double bilinear(double x, double y) {
        int x0 = (int) Math.floor(x);
        int y0 = (int) Math.floor(y);
        double fx = x - x0;
        double fy = y - y0;
        double top = (1 - fx) * at(x0, y0) + fx * at(x0 + 1, y0);
        double bottom = (1 - fx) * at(x0, y0 + 1) + fx * at(x0 + 1, y0 + 1);
        return (1 - fy) * top + fy * bottom;
    }

    private int at(int x, int y) {
        int cx = Math.max(0, Math.min(width - 1, x));
        int cy = Math.max(0, Math.min(height - 1, y));
        return pixels[cy * width + cx] & 0xff;
    }
}
