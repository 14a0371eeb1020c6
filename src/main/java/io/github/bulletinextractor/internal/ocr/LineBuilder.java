package io.github.bulletinextractor.internal.ocr;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Puts the boxes read on a page together into printed lines, in reading order: boxes that share
 * most of their height stand on one line, read left to right. Where the characters read leave room
 * for one more, or were read with little confidence, the line says so ({@link OcrLine.Doubt}).
 */
final class LineBuilder {

    /** Boxes on one line share at least this share of the lower one's height. */
    private static final double SAME_LINE = 0.5;
    /** Runs of a line further apart than this many characters are joined with a space. */
    private static final double SPACED = 2;
    /**
     * Two Chinese characters read this many advances apart or more have room for one between them
     * that was not read. In print they stand one advance apart: 1.0–1.45 on the scanned fixtures,
     * justified lines spreading them a little.
     */
    private static final double UNREAD_BETWEEN = 1.75;
    /** The first character's middle lies 0.2–0.75 advances into its box; from this, one is missing before it. */
    private static final double UNREAD_BEFORE = 1.1;
    /** The last character's middle lies 0.25–0.95 advances before its box's end; from this, one is missing after it. */
    private static final double UNREAD_AFTER = 1.2;
    /** A character read with less confidence than this (0–1) is doubtful. */
    private static final double DOUBTFUL = 0.8;
    /** Marks that end a clause or sentence: Chinese print never sets two of them side by side. */
    private static final String PAUSES = "、，。；：";

    private LineBuilder() {}

    static OcrPage page(List<Reading> readings, boolean turned) {
        List<Reading> read = readings.stream()
                .map(LineBuilder::withoutDoubledPause)
                .filter(r -> !r.text().isBlank())
                .sorted(Comparator.comparingDouble(r -> r.box().top()))
                .toList();
        List<List<Reading>> lines = new ArrayList<>();
        for (Reading reading : read) {
            List<Reading> line =
                    lines.stream().filter(l -> sameLine(l, reading)).findFirst().orElse(null);
            if (line == null) {
                lines.add(new ArrayList<>(List.of(reading)));
            } else {
                line.add(reading);
            }
        }
        double charSize = advance(read);
        List<OcrLine> out = new ArrayList<>();
        double confidence = 0;
        int characters = 0;
        for (List<Reading> line : lines) {
            line.sort(Comparator.comparingDouble(r -> r.box().left()));
            out.add(line(line, charSize));
            for (Reading r : line) {
                confidence += r.meanConfidence() * r.text().length();
                characters += r.text().length();
            }
        }
        return new OcrPage(out, characters == 0 ? 0 : 100 * confidence / characters, turned);
    }

    private static boolean sameLine(List<Reading> line, Reading reading) {
        Reading last = line.get(line.size() - 1);
        double overlap = Math.min(last.box().bottom(), reading.box().bottom())
                - Math.max(last.box().top(), reading.box().top());
        return overlap
                >= SAME_LINE
                        * Math.min(
                                last.box().bottom() - last.box().top(),
                                reading.box().bottom() - reading.box().top());
    }

    /**
     * Of two pause marks read side by side (二、，“高效… where the print has 二、“高效…), the one
     * read with less confidence, which the recogniser made of the white between two marks.
     */
    static Reading withoutDoubledPause(Reading reading) {
        String text = reading.text();
        for (int i = 1; i < text.length(); i++) {
            if (PAUSES.indexOf(text.charAt(i - 1)) >= 0 && PAUSES.indexOf(text.charAt(i)) >= 0) {
                int drop = reading.confidences()[i] < reading.confidences()[i - 1] ? i : i - 1;
                return withoutDoubledPause(reading.without(drop));
            }
        }
        return reading;
    }

    /**
     * The advance of a full-width character: the median distance between neighbouring Chinese
     * characters of the readings; failing any, half the boxes' height.
     */
    static double advance(List<Reading> readings) {
        List<Double> advances = new ArrayList<>();
        for (Reading r : readings) {
            for (int i = 1; i < r.centres().length; i++) {
                if (isChinese(r.text().charAt(i - 1)) && isChinese(r.text().charAt(i))) {
                    advances.add(r.centres()[i] - r.centres()[i - 1]);
                }
            }
        }
        if (advances.isEmpty()) {
            return readings.stream()
                            .mapToDouble(r -> r.box().height())
                            .average()
                            .orElse(0)
                    / 2;
        }
        double[] sorted = advances.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static OcrLine line(List<Reading> line, double pageAdvance) {
        StringBuilder text = new StringBuilder();
        List<OcrLine.Doubt> doubts = new ArrayList<>();
        double left = Double.MAX_VALUE;
        double right = -Double.MAX_VALUE;
        double top = Double.MAX_VALUE;
        double bottom = -Double.MAX_VALUE;
        double confidence = 0;
        int characters = 0;
        Reading previous = null;
        for (Reading r : line) {
            if (previous != null && r.pageX(0) - previous.pageX(previous.text().length() - 1) > SPACED * pageAdvance) {
                text.append(' ');
            }
            doubts(r, text.length(), pageAdvance, doubts);
            text.append(r.text());
            left = Math.min(left, r.box().left());
            right = Math.max(right, r.box().right());
            top = Math.min(top, r.box().top());
            bottom = Math.max(bottom, r.box().bottom());
            confidence += r.meanConfidence() * r.text().length();
            characters += r.text().length();
            previous = r;
        }
        return new OcrLine(
                text.toString(),
                left,
                top,
                right - left,
                bottom - top,
                pageAdvance,
                100 * confidence / characters,
                doubts);
    }

    /** The doubts of a reading whose text starts at {@code base} in its line's. */
    private static void doubts(Reading r, int base, double pageAdvance, List<OcrLine.Doubt> doubts) {
        String text = r.text();
        double advance = r.advance().orElse(pageAdvance);
        double[] x = r.centres();
        int last = text.length() - 1;
        if (isChinese(text.charAt(0)) && x[0] > UNREAD_BEFORE * advance) {
            doubts.add(new OcrLine.Doubt(base, 0, 0));
        }
        for (int i = 0; i <= last; i++) {
            if (i > 0
                    && isChinese(text.charAt(i - 1))
                    && isChinese(text.charAt(i))
                    && x[i] - x[i - 1] > UNREAD_BETWEEN * advance) {
                doubts.add(new OcrLine.Doubt(base + i, 0, 0));
            }
            if (r.confidences()[i] < DOUBTFUL) {
                doubts.add(new OcrLine.Doubt(base + i, 1, r.confidences()[i]));
            }
        }
        if (isChinese(text.charAt(last)) && r.box().width() - x[last] > UNREAD_AFTER * advance) {
            doubts.add(new OcrLine.Doubt(base + last + 1, 0, 0));
        }
    }

    /**
     * A Chinese character (not a mark): those print one advance apart. The test of internal/text/Han,
     * repeated because ocr imports nothing else of ours (ArchitectureTest).
     */
    static boolean isChinese(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }
}
