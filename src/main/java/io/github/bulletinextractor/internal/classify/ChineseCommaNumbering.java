package io.github.bulletinextractor.internal.classify;

/** Level 1: {@code 一、}. */
final class ChineseCommaNumbering extends PatternNumbering {

    ChineseCommaNumbering() {
        super(1, "一二三四五六七八九十百", "([一二三四五六七八九十百]{1,4})、");
    }
}
