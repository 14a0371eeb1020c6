package io.github.bulletinextractor.internal.text;

/** Chinese characters (the Han script), as names and organisations are written. */
public final class Han {

    private Han() {}

    /** Whether every character of {@code text} between {@code from} and {@code to} is Chinese. */
    public static boolean all(String text, int from, int to) {
        for (int i = from; i < to; ) {
            int cp = text.codePointAt(i);
            if (Character.UnicodeScript.of(cp) != Character.UnicodeScript.HAN) {
                return false;
            }
            i += Character.charCount(cp);
        }
        return true;
    }
}
