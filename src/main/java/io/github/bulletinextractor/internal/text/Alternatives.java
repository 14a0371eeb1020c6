package io.github.bulletinextractor.internal.text;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The characters a list of words such as {@code 厅长|局长|主任} can start or end with. Patterns built
 * from such a list are tried only where one of these characters stands, and deriving them from
 * the list keeps the two from drifting apart when a word is added.
 */
public final class Alternatives {

    private Alternatives() {}

    /** The first characters of the words of {@code alternation} ({@code |} between words), each once. */
    public static String firstCharacters(String alternation) {
        return Arrays.stream(alternation.split("\\|"))
                .map(word -> word.substring(0, 1))
                .distinct()
                .collect(Collectors.joining());
    }

    /** The last characters of the words of {@code alternation}, each once. */
    public static String lastCharacters(String alternation) {
        return Arrays.stream(alternation.split("\\|"))
                .map(word -> word.substring(word.length() - 1))
                .distinct()
                .collect(Collectors.joining());
    }

    /** A lookahead for the first characters of {@code alternation}, to put before it in a pattern that is searched for. */
    public static String lookahead(String alternation) {
        return "(?=[" + firstCharacters(alternation) + "])";
    }
}
