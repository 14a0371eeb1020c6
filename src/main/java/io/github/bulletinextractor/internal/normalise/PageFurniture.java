package io.github.bulletinextractor.internal.normalise;

import java.util.regex.Pattern;

/** Recognises page numbers printed on a line of their own: {@code — 2 —}, {@code - 2 -}, {@code 第1页}, {@code 1/4}. */
final class PageFurniture {

    /** Longer than any page number with its dashes and spaces: such lines are text, not furniture. */
    private static final int LONGEST = 60;

    private static final String DASHES = "-—–－─_~";
    private static final Pattern PAGE_NUMBER = Pattern.compile("[" + DASHES + "\\s\u3000]*(?:"
            + "\\d{1,3}"
            + "|第\\s*\\d{1,3}\\s*页(?:\\s*[,，/／]?\\s*共\\s*\\d{1,3}\\s*页)?"
            + "|\\d{1,3}\\s*[/／]\\s*\\d{1,3}"
            + "|[Pp]age\\s*\\d{1,3}(?:\\s*of\\s*\\d{1,3})?"
            + ")[" + DASHES + "\\s\u3000]*");

    private PageFurniture() {}

    static boolean isPageNumber(String line) {
        if (line.length() > LONGEST) {
            return false;
        }
        int first = 0;
        while (first < line.length()
                && (DASHES.indexOf(line.charAt(first)) >= 0 || Character.isWhitespace(line.charAt(first)))) {
            first++;
        }
        // Only a number, 第, P or p can open the page number itself: other lines are passed over cheaply.
        return first < line.length()
                && (Character.isDigit(line.charAt(first)) || "第Pp".indexOf(line.charAt(first)) >= 0)
                && PAGE_NUMBER.matcher(line).matches();
    }
}
