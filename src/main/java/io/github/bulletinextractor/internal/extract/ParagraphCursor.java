package io.github.bulletinextractor.internal.extract;

import io.github.bulletinextractor.internal.lexicon.ScopeWords;
import io.github.bulletinextractor.internal.text.CharSet;
import io.github.bulletinextractor.model.MetricScope;

/**
 * Walks a folded paragraph forward once, keeping track of the sentence and clause a position is in
 * and of the scope (本周, 今年以来…) stated so far in that sentence. Positions asked for must not go
 * back, so a paragraph with many figures costs one pass, not one pass per figure.
 */
final class ParagraphCursor {

    private static final CharSet SENTENCE_BREAKS = CharSet.of("。!?");
    private static final CharSet CLAUSE_BREAKS = CharSet.of("。!?;:,");

    private final String f;
    private int position;
    private int sentenceStart;
    private int clauseStart;
    private MetricScope scope;
    /** The next scope marker at or after the position, or null. */
    private final ScopeWords words;

    private ScopeWords.Marker marker;
    private int clauseEnd = -1;

    ParagraphCursor(String folded, ScopeWords words) {
        this.f = folded;
        this.words = words;
        this.marker = words.next(folded, 0, folded.length());
    }

    /** Moves to {@code target}, which must not be before the last position moved to. */
    ParagraphCursor moveTo(int target) {
        while (true) {
            if (marker != null && position == marker.end()) {
                if (marker.start() >= sentenceStart) {
                    scope = marker.scope();
                }
                marker = words.next(f, position, f.length());
            }
            if (position >= target) {
                return this;
            }
            if (SENTENCE_BREAKS.contains(f.charAt(position))) {
                sentenceStart = position + 1;
                clauseStart = position + 1;
                scope = null;
            } else if (isClauseBreak(position)) {
                clauseStart = position + 1;
            }
            position++;
        }
    }

    int sentenceStart() {
        return sentenceStart;
    }

    int clauseStart() {
        return clauseStart;
    }

    /** The scope last stated before the current position in its sentence, or null. */
    MetricScope scope() {
        return scope;
    }

    /** Where the clause holding {@code from} ends; {@code from} must not go back between calls either. */
    int clauseEnd(int from) {
        if (from > clauseEnd) {
            clauseEnd = from;
            while (clauseEnd < f.length() && !isClauseBreak(clauseEnd)) {
                clauseEnd++;
            }
        }
        return clauseEnd;
    }

    /** Punctuation between clauses; the comma of 1,838 is part of the number. */
    private boolean isClauseBreak(int i) {
        return CLAUSE_BREAKS.contains(f.charAt(i))
                && !(f.charAt(i) == ','
                        && i > 0
                        && i + 1 < f.length()
                        && Character.isDigit(f.charAt(i - 1))
                        && Character.isDigit(f.charAt(i + 1)));
    }
}
