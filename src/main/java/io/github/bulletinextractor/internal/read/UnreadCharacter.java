package io.github.bulletinextractor.internal.read;

/**
 * A place on a scanned page where OCR found room for a character it could not read, most likely
 * one outside its dictionary (竑 of 郑竑): nothing is put in its place, and what was read on either
 * side is kept so that later stages can tell whether a field they extracted spans it.
 *
 * @param page   the page
 * @param before the text read before it on its line
 * @param after  the text read after it on its line
 */
public record UnreadCharacter(int page, String before, String after) {

    /** Whether {@code text}, found in the line around this place, runs up to or across it. */
    public boolean touches(String text) {
        String line = before + after;
        for (int at = line.indexOf(text); at >= 0; at = line.indexOf(text, at + 1)) {
            if (at <= before.length() && before.length() <= at + text.length()) {
                return true;
            }
        }
        return false;
    }
}
