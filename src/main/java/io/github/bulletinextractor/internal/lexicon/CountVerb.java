package io.github.bulletinextractor.internal.lexicon;

import io.github.bulletinextractor.internal.text.Words;
import java.util.Set;

/**
 * The four things the comprehensive windows count, each with the words editors have used for it.
 * A figure is counted as the class of the word printed before it; the word itself is kept.
 */
public enum CountVerb {
    /** Enquiries answered: 咨询, 接待, 解答. */
    CONSULTATIONS("咨询|接待|解答"),
    /** Applications taken in: 受理, 收件, 接件. */
    ACCEPTED("受理|收件|接件"),
    /** Cases concluded, licences issued: 办结, 出件, 颁发, 发证, 办件. */
    ISSUED("办结|出件|颁发|发证|办件"),
    /** Cases passed on to the department that decides them: 流转, 转办, 转件. */
    TRANSFERRED("流转|转办|转件");

    private static final CountVerb[] ALL = values();
    /** What cases and people are counted in; 46个部门 or 92.3% after a counting word is something else. */
    private static final Set<String> UNITS = Set.of("件", "件次", "次", "人次");

    private static final String ALL_WORDS = "咨询|接待|解答|受理|收件|接件|办结|出件|颁发|发证|办件|流转|转办|转件";
    private static final Words ANY = Words.of(ALL_WORDS);
    private static final String[] EACH = ALL_WORDS.split("\\|");

    private final Words words;

    CountVerb(String words) {
        this.words = Words.of(words);
    }

    /** A counting word where it stands in folded text. */
    public record Found(CountVerb verb, String word, int start, int end) {}

    /**
     * The last counting word in {@code [from, to)}, words read left to right without overlapping
     * (流转件 is 流转, not 转件); null if there is none.
     */
    public static Found lastIn(String folded, int from, int to) {
        Found last = null;
        for (Found found = next(folded, from, to); found != null; found = next(folded, found.end(), to)) {
            last = found;
        }
        return last;
    }

    /** Whether a figure in this unit can be a count of cases or of people served. */
    public static boolean countsIn(String unit) {
        return UNITS.contains(unit);
    }

    /**
     * Whether {@code folded} can hold a count: a unit of cases or people (all have 件 or 次) and a
     * counting word. Most paragraphs cannot, and are passed over at once.
     */
    public static boolean mayCount(String folded) {
        if (folded.indexOf('件') < 0 && folded.indexOf('次') < 0) {
            return false;
        }
        for (String word : EACH) {
            // indexOf, which the JVM vectorises, beats testing each character against the words' first ones.
            if (folded.indexOf(word) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** The first counting word in {@code [from, to)}, or null. */
    private static Found next(String folded, int from, int to) {
        for (int i = from; i < to; i++) {
            int length = ANY.lengthAt(folded, i, to);
            if (length > 0) {
                return new Found(of(folded, i, to), folded.substring(i, i + length), i, i + length);
            }
        }
        return null;
    }

    private static CountVerb of(String folded, int at, int to) {
        for (CountVerb verb : ALL) {
            if (verb.words.lengthAt(folded, at, to) > 0) {
                return verb;
            }
        }
        throw new IllegalStateException("a counting word belongs to no class");
    }
}
