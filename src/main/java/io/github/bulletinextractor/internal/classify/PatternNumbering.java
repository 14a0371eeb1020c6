package io.github.bulletinextractor.internal.classify;

import io.github.bulletinextractor.internal.text.ChineseNumerals;
import io.github.bulletinextractor.internal.text.FoldedText;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A numbering style recognised by a pattern whose first group is the number. */
abstract class PatternNumbering implements NumberingStyle {

    private final int level;
    private final String firstCharacters;
    private final Pattern pattern;

    /** {@code firstCharacters}: what a number of this style can start with, to pass over other text cheaply. */
    PatternNumbering(int level, String firstCharacters, String regex) {
        this.level = level;
        this.firstCharacters = firstCharacters;
        this.pattern = Pattern.compile(regex);
    }

    @Override
    public final int level() {
        return level;
    }

    @Override
    public final Numbering match(FoldedText text) {
        if (text.length() == 0 || firstCharacters.indexOf(text.folded().charAt(0)) < 0) {
            return null;
        }
        Matcher m = pattern.matcher(text.folded());
        if (!m.lookingAt()) {
            return null;
        }
        OptionalInt ordinal = ordinal(m.group(1));
        if (ordinal.isEmpty() || ordinal.getAsInt() == 0) {
            return null;
        }
        return new Numbering(level, text.original(0, m.end()).strip(), ordinal.getAsInt(), m.end());
    }

    OptionalInt ordinal(String number) {
        return ChineseNumerals.parse(number);
    }
}
