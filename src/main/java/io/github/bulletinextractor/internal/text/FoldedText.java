package io.github.bulletinextractor.internal.text;

import com.ibm.icu.text.FilteredNormalizer2;
import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.UnicodeSet;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * A view of printed text made for pattern matching: Traditional characters read as Simplified
 * (廳 as 厅), full-width forms folded to their ASCII equivalents with ICU's NFKC (except circled
 * numbers, which NFKC would turn into plain digits and so into a different numbering level), and
 * spaces dropped unless they separate a Latin word. Every folded character remembers where it came
 * from, so a match can be cut out of the text as printed.
 */
public final class FoldedText {

    private static final Normalizer2 FOLD = new FilteredNormalizer2(
            Normalizer2.getNFKCInstance(),
            new UnicodeSet("[^\\u2460-\\u24FF\\u2776-\\u2793\\u3251-\\u325F\\u32B1-\\u32BF]").freeze());

    private static final int HAN_START = 0x3400;
    private static final int HAN_END = 0xFAFF;
    /** ICU's Traditional-to-Simplified transliteration, one character at a time; 0 where a character stays. */
    private static final char[] SIMPLIFIED = loadSimplified();

    private static final char UNKNOWN = 0;
    /** Marks characters that fold to none or to several characters (㈠ to (一)), read the slow way. */
    private static final char COMPLEX = 0xFFFF;
    /** Marks white space, kept or dropped by its neighbours. */
    private static final char SPACE = 0xFFFE;

    private static final char[] SINGLE_CHAR_FOLDS = new char[Character.MAX_VALUE + 1];

    private final String original;
    private final String folded;
    /** Where each folded character comes from; it ends where that printed character ends. */
    private final int[] startInOriginal;

    private FoldedText(String original, String folded, int[] startInOriginal) {
        this.original = original;
        this.folded = folded;
        this.startInOriginal = startInOriginal;
    }

    public static FoldedText of(String original) {
        int n = original.length();
        Builder out = new Builder(n);
        int i = 0;
        while (i < n) {
            char c = original.charAt(i);
            char fold = singleCharFold(c);
            if (fold == SPACE) {
                // A run of spaces is decided at once: at most its first is kept.
                int runEnd = i + 1;
                while (runEnd < n && isSpace(original.charAt(runEnd))) {
                    runEnd++;
                }
                if (keepsSpace(original, i, runEnd)) {
                    out.add(' ', i);
                }
                i = runEnd;
            } else if (fold != COMPLEX) {
                // Most characters (ASCII, and nearly all of Chinese text) fold to one character.
                out.add(fold, i);
                i++;
            } else {
                int cp = original.codePointAt(i);
                int next = i + Character.charCount(cp);
                String piece = FOLD.normalize(Character.toString(simplified(cp)));
                if (piece.isEmpty()) {
                    piece = original.substring(i, next);
                }
                for (int k = 0; k < piece.length(); k++) {
                    out.add(piece.charAt(k), i);
                }
                i = next;
            }
        }
        return new FoldedText(original, new String(out.chars, 0, out.length), out.starts);
    }

    /**
     * The view of {@code text}, made of {@code parts} (views of its pieces starting at {@code offsets},
     * with nothing or spaces between them) rather than folded again: a paragraph from its lines.
     * Folding depends on neighbours only for spaces, so where a piece begins or ends with one the
     * text is folded afresh.
     */
    public static FoldedText join(String text, List<FoldedText> parts, List<Integer> offsets) {
        Builder out = new Builder(text.length());
        int previousEnd = 0;
        for (int k = 0; k < parts.size(); k++) {
            FoldedText part = parts.get(k);
            int offset = offsets.get(k);
            String piece = part.original;
            if (piece.isEmpty()
                    || isSpace(piece.charAt(0))
                    || isSpace(piece.charAt(piece.length() - 1))
                    || !isSpaceBetween(text, previousEnd, offset)) {
                return of(text);
            }
            if (k > 0 && offset > previousEnd && keepsSpace(text, previousEnd, offset)) {
                out.add(' ', previousEnd);
            }
            for (int i = 0; i < part.folded.length(); i++) {
                out.add(part.folded.charAt(i), part.startInOriginal[i] + offset);
            }
            previousEnd = offset + piece.length();
        }
        return isSpaceBetween(text, previousEnd, text.length())
                ? new FoldedText(text, new String(out.chars, 0, out.length), out.starts)
                : of(text);
    }

