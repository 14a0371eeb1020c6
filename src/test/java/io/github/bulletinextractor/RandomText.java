package io.github.bulletinextractor;

import java.util.List;
import java.util.Random;

/**
 * A random text made of given pieces and a random range within it: the input on which a
 * hand-written reader is checked against the regular expression it replaces.
 *
 * @param text the pieces joined
 * @param from where the range starts
 * @param to   where it ends, {@code from <= to <= text.length()}
 */
public record RandomText(String text, int from, int to) {

    /** Up to {@code maxPieces} pieces, each drawn from {@code pieces}. */
    public static RandomText of(Random random, List<String> pieces, int maxPieces) {
        StringBuilder text = new StringBuilder();
        for (int i = random.nextInt(maxPieces + 1); i > 0; i--) {
            text.append(pieces.get(random.nextInt(pieces.size())));
        }
        int from = text.length() == 0 ? 0 : random.nextInt(text.length());
        return new RandomText(text.toString(), from, from + random.nextInt(text.length() - from + 1));
    }

    @Override
    public String toString() {
        return text + " [" + from + ", " + to + ")";
    }
}
