package io.github.bulletinextractor.internal.read;

import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;

/**
 * Counts the characters of a decoded text that belong to the common set of its encoding: GB2312
 * for Simplified (GB18030) text, level 1 of Big5 for Traditional text. The wrong decoding of the
 * same bytes yields rare characters, so the right one scores higher.
 */
final class CommonCharacters {

    private static final int BIG5_LEVEL_ONE_FIRST = 0xA4;
    private static final int BIG5_LEVEL_ONE_LAST = 0xC6;

    private CommonCharacters() {}

    static int count(String text, String encoding) {
        boolean big5 = encoding.equals("Big5");
        CharsetEncoder encoder = Charset.forName(big5 ? "Big5" : "GB2312").newEncoder();
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80 || !encoder.canEncode(c)) {
                continue;
            }
            if (!big5) {
                count++;
            } else {
                try {
                    int lead = encoder.encode(java.nio.CharBuffer.wrap(new char[] {c}))
                                    .get(0)
                            & 0xFF;
                    if (lead >= BIG5_LEVEL_ONE_FIRST && lead <= BIG5_LEVEL_ONE_LAST) {
                        count++;
                    }
                } catch (java.nio.charset.CharacterCodingException e) {
                    // canEncode said yes; nothing to count if it changes its mind
                }
            }
        }
        return count;
    }
}
