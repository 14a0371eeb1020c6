package io.github.bulletinextractor.internal.classify;

import java.util.OptionalInt;

/** Level 5: {@code ①} to {@code ⑳}. */
final class CircledNumbering extends PatternNumbering {

    private static final String CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳";

    CircledNumbering() {
        super(5, CIRCLED, "([\\u2460-\\u2473])[、.]?");
    }

    @Override
    OptionalInt ordinal(String number) {
        return OptionalInt.of(number.charAt(0) - 0x2460 + 1);
    }
}
