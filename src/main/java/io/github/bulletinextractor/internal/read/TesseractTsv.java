package io.github.bulletinextractor.internal.read;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads Tesseract's TSV output: one row per word with its block, paragraph and line numbers, its
 * box in pixels and its confidence. Words are joined into lines in the order Tesseract read them.
 */
final class TesseractTsv {

    private static final int LEVEL = 0;
    private static final int BLOCK = 2;
    private static final int PARAGRAPH = 3;
    private static final int LINE = 4;
    private static final int LEFT = 6;
    private static final int TOP = 7;
    private static final int WIDTH = 8;
    private static final int HEIGHT = 9;
    private static final int CONFIDENCE = 10;
    private static final int TEXT = 11;
    private static final String WORD_LEVEL = "5";

    /**
     * A line as Tesseract read it, before repair.
     *
     * @param text       its words with a space between them
     * @param charSize   the median height of its words, which for Chinese print is the type size
     * @param confidence the mean confidence of its characters, 0–100
     */
    record Line(String text, int left, int top, int width, int height, int charSize, double confidence) {

        /** This line with the text and confidence of another reading of it. */
        Line readAs(Line other) {
            return new Line(other.text, left, top, width, height, charSize, other.confidence);
        }

        /** This line, read from a part of a page enlarged {@code scale} times, where it stands on the page. */
        Line onPage(int partLeft, int partTop, int scale) {
            return new Line(text, partLeft + left / scale, partTop + top / scale, width / scale, height / scale,
                    charSize / scale, confidence);
        }
    }

    private TesseractTsv() {
    }

    static List<Line> lines(String tsv) {
        Map<String, List<String[]>> words = new LinkedHashMap<>();
        for (String row : tsv.split("\\R")) {
            String[] cells = row.split("\t", -1);
            if (cells.length > TEXT && WORD_LEVEL.equals(cells[LEVEL]) && !cells[TEXT].isBlank()) {
                words.computeIfAbsent(cells[BLOCK] + "/" + cells[PARAGRAPH] + "/" + cells[LINE], k -> new ArrayList<>())
                        .add(cells);
            }
        }
        List<Line> lines = new ArrayList<>();
        for (List<String[]> line : words.values()) {
            StringBuilder text = new StringBuilder();
            int left = Integer.MAX_VALUE;
            int top = Integer.MAX_VALUE;
            int right = 0;
            int bottom = 0;
            double confidence = 0;
            int[] heights = new int[line.size()];
            for (int i = 0; i < line.size(); i++) {
                String[] word = line.get(i);
                text.append(i == 0 ? "" : " ").append(word[TEXT]);
                int x = Integer.parseInt(word[LEFT]);
                int y = Integer.parseInt(word[TOP]);
                heights[i] = Integer.parseInt(word[HEIGHT]);
                left = Math.min(left, x);
                top = Math.min(top, y);
                right = Math.max(right, x + Integer.parseInt(word[WIDTH]));
                bottom = Math.max(bottom, y + heights[i]);
                confidence += Double.parseDouble(word[CONFIDENCE]) * word[TEXT].length();
            }
            Arrays.sort(heights);
            int characters = text.length() - (line.size() - 1);
            lines.add(new Line(text.toString(), left, top, right - left, bottom - top, heights[heights.length / 2],
                    confidence / characters));
        }
        return lines;
    }
}
