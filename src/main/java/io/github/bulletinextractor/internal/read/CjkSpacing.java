package io.github.bulletinextractor.internal.read;

/**
 * Removes the spaces a PDF's character spacing makes a text extractor insert between Chinese
 * characters, and keeps real spaces: between Latin words and numbers, and between such a word and
 * Chinese text.
 */
final class CjkSpacing {

    private CjkSpacing() {
    }

    static String tidy(String line) {
        String text = line.strip();
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\u3000' || c == '\u00A0') {
                int before = out.length() == 0 ? -1 : out.charAt(out.length() - 1);
                int after = nextNonSpace(text, i);
                if (before == ' ' || before < 0 || after < 0 || isWide(before) && isWide(after)) {
                    continue;
                }
                out.append(' ');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static int nextNonSpace(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != ' ' && c != '\u3000' && c != '\u00A0') {
                return c;
            }
        }
        return -1;
    }

    /** Chinese characters and full-width punctuation: no space belongs between two of them. */
    private static boolean isWide(int c) {
        return c >= 0x2E80 && c <= 0x9FFF || c >= 0xF900 && c <= 0xFAFF || c >= 0xFE30 && c <= 0xFE4F
                || c >= 0xFF00 && c <= 0xFFEF || c == '“' || c == '”' || c == '‘' || c == '’' || c == '—' || c == '…'
                || c == '·';
    }
}
