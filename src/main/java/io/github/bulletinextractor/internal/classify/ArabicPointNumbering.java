package io.github.bulletinextractor.internal.classify;

import io.github.bulletinextractor.internal.lexicon.Calendar;

/**
 * Level 3: {@code 1.}, {@code 1．} or {@code 1、}. A digit right after the point normally makes a
 * decimal ({@code 5.6 万件}); it is read as a label only when a date follows, as in
 * {@code 2.6月7日} (item 2, dated 6月7日).
 */
final class ArabicPointNumbering extends PatternNumbering {

    ArabicPointNumbering() {
        super(
                3,
                "0123456789",
                "(\\d{1,2})(?:、|\\.(?!\\d)|\\.(?=\\d{1,2}月\\d{1,2}日|\\d{1,2}月\\d{0,2}" + Calendar.RANGE + "|\\d{4}年))");
    }
}
