package io.github.bulletinextractor.internal.segment;

import io.github.bulletinextractor.internal.WarningLog;
import io.github.bulletinextractor.internal.classify.Block;
import io.github.bulletinextractor.internal.classify.BlockClassifier;
import io.github.bulletinextractor.internal.classify.BlockKind;
import io.github.bulletinextractor.internal.classify.Numbering;
import io.github.bulletinextractor.internal.classify.Titles;
import io.github.bulletinextractor.internal.lexicon.Calendar;
import io.github.bulletinextractor.internal.normalise.Paragraph;
import io.github.bulletinextractor.internal.text.FoldedText;
import io.github.bulletinextractor.model.WarningCode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Sorts paragraphs into masthead, section tree and back matter. Numbered paragraphs open sections at
 * the level of their numbering style; unnumbered paragraphs are the body of the section above them;
 * an unnumbered title followed by a level-1 section opens a level-0 group.
 */
public final class Segmenter {

    /** The printed period, （3月25日—3月29日）, possibly with years. */
    private static final Pattern PERIOD =
            Pattern.compile("\\((?:\\d{4}年)?\\d{1,2}月\\d{1,2}日?" + Calendar.RANGE + "+.*\\)");

    private final BlockClassifier classifier;

    public Segmenter(BlockClassifier classifier) {
        this.classifier = classifier;
    }

    public StructuredDocument segment(List<Paragraph> paragraphs, WarningLog warnings) {
        List<Block> blocks = paragraphs.stream().map(p -> p.block(classifier)).toList();
        int bodyStart = bodyStart(paragraphs, blocks);
        int backStart = backStart(blocks, bodyStart);

        List<Paragraph> masthead = new ArrayList<>(paragraphs.subList(0, bodyStart));
        List<Paragraph> notes = new ArrayList<>();
        List<SectionNode> roots = new ArrayList<>();
        Deque<SectionNode> open = new ArrayDeque<>();
        boolean anyNumbered = false;
        for (int i = bodyStart; i < backStart; i++) {
            Paragraph paragraph = paragraphs.get(i);
            Block block = blocks.get(i);
            if (block.is(BlockKind.ATTACHMENT_NOTE) || continuesAttachmentList(paragraphs, blocks, i)) {
                notes.add(paragraph);
            } else if (!anyNumbered && isPeriod(paragraph)) {
                masthead.add(paragraph);
            } else if (block.is(BlockKind.NUMBERED)) {
                anyNumbered = true;
                openNumbered(paragraph, block.numbering(), roots, open, warnings);
            } else if (isGroupTitle(paragraphs, blocks, i)) {
                open.clear();
                SectionNode group =
                        new SectionNode(null, 0, null, paragraph.text().strip(), paragraph.page());
                roots.add(group);
                open.push(group);
            } else {
                if (open.isEmpty()) {
                    SectionNode preamble = new SectionNode(null, 0, null, null, paragraph.page());
                    roots.add(preamble);
                    open.push(preamble);
                }
                open.peek().addBody(paragraph);
            }
        }
        List<Paragraph> back = new ArrayList<>();
        for (int i = backStart; i < paragraphs.size(); i++) {
            (blocks.get(i).is(BlockKind.ATTACHMENT_NOTE) ? notes : back).add(paragraphs.get(i));
        }
        return new StructuredDocument(masthead, roots, back, notes);
    }

    /**
     * The body starts at the first numbered paragraph or at a group title before one. A bulletin
     * without numbered sections starts its body after the masthead's titles and dates.
     */
    private int bodyStart(List<Paragraph> paragraphs, List<Block> blocks) {
        for (int i = 0; i < paragraphs.size(); i++) {
            if (blocks.get(i).is(BlockKind.NUMBERED) || isGroupTitle(paragraphs, blocks, i)) {
                return i;
            }
            if (isBackMatter(blocks.get(i))) {
                break;
            }
        }
        int start = 0;
        while (start < paragraphs.size() && isMastheadLine(paragraphs.get(start), blocks.get(start))) {
            start++;
        }
        return start;
    }

    /** A line of the masthead: issue line, date, bracketed period, or a title such as the series or publisher. */
    private boolean isMastheadLine(Paragraph paragraph, Block block) {
        return switch (block.kind()) {
            case ISSUE_LINE, DATE_LINE, BRACKETED -> true;
            case PLAIN ->
                Titles.isTitle(paragraph.text())
                        || classifier.endsWithDate(paragraph.folded().folded());
            default -> false;
        };
    }

