package io.github.bulletinextractor.internal.classify;

/** Level 4: {@code （1）} or {@code (1)}. */
final class BracketedArabicNumbering extends PatternNumbering {

    BracketedArabicNumbering() {
        super(4, "(", "\\((\\d{1,2})\\)[、.]?");
    }
}
