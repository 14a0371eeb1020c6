package io.github.bulletinextractor.internal.segment;

/** Level 4: {@code （1）} or {@code (1)}. */
final class BracketedArabicNumbering extends PatternNumbering {

    BracketedArabicNumbering() {
        super(4, "(", "\\((\\d{1,2})\\)[、.]?");
    }
}