    /** Back matter starts with the first attachment page, distribution list or print run after the body. */
    private static int backStart(List<Block> blocks, int bodyStart) {
        for (int i = bodyStart; i < blocks.size(); i++) {
            if (isBackMatter(blocks.get(i))) {
                return i;
            }
        }
        return blocks.size();
    }

    private static boolean isBackMatter(Block block) {
        return block.is(BlockKind.ATTACHMENT_MARKER)
                || block.is(BlockKind.DISTRIBUTION)
                || block.is(BlockKind.PRINT_RUN);
    }

    private boolean isGroupTitle(List<Paragraph> paragraphs, List<Block> blocks, int index) {
        if (!blocks.get(index).is(BlockKind.PLAIN)
                || !Titles.isGroupTitle(paragraphs.get(index).text())) {
            return false;
        }
        for (int next = index + 1; next < paragraphs.size(); next++) {
            if (isPeriod(paragraphs.get(next))) {
                continue;
            }
            Block block = blocks.get(next);
            return block.is(BlockKind.NUMBERED) && block.numbering().level() == 1;
        }
        return false;
    }

    /**
     * {@code 2.先进个人名单} under {@code 附件：1.先进窗口单位名单}: the attachment list goes on,
     * numbered in the style of its first item.
     */
    private boolean continuesAttachmentList(List<Paragraph> paragraphs, List<Block> blocks, int index) {
        Block block = blocks.get(index);
        if (!block.is(BlockKind.NUMBERED)) {
            return false;
        }
        int first = index - block.numbering().ordinal() + 1;
        if (first < 0 || !blocks.get(first).is(BlockKind.ATTACHMENT_NOTE)) {
            return false;
        }
        FoldedText note = paragraphs.get(first).folded();
        Numbering firstItem = classifier.numbering(
                FoldedText.of(note.originalFrom(note.folded().indexOf(':') + 1)));
        return firstItem != null
                && firstItem.ordinal() == 1
                && firstItem.level() == block.numbering().level();
    }

    private static boolean isPeriod(Paragraph paragraph) {
        return PERIOD.matcher(paragraph.folded().folded()).matches();
    }

    private static void openNumbered(
            Paragraph paragraph,
            Numbering numbering,
            List<SectionNode> roots,
            Deque<SectionNode> open,
            WarningLog warnings) {
        while (!open.isEmpty()
                && open.peek().level() >= numbering.level()
                && open.peek().level() > 0) {
            open.pop();
        }
        SectionNode parent = open.peek();
        List<SectionNode> siblings = parent == null ? roots : parent.children();
        checkOrdinal(siblings, numbering, paragraph, warnings);

        Paragraph rest = paragraph.from(paragraph.folded().originalIndex(numbering.labelEnd()));
        int labelLength = paragraph.text().length() - rest.text().length();
        String heading = null;
        Paragraph body = rest;
        if (Titles.isTitle(rest.text())) {
            heading = Titles.withoutTrailing(rest.text(), "：:");
            body = rest.from(rest.text().length());
        } else {
            String runIn = Titles.runInTitle(rest.text(), paragraph.boldLead() - labelLength);
            if (runIn != null) {
                heading = runIn;
                body = rest.from(rest.text().indexOf('。') + 1);
            }
        }
        SectionNode node =
                new SectionNode(numbering.label(), numbering.level(), numbering.ordinal(), heading, paragraph.page());
        node.addBody(body);
        if (parent == null) {
            roots.add(node);
        } else {
            parent.addChild(node);
        }
        open.push(node);
    }

    private static void checkOrdinal(
            List<SectionNode> siblings, Numbering numbering, Paragraph paragraph, WarningLog warnings) {
        SectionNode previous = null;
        for (SectionNode sibling : siblings) {
            if (sibling.level() == numbering.level()) {
                previous = sibling;
            }
        }
        int expected = previous == null ? 1 : previous.ordinal() + 1;
        int actual = numbering.ordinal();
        if (actual == expected) {
            return;
        }
        String where = "section " + numbering.label()
                + (previous == null ? " is the first at its level" : " follows " + previous.label());
        if (previous != null && actual == previous.ordinal()) {
            warnings.add(WarningCode.NUMBERING_DUPLICATE, where + ": the number is repeated", paragraph.page());
        } else if (previous != null && actual < previous.ordinal()) {
            warnings.add(WarningCode.NUMBERING_OUT_OF_ORDER, where + ": expected " + expected, paragraph.page());
        } else {
            warnings.add(WarningCode.NUMBERING_GAP, where + ": expected " + expected, paragraph.page());
        }
    }
}
