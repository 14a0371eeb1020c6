package io.github.bulletinextractor.internal.text;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;

/** Printed width of a line in half-width cells: CJK, full-width and ambiguous forms take two. */
public final class TextWidth {

    /** Cells of each BMP character, 0 until first seen; filled without locking since racing threads store the same value. */
    private static final byte[] BMP_CELLS = new byte[Character.MAX_VALUE + 1];

    private TextWidth() {}

    public static int of(CharSequence text) {
        int width = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                width++;
            } else if (!Character.isSurrogate(c)) {
                width += cells(c);
            } else {
                int cp = Character.codePointAt(text, i);
                width += cells(cp);
                i += Character.charCount(cp) - 1;
            }
        }
        return width;
    }

    private static int cells(int cp) {
        if (cp < 0x80) {
            return 1;
        }
        if (cp > Character.MAX_VALUE) {
            return eastAsianCells(cp);
        }
        if (BMP_CELLS[cp] == 0) {
            BMP_CELLS[cp] = (byte) eastAsianCells(cp);
        }
        return BMP_CELLS[cp];
    }

    private static int eastAsianCells(int cp) {
        int eaw = UCharacter.getIntPropertyValue(cp, UProperty.EAST_ASIAN_WIDTH);
        return eaw == UCharacter.EastAsianWidth.WIDE
                        || eaw == UCharacter.EastAsianWidth.FULLWIDTH
                        || eaw == UCharacter.EastAsianWidth.AMBIGUOUS
                ? 2
                : 1;
    }
}
