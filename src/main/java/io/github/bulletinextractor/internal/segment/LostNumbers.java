package io.github.bulletinextractor.internal.segment;

import io.github.bulletinextractor.internal.WarningLog;
import io.github.bulletinextractor.internal.normalize.Paragraph;
import io.github.bulletinextractor.internal.text.ChineseNumerals;
import io.github.bulletinextractor.internal.text.FoldedText;
import io.github.bulletinextractor.model.WarningCode;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a heading whose number is missing: where sections go 二、 then 四、 and between them
 * stands one short title and no other, that title is section 三; where they go （一） then （三）
 * and one paragraph between starts with a bracketed mark that is no number (（到）), that is （二）. OCR loses a number at the start
 * of a line (三、厅（局）长进大厅 read as 厅（局）长进大厅), and without this the section's items
 * would fall under 二、. The section keeps no label, since none was read (or the numeral alone,
 * where only the 、 after it was lost), and a warning says so.
 */
final class LostNumbers {

    /** A heading is short; a longer unnumbered line is the first sentence of a paragraph. */
    private static final int MAX_HEADING = 20;
    private static final String NUMERALS = "一二三四五六七八九十百";
    /**
     * A bracketed number read as something else, at the start of a paragraph: （到）, 桓）. Only
     * where the numbers around it are bracketed too.
     */
    private static final Pattern MISREAD_BRACKETED = Pattern.compile("\\(?[^()\\s\\d]{1,2}\\)(?=\\S)");

    private LostNumbers() {
    }

    /** The blocks of {@code paragraphs} from {@code from} to {@code to}, with lost numbers found. */
    static List<Block> found(List<Paragraph> paragraphs, List<Block> blocks, int from, int to, WarningLog warnings) {
        List<Block> found = new ArrayList<>(blocks);
        // Where the last number of each level stood; a number of a higher level closes the lower ones.
        TreeMap<Integer, Integer> lastAt = new TreeMap<>();
        for (int i = from; i < to; i++) {
            Block block = blocks.get(i);
            if (!block.is(BlockKind.NUMBERED)) {
                continue;
            }
            Numbering number = block.numbering();
            Integer previous = lastAt.get(number.level());
            if (previous != null && blocks.get(previous).numbering().ordinal() + 2 == number.ordinal()) {
                boolean bracketed = number.label() != null
                        && (number.label().startsWith("（") || number.label().startsWith("("));
                int heading = onlyHeadingBetween(paragraphs, blocks, previous + 1, i, bracketed);
                if (heading >= 0) {
                    found.set(heading, new Block(BlockKind.NUMBERED,
                            lostNumber(paragraphs.get(heading), number.level(), number.ordinal() - 1, bracketed)));
                    warnings.add(WarningCode.NUMBERING_GAP, "section %s follows %s: %s between them, printed without a number or with a number not read, is taken for the section between"
                            .formatted(number.label(), blocks.get(previous).numbering().label(),
                                    paragraphs.get(heading).text().strip()), paragraphs.get(heading).page());
                }
            }
            lastAt.tailMap(number.level(), false).clear();
            lastAt.put(number.level(), i);
        }
        return found;
    }

    /**
     * The number of a heading that lost it: no label, or the numeral alone where only the mark after
     * it was lost (三厅（局）长进大厅 has label 三 and heading 厅（局）长进大厅).
     */
    private static Numbering lostNumber(Paragraph heading, int level, int ordinal, boolean bracketed) {
        FoldedText text = heading.folded();
        Matcher misread = MISREAD_BRACKETED.matcher(text.folded());
        if (bracketed && misread.lookingAt()) {
            return new Numbering(level, text.original(0, misread.end()), ordinal, misread.end());
        }
        int numeral = 0;
        while (numeral < text.folded().length() && NUMERALS.indexOf(text.folded().charAt(numeral)) >= 0) {
            numeral++;
        }
        boolean printed = numeral > 0 && numeral < text.folded().length()
                && ChineseNumerals.parse(text.folded().substring(0, numeral)).orElse(-1) == ordinal;
        return printed ? new Numbering(level, text.original(0, numeral), ordinal, numeral)
                : new Numbering(level, null, ordinal, 0);
    }

    /**
     * The one paragraph from {@code from} to {@code to} that reads as a heading, or as an item
     * whose bracketed number was misread, or -1 when none or several do.
     */
    private static int onlyHeadingBetween(List<Paragraph> paragraphs, List<Block> blocks, int from, int to,
                                          boolean bracketed) {
        int heading = -1;
        for (int i = from; i < to; i++) {
            String text = paragraphs.get(i).text().strip();
            String folded = paragraphs.get(i).folded().folded();
            boolean title = text.codePointCount(0, text.length()) <= MAX_HEADING && Titles.isGroupTitle(text)
                    && !BlockClassifier.isWhollyBracketed(folded);
            boolean misreadNumber = bracketed && MISREAD_BRACKETED.matcher(folded).lookingAt();
            if (blocks.get(i).is(BlockKind.PLAIN) && (title || misreadNumber)) {
                if (heading >= 0) {
                    return -1;
                }
                heading = i;
            }
        }
        return heading;
    }
}
