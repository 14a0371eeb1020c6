package io.github.bulletinextractor.internal.read;

/**
 * The resolution a page was scanned at, from its pixels and the paper they cover. A PDF's page box
 * says how large the paper was, unless the program that made it guessed: an image without a
 * resolution of its own is often placed at 96 dpi, which makes an A4 page 17 inches high, paper no
 * one prints bulletins on. A page box of no plausible paper size is taken for A4, as a page image
 * alone is.
 */
final class ScanResolution {

    /** The long side of A4 paper: a page image without a page box is taken to be A4. */
    private static final double A4_INCHES = 11.69;
    /** Shorter than the long side of A5 (8.27 in): no bulletin is printed smaller. */
    private static final double SMALLEST_INCHES = 7.5;
    /** Longer than the long side of A3 (16.54 in): no bulletin is printed larger. */
    private static final double LARGEST_INCHES = 17.0;

    private ScanResolution() {}

    /** From the pixels along the page's long side and the page box's long side in points. */
    static int of(int longSidePixels, double longSidePoints) {
        double inches = longSidePoints / 72;
        if (inches < SMALLEST_INCHES || inches > LARGEST_INCHES) {
            return ofImage(longSidePixels);
        }
        return (int) Math.round(longSidePixels / inches);
    }

    /** From the pixels along the long side of a page image that has no page box: A4 paper. */
    static int ofImage(int longSidePixels) {
        return (int) Math.round(longSidePixels / A4_INCHES);
    }
}
