package io.github.bulletinextractor.internal.ocr;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Puts the boxes read on a page together into printed lines, in reading order: boxes that share
 * most of their height stand on one line, read left to right.
 */
final class LineBuilder {

    /** Boxes on one line share at least this share of the lower one's height. */
    private static final double SAME_LINE = 0.5;

    private LineBuilder() {
    }

    static OcrPage page(List<Reading> readings, boolean turned) {
        List<List<Reading>> lines = new ArrayList<>();
        List<Reading> byTop = readings.stream().filter(r -> !r.text().isBlank())
                .sorted(Comparator.comparingDouble(r -> r.box().top())).toList();
        for (Reading reading : byTop) {
            List<Reading> line = lines.stream().filter(l -> sameLine(l, reading)).findFirst().orElse(null);
            if (line == null) {
                lines.add(new ArrayList<>(List.of(reading)));
            } else {
                line.add(reading);
            }
        }
        double pageCharSize = pageCharSize(readings);
        List<OcrLine> out = new ArrayList<>();
        double confidence = 0;
        int characters = 0;
        for (List<Reading> line : lines) {
            line.sort(Comparator.comparingDouble(r -> r.box().left()));
            OcrLine built = line(line, pageCharSize);
            out.add(built);
            for (Reading r : line) {
                confidence += r.meanConfidence() * r.text().length();
                characters += r.text().length();
            }
        }
        return new OcrPage(out, characters == 0 ? 0 : 100 * confidence / characters, turned);
    }

    private static boolean sameLine(List<Reading> line, Reading reading) {
        Reading last = line.get(line.size() - 1);
        double overlap = Math.min(last.box().bottom(), reading.box().bottom()) - Math.max(last.box().top(), reading.box().top());
        return overlap >= SAME_LINE * Math.min(last.box().bottom() - last.box().top(), reading.box().bottom() - reading.box().top());
    }

    /** The advance of a full-width character on the page: the median distance between neighbours. */
    static double pageCharSize(List<Reading> readings) {
        List<Double> advances = new ArrayList<>();
        for (Reading r : readings) {
            for (int i = 1; i < r.centres().length; i++) {
                if (isWide(r.text().charAt(i - 1)) && isWide(r.text().charAt(i))) {
                    advances.add(r.centres()[i] - r.centres()[i - 1]);
                }
            }
        }
        if (advances.isEmpty()) {
            return readings.stream().mapToDouble(r -> r.box().height()).average().orElse(0) / 2;
        }
        double[] sorted = advances.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static OcrLine line(List<Reading> line, double charSize) {
        StringBuilder text = new StringBuilder();
        double left = Double.MAX_VALUE;
        double right = -Double.MAX_VALUE;
        double top = Double.MAX_VALUE;
        double bottom = -Double.MAX_VALUE;
        double confidence = 0;
        Reading previous = null;
        for (Reading r : line) {
            if (previous != null) {
                double gap = r.pageX(0) - previous.pageX(previous.text().length() - 1);
                if (gap > 2 * charSize) {
                    text.append(' ');
                }
            }
            text.append(r.text());
            left = Math.min(left, r.box().left());
            right = Math.max(right, r.box().right());
            top = Math.min(top, r.box().top());
            bottom = Math.max(bottom, r.box().bottom());
            confidence += r.meanConfidence() * r.text().length();
            previous = r;
        }
        return new OcrLine(text.toString(), left, top, right - left, bottom - top, charSize,
                100 * confidence / text.length(), List.of());
    }

    static boolean isWide(char c) {
        return c >= 0x2E80;
    }
}
