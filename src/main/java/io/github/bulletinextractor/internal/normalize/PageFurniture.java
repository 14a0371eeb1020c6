package io.github.bulletinextractor.internal.normalize;

import java.util.regex.Pattern;

/** Recognises page numbers printed on a line of their own: {@code — 2 —}, {@code - 2 -}, {@code 第1页}, {@code 1/4}. */
final class PageFurniture {

    /** Longer than any page number with its dashes and spaces: such lines are text, not furniture. */
    private static final int LONGEST = 60;
    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "[-—–－─_~\\s]*(?:"
                    + "\\d{1,3}"
                    + "|第\\s*\\d{1,3}\\s*页(?:\\s*[,，/／]?\\s*共\\s*\\d{1,3}\\s*页)?"
                    + "|\\d{1,3}\\s*[/／]\\s*\\d{1,3}"
                    + "|[Pp]age\\s*\\d{1,3}(?:\\s*of\\s*\\d{1,3})?"
                    + ")[-—–－─_~\\s]*");

    private PageFurniture() {
    }

    static boolean isPageNumber(String line) {
        return line.length() <= LONGEST && !line.isBlank() && PAGE_NUMBER.matcher(line).matches();
    }
}
