package io.github.bulletinextractor.internal.read;

/**
 * Removes the spaces a PDF's character spacing makes a text extractor insert between Chinese
 * characters, and keeps real spaces: between Latin words and numbers, and between such a word and
 * Chinese text.
 */
final class CjkSpacing {

    private CjkSpacing() {}

    static String tidy(String line) {
        String text = line.strip();
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isSpace(c)) {
                // A run of spaces is decided at once: one space or none.
                int runEnd = i + 1;
                while (runEnd < text.length() && isSpace(text.charAt(runEnd))) {
                    runEnd++;
                }
                int before = out.length() == 0 ? -1 : out.charAt(out.length() - 1);
                int after = runEnd < text.length() ? text.charAt(runEnd) : -1;
                if (before >= 0 && after >= 0 && !(isChinesePrint(before) && isChinesePrint(after))) {
                    out.append(' ');
                }
                i = runEnd - 1;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\u3000' || c == '\u00A0';
    }

    /**
     * Chinese characters and full-width punctuation: no space belongs between two of them. Not
     * TextWidth's two cells, which also takes ambiguous-width Greek, Cyrillic and ①, whose spaces stay.
     */
    private static boolean isChinesePrint(int c) {
        return c >= 0x2E80 && c <= 0x9FFF
                || c >= 0xF900 && c <= 0xFAFF
                || c >= 0xFE30 && c <= 0xFE4F
                || c >= 0xFF00 && c <= 0xFFEF
                || c == '“'
                || c == '”'
                || c == '‘'
                || c == '’'
                || c == '—'
                || c == '…'
                || c == '·';
    }
}
