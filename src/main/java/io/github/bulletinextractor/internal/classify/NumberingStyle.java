package io.github.bulletinextractor.internal.classify;

import io.github.bulletinextractor.internal.text.FoldedText;

/**
 * One way of numbering sections in an official document. Full- and half-width forms are one style:
 * styles match on folded text, where （一） and (一) read the same.
 */
public interface NumberingStyle {

    /** The level this style numbers: 1 for 一、, 2 for （一）, 3 for 1., 4 for （1）, 5 for ①. */
    int level();

    /** The number at the start of {@code text}, or null when the text does not start with one. */
    Numbering match(FoldedText text);
}
