package io.github.bulletinextractor.internal.normalise;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes what a conversion to Markdown leaves in a line ({@code #} heading marks, {@code **} bold,
 * {@code ---} rules, {@code >} quotes, backslash escapes) and remembers what it meant.
 */
final class MarkupResidue {

    private static final Pattern HEADING = Pattern.compile("^\\s{0,3}#{1,6}\\s+(.*?)(?:\\s+#+)?\\s*$");
    private static final Pattern QUOTE = Pattern.compile("^\\s{0,3}>\\s?");
    private static final Pattern ESCAPE = Pattern.compile("\\\\([\\\\`*_{}\\[\\]()#+\\-.!|])");
    private static final Pattern BOLD_LEAD = Pattern.compile("^(\\*\\*|__)(.+?)\\1");

    /**
     * A line with its markup removed.
     *
     * @param text     the text left
     * @param heading  the line was a Markdown heading
     * @param rule     the line was a horizontal rule, a paragraph boundary with no text
     * @param boldLead how many characters at the start of {@code text} were bold
     */
    record Line(String text, boolean heading, boolean rule, int boldLead) {}

    private MarkupResidue() {}

    static Line strip(String raw) {
        if (isRule(raw)) {
            return new Line("", false, true, 0);
        }
        // Most lines carry no markup at all: the patterns run only where their mark occurs.
        String text = raw;
        boolean heading = false;
        if (text.indexOf('#') >= 0) {
            Matcher h = HEADING.matcher(text);
            if (h.matches()) {
                text = h.group(1);
                heading = true;
            }
        }
        if (text.indexOf('>') >= 0) {
            text = QUOTE.matcher(text).replaceFirst("");
        }
        text = text.strip();
        int boldLead = 0;
        if (text.startsWith("**") || text.startsWith("__")) {
            Matcher bold = BOLD_LEAD.matcher(text);
            if (bold.find()) {
                boldLead = unmark(bold.group(2)).length();
            }
        }
        return new Line(unmark(text), heading, false, boldLead);
    }

    /**
     * {@code ---}, {@code * * *} or {@code ___}: three or more of one of those characters and
     * nothing else but spaces. Counted, since a pattern with a back-reference inside a repetition
     * recurses once per character and overflows the stack on a long line.
     */
    private static boolean isRule(String raw) {
        char mark = 0;
        int marks = 0;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == ' ' || c == '\t') {
                continue;
            }
            if (mark == 0 && "-*_".indexOf(c) >= 0) {
                mark = c;
            }
            if (c != mark) {
                return false;
            }
            marks++;
        }
        return marks >= 3;
    }

    private static String unmark(String text) {
        String unbolded = text.replace("**", "").replace("__", "");
        return (unbolded.indexOf('\\') < 0 ? unbolded : ESCAPE.matcher(unbolded).replaceAll("$1")).strip();
    }
}
