package io.github.bulletinextractor.internal.read;

import java.util.regex.Pattern;

/**
 * Mends the few things OCR reads in a line of Chinese print that the print itself rules out. Each
 * rule is a rule of how Chinese is printed, not a list of misread words, and each is kept because
 * it mends lines PP-OCRv4 misreads on the scanned fixtures (docs/formats.md); a line read right
 * passes through unchanged.
 */
final class OcrRepair {

    /**
     * Marks Chinese print never starts a line with (closing punctuation and brackets), read at the
     * start of a line from a speck: ？三、厅（局）长进大厅.
     */
    private static final Pattern LEADING_MARKS = Pattern.compile("^[。，、；：？！）》」』】”’,;:?!)_|]+(?=\\S)");
    /** 一 or a hyphen read for the dash of a date range, which stands between a day and a number: 3月25日一3月29日, 25一29日. */
    private static final Pattern RANGE_DASH = Pattern.compile("(?<=日)[一\\-－–~](?=\\d)|(?<=\\d)一(?=\\d)");

    private OcrRepair() {}

    /** The line as printed, as far as print tells. */
    static String line(String ocr) {
        String text = LEADING_MARKS.matcher(ocr.strip()).replaceFirst("");
        return RANGE_DASH.matcher(text).replaceAll("—");
    }
}
