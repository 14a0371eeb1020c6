package io.github.bulletinextractor.internal.ocr;

/**
 * A rotated rectangle around a run of text, as the detector finds it: its centre, its extent along
 * the line ({@code width}) and across it ({@code height}), and the angle of the line, in radians
 * from the horizontal, between -45° and 45°. Coordinates are pixels of the page image.
 */
record TextBox(double centreX, double centreY, double width, double height, double angle) {

    /** The corner where the text starts: top left for upright text. */
    double originX() {
        return centreX - width / 2 * Math.cos(angle) + height / 2 * Math.sin(angle);
    }

    double originY() {
        return centreY - width / 2 * Math.sin(angle) - height / 2 * Math.cos(angle);
    }

    double left() {
        return centreX - halfExtentX();
    }

    double right() {
        return centreX + halfExtentX();
    }

    double top() {
        return centreY - halfExtentY();
    }

    double bottom() {
        return centreY + halfExtentY();
    }

    private double halfExtentX() {
        return (width * Math.abs(Math.cos(angle)) + height * Math.abs(Math.sin(angle))) / 2;
    }

    private double halfExtentY() {
        return (width * Math.abs(Math.sin(angle)) + height * Math.abs(Math.cos(angle))) / 2;
    }

    /** Whether the point lies inside the box. */
    boolean contains(double x, double y) {
        double dx = x - centreX;
        double dy = y - centreY;
        double along = dx * Math.cos(angle) + dy * Math.sin(angle);
        double across = -dx * Math.sin(angle) + dy * Math.cos(angle);
        return Math.abs(along) <= width / 2 && Math.abs(across) <= height / 2;
    }

    /** The box grown by {@code distance} on every side. */
    TextBox grown(double distance) {
        return new TextBox(centreX, centreY, width + 2 * distance, height + 2 * distance, angle);
    }

    /** The box in an image {@code scale} times the size of this one's. */
    TextBox scaled(double scale) {
        return new TextBox(centreX * scale, centreY * scale, width * scale, height * scale, angle);
    }

    /** The same box read the other way round: turned by half a turn in an image of the given size. */
    TextBox turned(int imageWidth, int imageHeight) {
        return new TextBox(imageWidth - centreX, imageHeight - centreY, width, height, angle);
    }
}
