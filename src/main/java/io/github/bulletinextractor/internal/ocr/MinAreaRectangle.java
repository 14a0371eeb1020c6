package io.github.bulletinextractor.internal.ocr;

import java.util.Arrays;

/**
 * The smallest rectangle, at any angle, around a set of points: the convex hull (Andrew's monotone
 * chain), then each hull edge tried as a side of the rectangle (one of them is, by Freeman and
 * Shapira's theorem). A text region's points are few once reduced to the ends of its rows.
 */
final class MinAreaRectangle {

    private MinAreaRectangle() {}

    /**
     * @param xs the points' x coordinates
     * @param ys their y coordinates, as many
     * @param n  how many points to take from the arrays
     */
    static TextBox around(int[] xs, int[] ys, int n) {
        long[] points = new long[n];
        for (int i = 0; i < n; i++) {
            points[i] = (long) xs[i] << 32 | (ys[i] & 0xffffffffL);
        }
        Arrays.sort(points); // by x, then y
        int[] hx = new int[2 * n + 1];
        int[] hy = new int[2 * n + 1];
        int k = 0;
        for (int pass = 0; pass < 2; pass++) {
            int start = k;
            for (int j = 0; j < n; j++) {
                long p = points[pass == 0 ? j : n - 1 - j];
                int x = (int) (p >> 32);
                int y = (int) p;
                while (k >= start + 2 && cross(hx[k - 2], hy[k - 2], hx[k - 1], hy[k - 1], x, y) <= 0) {
                    k--;
                }
                hx[k] = x;
                hy[k] = y;
                k++;
            }
            k--; // the last point of each chain is the first of the other
        }
        int hull = Math.max(k, 1);
        if (hull == 1) {
            return new TextBox(hx[0], hy[0], 0, 0, 0);
        }
        if (hull == 2) { // points on one line: a flat box along it
            return upright(
                    (hx[0] + hx[1]) / 2.0,
                    (hy[0] + hy[1]) / 2.0,
                    Math.hypot(hx[1] - hx[0], hy[1] - hy[0]),
                    0,
                    Math.atan2(hy[1] - hy[0], hx[1] - hx[0]));
        }
        TextBox best = null;
        double bestArea = Double.MAX_VALUE;
        for (int i = 0; i < hull; i++) {
            int j = (i + 1) % hull;
            double ex = hx[j] - hx[i];
            double ey = hy[j] - hy[i];
            double length = Math.hypot(ex, ey);
            if (length == 0) {
                continue;
            }
            double ux = ex / length;
            double uy = ey / length;
            double minU = Double.MAX_VALUE;
            double maxU = -Double.MAX_VALUE;
            double minV = Double.MAX_VALUE;
            double maxV = -Double.MAX_VALUE;
            for (int p = 0; p < hull; p++) {
                double u = hx[p] * ux + hy[p] * uy;
                double v = -hx[p] * uy + hy[p] * ux;
                minU = Math.min(minU, u);
                maxU = Math.max(maxU, u);
                minV = Math.min(minV, v);
                maxV = Math.max(maxV, v);
            }
            double area = (maxU - minU) * (maxV - minV);
            if (area < bestArea) {
                bestArea = area;
                double cu = (minU + maxU) / 2;
                double cv = (minV + maxV) / 2;
                best = upright(cu * ux - cv * uy, cu * uy + cv * ux, maxU - minU, maxV - minV, Math.atan2(uy, ux));
            }
        }
        return best;
    }

    private static long cross(int ox, int oy, int ax, int ay, int bx, int by) {
        return (long) (ax - ox) * (by - oy) - (long) (ay - oy) * (bx - ox);
    }

    /** The rectangle described with its angle between -45° and 45°, swapping its sides where needed. */
    static TextBox upright(double cx, double cy, double along, double across, double angle) {
        double a = angle;
        double w = along;
        double h = across;
        while (a > Math.PI / 4) {
            a -= Math.PI / 2;
            double t = w;
            w = h;
            h = t;
        }
        while (a <= -Math.PI / 4) {
            a += Math.PI / 2;
            double t = w;
            w = h;
            h = t;
        }
        return new TextBox(cx, cy, w, h, a);
    }
}
