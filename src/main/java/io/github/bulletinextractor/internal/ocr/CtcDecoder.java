package io.github.bulletinextractor.internal.ocr;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.FloatBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns the recogniser's output, a distribution over its alphabet for each step along the line,
 * into characters (greedy CTC decoding): the likeliest symbol at each step, repeats of the same
 * symbol merged and the blank symbol dropped. Class 0 is the blank, then the dictionary's
 * characters in order, then the space.
 */
final class CtcDecoder {

    private final String[] symbols;

    CtcDecoder(List<String> dictionary) {
        symbols = new String[dictionary.size() + 2];
        symbols[0] = "";
        for (int i = 0; i < dictionary.size(); i++) {
            symbols[i + 1] = dictionary.get(i);
        }
        symbols[symbols.length - 1] = " ";
    }

    /** The dictionary, one character a line, as PaddleOCR writes it. */
    static List<String> dictionary(InputStream in) throws IOException {
        List<String> characters = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                characters.add(line);
            }
        }
        return characters;
    }

    int classes() {
        return symbols.length;
    }

    /**
     * @param output    the recogniser's output for a batch, {@code [items, steps, classes]}
     * @param item      which item of the batch
     * @param steps     steps per item
     * @param stepWidth how many pixels of the box a step covers
     */
    Reading decode(FloatBuffer output, int item, int steps, double stepWidth, TextBox box) {
        int classes = symbols.length;
        StringBuilder text = new StringBuilder();
        List<Float> confidences = new ArrayList<>();
        List<Double> centres = new ArrayList<>();
        int previous = 0;
        int base = item * steps * classes;
        for (int t = 0; t < steps; t++) {
            int best = 0;
            float bestScore = -1;
            int row = base + t * classes;
            for (int c = 0; c < classes; c++) {
                float score = output.get(row + c);
                if (score > bestScore) {
                    bestScore = score;
                    best = c;
                }
            }
            if (best != 0 && best != previous) {
                text.append(symbols[best]);
                // One entry per UTF-16 unit, so that they line up with the text (the dictionary has 𣇉).
                for (int unit = 0; unit < symbols[best].length(); unit++) {
                    confidences.add(bestScore);
                    centres.add((t + 0.5) * stepWidth);
                }
            }
            previous = best;
        }
        float[] c = new float[confidences.size()];
        double[] x = new double[centres.size()];
        for (int i = 0; i < c.length; i++) {
            c[i] = confidences.get(i);
            x[i] = centres.get(i);
        }
        return new Reading(box, text.toString(), c, x);
    }
}
