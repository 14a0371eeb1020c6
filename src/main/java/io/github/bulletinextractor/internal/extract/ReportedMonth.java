package io.github.bulletinextractor.internal.extract;

import io.github.bulletinextractor.model.Frequency;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A monthly bulletin's own month named in its text, which scopes figures to the month reported on. */
final class ReportedMonth {

    private static final Pattern SENTENCE_OPENING = Pattern.compile("(\\d{1,2})月,");
    private static final Pattern IN_HEADING = Pattern.compile("(\\d{1,2})月(?!\\d{0,2}日)");

    private ReportedMonth() {}

    /** {@code 3月，…} opening the sentence at {@code sentenceStart} of a monthly bulletin for March. */
    static boolean opens(String folded, int sentenceStart, BulletinDraft draft) {
        Matcher m = SENTENCE_OPENING.matcher(folded).region(sentenceStart, folded.length());
        return m.lookingAt() && is(Integer.parseInt(m.group(1)), draft);
    }

    /** A heading such as {@code 2025年3月总体运行情况} in a monthly bulletin for March. */
    static boolean namedIn(String foldedHeading, BulletinDraft draft) {
        Matcher m = IN_HEADING.matcher(foldedHeading);
        return m.find() && is(Integer.parseInt(m.group(1)), draft);
    }

    private static boolean is(int month, BulletinDraft draft) {
        return draft.frequency == Frequency.MONTHLY
                && draft.period != null
                && draft.period.start() != null
                && draft.period.start().getMonthValue() == month;
    }
}
