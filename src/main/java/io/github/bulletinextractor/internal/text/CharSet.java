package io.github.bulletinextractor.internal.text;

/**
 * A few characters, such as the punctuation that ends a clause or the characters a list of words
 * starts with, tested at every character of a paragraph. A 64-bit mask of the members' low six
 * bits turns most other characters away with one test, where {@code String.indexOf} would set up
 * a search of the members each time.
 */
public final class CharSet {

    private final char[] members;
    private final long mask;

    private CharSet(String characters) {
        this.members = characters.toCharArray();
        long bits = 0;
        for (char c : members) {
            bits |= 1L << c;
        }
        this.mask = bits;
    }

    /** The characters of {@code characters}. */
    public static CharSet of(String characters) {
        return new CharSet(characters);
    }

    public boolean contains(char c) {
        // A long shifts by the low six bits of its distance, so 1L << c picks the bit of c.
        if ((mask & 1L << c) == 0) {
            return false;
        }
        for (char member : members) {
            if (member == c) {
                return true;
            }
        }
        return false;
    }
}
