package io.github.bulletinextractor.internal.ocr;

import java.util.Arrays;
import java.util.OptionalDouble;

/**
 * What the recogniser read from one text box.
 *
 * @param text        the characters read
 * @param confidences the recogniser's confidence in each character (each UTF-16 unit of the text), 0–1
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

    /** The median distance between neighbouring Chinese characters, where there are two such pairs. */
    OptionalDouble advance() {
        double[] advances = new double[text.length()];
        int n = 0;
        for (int i = 1; i < text.length(); i++) {
            if (LineBuilder.isChinese(text.charAt(i - 1)) && LineBuilder.isChinese(text.charAt(i))) {
                advances[n++] = centres[i] - centres[i - 1];
            }
        }
        if (n < 2) {
            return OptionalDouble.empty();
        }
        Arrays.sort(advances, 0, n);
        return OptionalDouble.of(advances[n / 2]);
    }

    /** This reading without character {@code i}. */
    Reading without(int i) {
        float[] c = new float[confidences.length - 1];
        double[] x = new double[centres.length - 1];
        System.arraycopy(confidences, 0, c, 0, i);
        System.arraycopy(confidences, i + 1, c, i, c.length - i);
        System.arraycopy(centres, 0, x, 0, i);
        System.arraycopy(centres, i + 1, x, i, x.length - i);
        return new Reading(box, text.substring(0, i) + text.substring(i + 1), c, x);
    }
}
