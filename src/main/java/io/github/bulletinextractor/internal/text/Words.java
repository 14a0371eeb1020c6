package io.github.bulletinextractor.internal.text;

/**
 * A list of literal words such as {@code 共计|累计|合计}, matched at a position the way a regular
 * expression's alternation is: the first word in the list that is there wins. For the short word
 * lists the extractors try at every character of a paragraph, where a matcher per position costs
 * more than the comparison itself.
 */
public final class Words {

    private final String[] words;
    private final CharSet firstCharacters;

    private Words(String alternation) {
        this.words = alternation.split("\\|");
        this.firstCharacters = CharSet.of(Alternatives.firstCharacters(alternation));
    }

    /** The words of {@code alternation}, {@code |} between them, in the order they are tried. */
    public static Words of(String alternation) {
        return new Words(alternation);
    }

    /** The length of the first word that stands at {@code at} and ends by {@code to}, or -1. */
    public int lengthAt(String text, int at, int to) {
        if (at >= to || !firstCharacters.contains(text.charAt(at))) {
            return -1;
        }
        for (String word : words) {
            if (at + word.length() <= to && text.startsWith(word, at)) {
                return word.length();
            }
        }
        return -1;
    }

    /**
     * Where the run of these words that ends exactly at {@code end} starts, at its earliest but not
     * before {@code from}; {@code end} when none ends there. The words need not be read as the
     * alternation's first choice: 提高至 is 提高 and 至, or 提高至.
     */
    public int runEndingAt(String text, int from, int end) {
        boolean[] reachesEnd = new boolean[end - from + 1];
        reachesEnd[end - from] = true;
        int earliest = end;
        for (int at = end - 1; at >= from; at--) {
            if (!firstCharacters.contains(text.charAt(at))) {
                continue;
            }
            for (String word : words) {
                if (at + word.length() <= end && reachesEnd[at + word.length() - from] && text.startsWith(word, at)) {
                    reachesEnd[at - from] = true;
                    earliest = at;
                    break;
                }
            }
        }
        return earliest;
    }
}
