package io.github.bulletinextractor.internal.classify;

/** Level 2: {@code （一）} or {@code (一)}. */
final class BracketedChineseNumbering extends PatternNumbering {

    BracketedChineseNumbering() {
        super(2, "(", "\\(([一二三四五六七八九十百]{1,4})\\)[、.]?");
    }
}
