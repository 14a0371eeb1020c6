package io.github.bulletinextractor.internal.read;

/**
 * A place on a scanned page OCR is unsure of: a character it read with little confidence, or room
 * in the print for a character it could not read at all, most likely one outside its dictionary
 * (竑 of 郑竑). Nothing is ever put in place of an unread character; what was read on either side
 * is kept, so that later stages can tell whether a field they extracted touches the place.
 *
 * @param page       the page
 * @param before     the text read before it on its line
 * @param read       the character read with little confidence, or "" where none was read
 * @param after      the text read after it on its line
 * @param confidence OCR's confidence in the character read, 0–1
 */
public record OcrDoubt(int page, String before, String read, String after, double confidence) {

    public boolean unread() {
        return read.isEmpty();
    }

    /**
     * Whether {@code text}, found on this line, holds the doubtful character, or for an unread one,
     * runs up to or across the place where it stands.
     */
    public boolean touches(String text) {
        String line = before + read + after;
        int start = before.length();
        int end = start + read.length();
        for (int at = line.indexOf(text); at >= 0; at = line.indexOf(text, at + 1)) {
            boolean touching =
                    unread() ? at <= start && start <= at + text.length() : at < end && start < at + text.length();
            if (touching) {
                return true;
            }
        }
        return false;
    }

    /** What is doubtful, in words, for a warning. */
    public String describe() {
        return unread()
                ? "OCR found room for a character it could not read between “" + before + "” and “" + after + "”"
                : "OCR read “%s” with %.0f%% confidence".formatted(read, 100 * confidence);
    }
}
