package io.github.bulletinextractor.internal.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/** Turns Tika's XHTML events into lines: one per block element, one per table row. */
final class ParagraphHandler extends DefaultHandler {

    private static final Pattern LINE_BREAK = Pattern.compile("[\\n\\u2028]");
    private static final Pattern WHITE_SPACE = Pattern.compile("[\\s\\u00A0]+");

    private static final Set<String> BLOCKS =
            Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "div", "pre", "blockquote", "dt", "dd", "caption");
    private static final Set<String> SKIPPED = Set.of("head", "title", "script", "style");

    private final List<SourceLine> lines = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private final ReadLimits limits;
    private long characters;
    private int skipped;
    private int inRow;
    private boolean atParagraphStart = true;
    private int bold;
    private int boldLead;
    private boolean leadOpen = true;

    ParagraphHandler(ReadLimits limits) {
        this.limits = limits;
    }

    List<SourceLine> lines() {
        flush(true);
        return lines;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        limits.checkTimeUnchecked();
        String name = localName.toLowerCase(Locale.ROOT);
        String cssClass = attributes.getValue("class");
        if (SKIPPED.contains(name)
                || skipped > 0
                || "div".equals(name) && ("header".equals(cssClass) || "footer".equals(cssClass))) {
            skipped++;
            return;
        }
        if ("tr".equals(name)) {
            flush(true);
            inRow++;
        } else if (BLOCKS.contains(name) && inRow == 0) {
            flush(true);
        } else if ("b".equals(name) || "strong".equals(name)) {
            bold++;
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        String name = localName.toLowerCase(Locale.ROOT);
        if (skipped > 0) {
            skipped--;
            return;
        }
        if ("b".equals(name) || "strong".equals(name)) {
            bold = Math.max(0, bold - 1);
        } else if ("br".equals(name)) {
            flush(false);
        } else if ("td".equals(name) || "th".equals(name)) {
            text.append(' ');
        } else if ("tr".equals(name)) {
            inRow = Math.max(0, inRow - 1);
            flush(true);
        } else if (BLOCKS.contains(name) && inRow == 0) {
            flush(true);
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (skipped > 0) {
            return;
        }
        characters += length;
        limits.checkCharactersUnchecked(characters);
        limits.checkTimeUnchecked();
        String chunk = new String(ch, start, length);
        if (leadOpen && !chunk.isBlank()) {
            if (bold > 0) {
                boldLead =
                        text.toString().strip().length() + chunk.stripTrailing().length();
            } else {
                leadOpen = false;
            }
        }
        text.append(chunk);
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) {
        characters(ch, start, length);
    }

    /**
     * Ends the current line; {@code paragraphEnd} when the source says the paragraph ends there
     * rather than at a line break inside it.
     */
    private void flush(boolean paragraphEnd) {
        // Tika writes a line break (<br>, a soft return in Word) as a newline in the text.
        List<String> parts = new ArrayList<>();
        for (String part : LINE_BREAK.split(text)) {
            String line = WHITE_SPACE.matcher(part).replaceAll(" ").strip();
            if (!line.isEmpty()) {
                parts.add(line);
            }
        }
        text.setLength(0);
        int lead = boldLead;
        boldLead = 0;
        leadOpen = true;
        for (int i = 0; i < parts.size(); i++) {
            boolean last = i == parts.size() - 1;
            lines.add(new SourceLine(parts.get(i), null, atParagraphStart, last && paragraphEnd, i == 0 ? lead : 0));
            atParagraphStart = last && paragraphEnd;
        }
        if (parts.isEmpty() && paragraphEnd && !lines.isEmpty()) {
            SourceLine last = lines.get(lines.size() - 1);
            lines.set(
                    lines.size() - 1,
                    new SourceLine(last.text(), last.page(), last.startsParagraph(), true, last.boldLead()));
            atParagraphStart = true;
        }
    }
}
