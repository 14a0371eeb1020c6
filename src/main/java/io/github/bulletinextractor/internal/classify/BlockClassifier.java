package io.github.bulletinextractor.internal.classify;

import io.github.bulletinextractor.internal.lexicon.BackMatterWords;
import io.github.bulletinextractor.internal.lexicon.Calendar;
import io.github.bulletinextractor.internal.lexicon.MastheadWords;
import io.github.bulletinextractor.internal.text.Alternatives;
import io.github.bulletinextractor.internal.text.FoldedText;
import java.util.regex.Pattern;

/**
 * Classifies a line or paragraph by its own text. The normaliser uses it to find where paragraphs
 * start, the segmenter to sort paragraphs into masthead, body and back matter.
 */
public final class BlockClassifier {

    private static final Pattern DISTRIBUTION = BackMatterWords.DISTRIBUTION;
    private static final String DISTRIBUTION_FIRST_CHARACTERS =
            Alternatives.firstCharacters(BackMatterWords.DISTRIBUTION_PREFIXES);
    private static final Pattern PRINT_RUN =
            Pattern.compile("\\(?" + BackMatterWords.PRINT_RUN.pattern() + "\\)?[。.]?");
    private static final Pattern ATTACHMENT_MARKER = Pattern.compile(BackMatterWords.ATTACHMENT);
    private static final Pattern ATTACHMENT_NOTE = Pattern.compile(BackMatterWords.ATTACHMENT + ":");
    /** The issue line, possibly after the series title: 窗口工作周报 2024年第12期（总第483期）. */
    private static final Pattern ISSUE_LINE = Pattern.compile("《?(?:\\p{IsHan}{2,12}报)?》?" + "(?:"
            + MastheadWords.ISSUE.pattern() + "|" + MastheadWords.SPECIAL_ISSUE.pattern() + "\\)?)");
    /** A line that ends with a full date: the publisher and publication date of the masthead. */
    private static final Pattern ENDS_WITH_DATE = Pattern.compile(".*" + Calendar.FULL_DATE);

    private static final Pattern DATE_LINE = Pattern.compile(Calendar.FULL_DATE);

    private final NumberingStyles numbering;

    public BlockClassifier(NumberingStyles numbering) {
        this.numbering = numbering;
    }

    /**
     * Whether the whole line is one bracketed phrase, {@code (名单见附件)} or {@code (共印(约)103份)}.
     * Counted rather than matched with a pattern: a regular expression with an alternation inside a
     * repetition recurses once per character and overflows the stack on a long line.
     */
    static boolean isWhollyBracketed(String folded) {
        if (folded.length() < 2 || folded.charAt(0) != '(' || folded.charAt(folded.length() - 1) != ')') {
            return false;
        }
        int depth = 0;
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            }
            if (depth == 0 && i < folded.length() - 1 || depth < 0 || depth > 2) {
                return false;
            }
        }
        return depth == 0;
    }

    /** The section number {@code text} starts with, or null. */
    public Numbering numbering(FoldedText text) {
        return numbering.match(text);
    }

    /** Whether the text ends with a full date, as the publisher's line of a masthead does. */
    public boolean endsWithDate(String folded) {
        return folded.endsWith("日") && ENDS_WITH_DATE.matcher(folded).matches();
    }

    /**
     * Each kind is tried only where the character it must start or end with is there: the
     * classifier sees every line, and most lines are plain.
     */
    public Block classify(FoldedText text) {
        String f = text.folded();
        Numbering number = numbering.match(text);
        if (number != null) {
            return new Block(BlockKind.NUMBERED, number);
        }
        if (f.isEmpty()) {
            return new Block(BlockKind.PLAIN, null);
        }
        char first = f.charAt(0);
        if (DISTRIBUTION_FIRST_CHARACTERS.indexOf(first) >= 0
                && DISTRIBUTION.matcher(f).lookingAt()) {
            return new Block(BlockKind.DISTRIBUTION, null);
        }
        if ((first == '(' || first == '共') && PRINT_RUN.matcher(f).matches()) {
            return new Block(BlockKind.PRINT_RUN, null);
        }
        if (f.startsWith("附件")) {
            if (ATTACHMENT_MARKER.matcher(f).matches()) {
                return new Block(BlockKind.ATTACHMENT_MARKER, null);
            }
            if (ATTACHMENT_NOTE.matcher(f).lookingAt()) {
                return new Block(BlockKind.ATTACHMENT_NOTE, null);
            }
        }
        if (isWhollyBracketed(f)) {
            return new Block(BlockKind.BRACKETED, null);
        }
        if ((f.indexOf('期') >= 0 || f.indexOf('刊') >= 0)
                && ISSUE_LINE.matcher(f).matches()) {
            return new Block(BlockKind.ISSUE_LINE, null);
        }
        if (f.endsWith("日") && DATE_LINE.matcher(f).matches()) {
            return new Block(BlockKind.DATE_LINE, null);
        }
        return new Block(BlockKind.PLAIN, null);
    }
}
