package io.github.bulletinextractor.internal.classify;

import io.github.bulletinextractor.internal.text.FoldedText;
import java.util.List;

/** The numbering styles of Chinese official documents (GB/T 9704), tried in turn. */
public final class NumberingStyles {

    private final List<NumberingStyle> styles;

    public NumberingStyles(List<NumberingStyle> styles) {
        this.styles = List.copyOf(styles);
    }

    public static NumberingStyles standard() {
        return new NumberingStyles(List.of(
                new ChineseCommaNumbering(),
                new BracketedChineseNumbering(),
                new ArabicPointNumbering(),
                new BracketedArabicNumbering(),
                new CircledNumbering()));
    }

    /** The section number {@code text} starts with, or null. */
    public Numbering match(FoldedText text) {
        for (NumberingStyle style : styles) {
            Numbering numbering = style.match(text);
            if (numbering != null) {
                return numbering;
            }
        }
        return null;
    }
}
