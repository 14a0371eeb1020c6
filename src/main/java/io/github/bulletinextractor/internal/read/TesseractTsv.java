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
    private static final int WIDTH = 8;
    private static final int HEIGHT = 9;
    private static final int CONFIDENCE = 10;
    private static final int TEXT = 11;
    private static final String WORD_LEVEL = "5";

    private TesseractTsv() {
    }

    static OcrEngine.Page page(String tsv) {
        Map<String, List<String[]>> lines = new LinkedHashMap<>();
        for (String row : tsv.split("\\R")) {
            String[] cells = row.split("\t", -1);
            if (cells.length > TEXT && WORD_LEVEL.equals(cells[LEVEL]) && !cells[TEXT].isBlank()) {
                lines.computeIfAbsent(cells[BLOCK] + "/" + cells[PARAGRAPH] + "/" + cells[LINE], k -> new ArrayList<>())
                        .add(cells);
            }
        }
        List<PageLine> result = new ArrayList<>();
        double confidence = 0;
        int characters = 0;
        for (List<String[]> words : lines.values()) {
            StringBuilder text = new StringBuilder();
            int left = Integer.MAX_VALUE;
            int right = 0;
            int[] heights = new int[words.size()];
            for (int i = 0; i < words.size(); i++) {
                String[] word = words.get(i);
                text.append(i == 0 ? "" : " ").append(word[TEXT]);
                int x = Integer.parseInt(word[LEFT]);
                left = Math.min(left, x);
                right = Math.max(right, x + Integer.parseInt(word[WIDTH]));
                heights[i] = Integer.parseInt(word[HEIGHT]);
                confidence += Double.parseDouble(word[CONFIDENCE]) * word[TEXT].length();
                characters += word[TEXT].length();
            }
            String repaired = OcrRepair.line(text.toString());
            if (!repaired.isEmpty()) {
                Arrays.sort(heights);
                // A Chinese character is about as wide as it is high: the median word height stands for the type size.
                result.add(new PageLine(repaired, left, right - left, heights[heights.length / 2], 0));
            }
        }
        return new OcrEngine.Page(result, characters == 0 ? 0 : confidence / characters);
    }
}
