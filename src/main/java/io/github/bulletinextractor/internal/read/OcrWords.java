package io.github.bulletinextractor.internal.read;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * The words of the bulletin family (headings, publishers, departments, recipients) that OCR reads
 * with a character wrong: 拧窗改革攻坚行动, 自然次源厅, 省中心令导. A word found in a line but for
 * one character (two in words of ten or more) is put back as written. Words are listed in
 * {@code ocr-words.txt}; only lines read with OCR are corrected.
 */
final class OcrWords {

    private static final int MIN_LENGTH = 5;
    private static final int TWO_EDITS_FROM = 10;
    private static final List<String> WORDS = load();
    private static final Set<String> EXACT = Set.copyOf(WORDS);

    private OcrWords() {
    }

    /** The line with every near miss of a listed word replaced by the word. */
    static String corrected(String line) {
        String text = line;
        boolean[] listed = listedWords(text);
        for (String word : WORDS) {
            String next = corrected(text, word, listed);
            if (!next.equals(text)) {
                text = next;
                listed = listedWords(text);
            }
        }
        return text;
    }

    /**
     * Two lines that follow one another, with the near misses of a word the line break splits
     * (省中心各处 / （宝）) put back; as they were when none is, or when the correction would change
     * how much of the text each line holds.
     */
    static List<String> correctedAcross(String first, String second) {
        String joined = first + second;
        String corrected = corrected(joined);
        if (corrected.equals(joined) || corrected.length() != joined.length()) {
            return List.of(first, second);
        }
        return List.of(corrected.substring(0, first.length()), corrected.substring(first.length()));
    }

    /** {@code listed}: which characters of the text are listed words as written ({@link #listedWords}). */
    private static String corrected(String text, String word, boolean[] listed) {
        int allowed = word.length() >= TWO_EDITS_FROM ? 2 : 1;
        StringBuilder out = null;
        int copied = 0;
        for (int start = 0; start + word.length() - allowed <= text.length(); start++) {
            int end = listed[start] ? -1 : nearMissEnd(text, start, word, allowed);
            if (end < 0 || overlaps(listed, start, end)) {
                continue;
            }
            if (out == null) {
                out = new StringBuilder(text.length() + allowed);
            }
            out.append(text, copied, start).append(word);
            copied = end;
            start = end - 1;
        }
        return out == null ? text : out.append(text, copied, text.length()).toString();
    }

    /** Which characters of the text belong to a listed word written as listed: no near miss is sought over them. */
    private static boolean[] listedWords(String text) {
        boolean[] listed = new boolean[text.length()];
        for (String word : WORDS) {
            for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
                Arrays.fill(listed, at, at + word.length(), true);
            }
        }
        return listed;
    }

    private static boolean overlaps(boolean[] listed, int start, int end) {
        for (int i = start; i < end; i++) {
            if (listed[i]) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where a near miss of {@code word} starting at {@code start} ends, or -1: the window closest to
     * the word within {@code allowed} edits, not the word itself or another listed word, and with no
     * digit in it, since numbers are never rewritten.
     */
    private static int nearMissEnd(String text, int start, String word, int allowed) {
        int bestEnd = -1;
        int bestDistance = allowed + 1;
        for (int length = Math.max(1, word.length() - allowed); length <= word.length() + allowed; length++) {
            int end = start + length;
            if (end > text.length()) {
                break;
            }
            int distance = distance(word, text, start, end, allowed + 1);
            if (distance < bestDistance || distance == bestDistance && distance <= allowed && length == word.length()) {
                bestDistance = distance;
                bestEnd = end;
            }
        }
        if (bestEnd < 0 || bestDistance == 0) {
            return -1;
        }
        String window = text.substring(start, bestEnd);
        // A near miss ends as the word does (生态环境局 is another body than 生态环境厅, not a misreading
        // of it). One of another length starts as the word does too: 中心领导 is a word of its own,
        // not 省中心领导 with 省 lost. Numbers are never rewritten.
        boolean edgesFit = window.charAt(window.length() - 1) == word.charAt(word.length() - 1)
                && (window.length() == word.length() ? Character.UnicodeScript.of(window.charAt(0)) == Character.UnicodeScript.HAN
                    : window.charAt(0) == word.charAt(0));
        return edgesFit && !EXACT.contains(window) && window.chars().noneMatch(Character::isDigit) ? bestEnd : -1;
    }

    /** The edit distance between {@code word} and {@code text[start, end)}, or {@code limit} once it reaches that. */
    private static int distance(String word, String text, int start, int end, int limit) {
        int length = end - start;
        int[] previous = new int[length + 1];
        int[] row = new int[length + 1];
        for (int j = 0; j <= length; j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= word.length(); i++) {
            row[0] = i;
            int best = row[0];
            for (int j = 1; j <= length; j++) {
                int substitution = previous[j - 1] + (word.charAt(i - 1) == text.charAt(start + j - 1) ? 0 : 1);
                row[j] = Math.min(substitution, Math.min(previous[j], row[j - 1]) + 1);
                best = Math.min(best, row[j]);
            }
            if (best >= limit) {
                return limit;
            }
            int[] swap = previous;
            previous = row;
            row = swap;
        }
        return previous[length];
    }

    private static List<String> load() {
        List<String> words = new ArrayList<>();
        try (InputStream in = OcrWords.class.getResourceAsStream("ocr-words.txt");
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String word = line.strip();
                if (!word.isEmpty() && !word.startsWith("#") && word.length() >= MIN_LENGTH) {
                    words.add(word);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // Longer words first, so that a heading is put back whole before a word inside it is.
        words.sort(Comparator.comparingInt(String::length).reversed());
        return List.copyOf(words);
    }
}
