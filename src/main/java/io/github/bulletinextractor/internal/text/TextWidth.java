package io.github.bulletinextractor.internal.text;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;

/** Printed width of a line in half-width cells: CJK, full-width and ambiguous forms take two. */
public final class TextWidth {

    private TextWidth() {
    }

    public static int of(CharSequence text) {
        int width = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = Character.codePointAt(text, i);
            width += cells(cp);
            i += Character.charCount(cp);
        }
        return width;
    }

    private static int cells(int cp) {
        if (cp < 0x80) {
            return 1;
        }
        if (cp >= 0x4E00 && cp <= 0x9FFF) {
            return 2; // CJK Unified Ideographs, most of the text: wide without a property lookup
        }
        int eaw = UCharacter.getIntPropertyValue(cp, UProperty.EAST_ASIAN_WIDTH);
        return eaw == UCharacter.EastAsianWidth.WIDE
                || eaw == UCharacter.EastAsianWidth.FULLWIDTH
                || eaw == UCharacter.EastAsianWidth.AMBIGUOUS ? 2 : 1;
    }
}
