package io.github.bulletinextractor.internal.read;

/**
 * Tells a page whose text can be read from one that only looks like it has text: a scan has none,
 * and glyphs without a Unicode mapping come out as U+FFFD, private-use characters, or runs of CJK
 * radicals that no bulletin prints.
 */
final class TextLayer {

    /** Fewer readable characters than this is no text: a stray page number or a mark. */
    private static final int MIN_READABLE = 4;
    /** More than this share of garbage and the page is garbled. */
    private static final double MAX_GARBAGE = 0.2;

    private TextLayer() {}

    static boolean isUsable(String text) {
        int readable = 0;
        int garbage = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (isGarbage(cp)) {
                garbage++;
            } else if (Character.isLetterOrDigit(cp)) {
                readable++;
            }
        }
        return readable >= MIN_READABLE && garbage <= MAX_GARBAGE * (readable + garbage);
    }

    private static boolean isGarbage(int cp) {
        return cp == 0xFFFD
                || cp >= 0xE000 && cp <= 0xF8FF
                || cp >= 0xF0000
                || cp >= 0x2E80 && cp <= 0x2FDF // CJK radicals and Kangxi radicals, printed for unmapped glyphs
                || Character.getType(cp) == Character.CONTROL && cp != '\t';
    }
}
