package io.github.bulletinextractor.internal.ocr;

/**
 * What the recogniser read from one text box.
 *
 * @param text        the characters read
 * @param confidences the recogniser's confidence in each character, 0–1
 * @param centres     where each character's middle lies along the box, in pixels from the box's start
 */
record Reading(TextBox box, String text, float[] confidences, double[] centres) {

    double meanConfidence() {
        double sum = 0;
        for (float c : confidences) {
            sum += c;
        }
        return confidences.length == 0 ? 0 : sum / confidences.length;
    }

    /** Where the middle of character {@code i} lies on the page, left to right. */
    double pageX(int i) {
        return box.originX() + centres[i] * Math.cos(box.angle());
    }
}
