package io.github.bulletinextractor;

import io.github.bulletinextractor.internal.text.FoldedText;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Fields of an expected and an actual record compared one by one: how many, how many right, and which not. */
final class FieldTally {

    private int right;
    private int total;
    private final List<String> wrong = new ArrayList<>();

    int right() {
        return right;
    }

    int total() {
        return total;
    }

    List<String> wrong() {
        return wrong;
    }

    /**
     * Text as matching sees it: OCR cannot tell a half-width bracket from a full-width one, nor
     * see the spaces a PDF's text layer puts between words, so those do not count.
     */
    private static Object comparable(Object value) {
        if (value instanceof String text) {
            return FoldedText.of(text).folded().replace(" ", "");
        }
        if (value instanceof List<?> list) {
            return list.stream().map(FieldTally::comparable).toList();
        }
        return value;
    }

    void field(String name, Object expected, Object actual) {
        total++;
        if (Objects.equals(comparable(expected), comparable(actual))) {
            right++;
        } else {
            wrong.add("  " + name + ": expected " + expected + ", got " + actual);
        }
    }

    /**
     * Two lists aligned as a diff aligns lines (longest common subsequence), so a section OCR
     * missed costs that one field, not every one after it: the longer list's length is the
     * number of fields, those in common are right.
     */
    void aligned(String name, List<?> expected, List<?> actual) {
        List<Object> a = expected.stream().map(FieldTally::comparable).toList();
        List<Object> b = actual.stream().map(FieldTally::comparable).toList();
        int[][] common = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                common[i][j] = Objects.equals(a.get(i), b.get(j))
                        ? common[i + 1][j + 1] + 1
                        : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        total += Math.max(a.size(), b.size());
        right += common[0][0];
        for (int i = 0, j = 0; i < a.size() || j < b.size(); ) {
            if (i < a.size() && j < b.size() && Objects.equals(a.get(i), b.get(j))) {
                i++;
                j++;
            } else if (j >= b.size() || i < a.size() && common[i + 1][j] >= common[i][j + 1]) {
                wrong.add("  " + name + ": missing " + expected.get(i++));
            } else {
                wrong.add("  " + name + ": read instead " + actual.get(j++));
            }
        }
    }
}