    private static boolean isSpaceBetween(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!isSpace(text.charAt(i))) {
                return false;
            }
        }
        return from <= to;
    }

    /** The folded characters and where each came from, grown only when a character folds to several. */
    private static final class Builder {
        char[] chars;
        int[] starts;
        int length;

        Builder(int capacity) {
            chars = new char[capacity];
            starts = new int[capacity];
        }

        void add(char c, int start) {
            if (length == chars.length) {
                int capacity = Math.max(16, length * 2);
                chars = Arrays.copyOf(chars, capacity);
                starts = Arrays.copyOf(starts, capacity);
            }
            chars[length] = c;
            starts[length] = start;
            length++;
        }
    }

    /**
     * The fold of a BMP character when it is a single character, else {@link #COMPLEX}. Filled on
     * first sight of each character: racing threads store the same value, so no lock is needed.
     */
    private static char singleCharFold(int cp) {
        if (cp > Character.MAX_VALUE || Character.isSurrogate((char) cp)) {
            return COMPLEX;
        }
        char known = SINGLE_CHAR_FOLDS[cp];
        if (known == UNKNOWN) {
            String piece = FOLD.normalize(Character.toString(simplified(cp)));
            known = isSpace(cp)
                    ? SPACE
                    : piece.length() == 1 && !Character.isSurrogate(piece.charAt(0)) ? piece.charAt(0) : COMPLEX;
            SINGLE_CHAR_FOLDS[cp] = known;
        }
        return known;
    }

    private static int simplified(int cp) {
        return cp >= HAN_START && cp <= HAN_END && SIMPLIFIED[cp - HAN_START] != 0 ? SIMPLIFIED[cp - HAN_START] : cp;
    }

    private static char[] loadSimplified() {
        char[] table = new char[HAN_END - HAN_START + 1];
        try (InputStream in = FoldedText.class.getResourceAsStream("traditional-simplified.txt")) {
            if (in == null) {
                throw new IllegalStateException("traditional-simplified.txt is missing from the jar");
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.length() == 2 && line.charAt(0) >= HAN_START && line.charAt(0) <= HAN_END) {
                    table[line.charAt(0) - HAN_START] = line.charAt(1);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return table;
    }

    private static boolean isSpace(int cp) {
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp) || cp == 0xFEFF;
    }

    /**
     * A space is kept only where it separates a Latin word from another word or a number
     * ("ETC 2", "A B"); elsewhere it is layout, also between digits: PDF text sets 1838 as "18 38".
     * More than read/CjkSpacing drops from the text itself ("ETC 安装", "2024 年"): this view is only matched.
     */
    private static boolean keepsSpace(String s, int runStart, int runEnd) {
        if (runStart == 0 || runEnd >= s.length()) {
            return false; // leading or trailing
        }
        int left = folded(s.codePointBefore(runStart));
        int right = folded(s.codePointAt(runEnd));
        return isLatinLetterOrDigit(left)
                && isLatinLetterOrDigit(right)
                && !(Character.isDigit(left) && Character.isDigit(right));
    }

    private static int folded(int cp) {
        if (singleCharFold(cp) != COMPLEX) {
            return singleCharFold(cp);
        }
        String folded = FOLD.normalize(Character.toString(cp));
        return folded == null || folded.isEmpty() ? cp : folded.codePointAt(0);
    }

    private static boolean isLatinLetterOrDigit(int c) {
        return c < 0x80 && Character.isLetterOrDigit(c);
    }

    /**
     * The view of {@code original().substring(from, to)}, cut from this one rather than folded again.
     * Folding depends on neighbours only for spaces, so where the cut falls beside a space the
     * part is folded afresh.
     */
    public FoldedText slice(int from, int to) {
        boolean besideSpace =
                from < to && (isSpace(original.codePointAt(from)) || isSpace(original.codePointBefore(to)));
        if (besideSpace || from == 0 && to == original.length()) {
            return besideSpace ? of(original.substring(from, to)) : this;
        }
        int first = 0;
        while (first < folded.length() && startInOriginal[first] < from) {
            first++;
        }
        int last = folded.length();
        if (to < original.length()) {
            last = first;
            while (last < folded.length() && endInOriginal(last) <= to) {
                last++;
            }
        }
        int[] starts = new int[last - first];
        for (int i = first; i < last; i++) {
            starts[i - first] = startInOriginal[i] - from;
        }
        return new FoldedText(original.substring(from, to), folded.substring(first, last), starts);
    }

    /** Where the printed character behind folded position {@code index} ends. */
    private int endInOriginal(int index) {
        int start = startInOriginal[index];
        return start + Character.charCount(original.codePointAt(start));
    }

    public String original() {
        return original;
    }

    public String folded() {
        return folded;
    }

    public int length() {
        return folded.length();
    }

    /** The printed text behind folded characters {@code [start, end)}. */
    public String original(int start, int end) {
        if (start >= end) {
            return "";
        }
        return original.substring(startInOriginal[start], endInOriginal(end - 1));
    }

    /** The printed text from folded position {@code start} to the end. */
    public String originalFrom(int start) {
        return start >= folded.length() ? "" : original.substring(startInOriginal[start]);
    }

    /** Where folded position {@code index} starts in the printed text. */
    public int originalIndex(int index) {
        return index >= folded.length() ? original.length() : startInOriginal[index];
    }

    @Override
    public String toString() {
        return folded;
    }
}
