package io.github.bulletinextractor.internal.normalise;

import io.github.bulletinextractor.internal.classify.Block;
import io.github.bulletinextractor.internal.classify.BlockClassifier;
import io.github.bulletinextractor.internal.classify.BlockKind;
import io.github.bulletinextractor.internal.classify.Numbering;
import io.github.bulletinextractor.internal.classify.Titles;
import io.github.bulletinextractor.internal.read.SourceLine;
import io.github.bulletinextractor.internal.text.FoldedText;
import io.github.bulletinextractor.internal.text.TextWidth;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a reader's lines into paragraphs: removes markup residue and page numbers, and joins lines
 * the page wrapped. Two lines are joined unless something says a paragraph ended between them:
 * the next line starts a numbered item or another kind of block, a blank line (where the text uses
 * blank lines only between paragraphs), a heading, or a line that stops short of the measure.
 */
public final class Normaliser {

    /** In text without a measure, a title-like line this narrow (about 20 Chinese characters) stands alone. */
    private static final int SHORT_WITHOUT_MEASURE = 40;

    private static final int TAIL = 40;
    private static final String SENTENCE_END = "。！？；：!?;:…";
    private static final String CLOSERS = "”’」』》）)】\"'";

    private final BlockClassifier classifier;

    public Normaliser(BlockClassifier classifier) {
        this.classifier = classifier;
    }

    public List<Paragraph> paragraphs(List<SourceLine> source) {
        List<Line> lines = cleanLines(source);
        LineMeasure measure = LineMeasure.of(lines.stream()
                .filter(l -> !l.blank() && !l.heading)
                .map(l -> l.width)
                .toList());
        boolean blankLinesSeparate = blankLinesSeparateParagraphs(lines);

        List<Paragraph> paragraphs = new ArrayList<>();
        OrdinalTracker ordinals = new OrdinalTracker();
        Building building = null;
        boolean gap = false;
        // Before the first section the publisher's line ends with the publication date, which
        // ends that line's paragraph even where the page wrapped it (…2024 年 12 月 25 / 日).
        boolean inMasthead = true;
        // The line after 附件 is the attachment's title: a paragraph of its own when it reads as one.
        boolean afterAttachmentMarker = false;
        boolean attachmentTitle = false;
        for (Line line : lines) {
            if (line.blank()) {
                gap = true;
                continue;
            }
            if (building != null
                    && (startsNewParagraph(building.open, line, gap && blankLinesSeparate, measure, ordinals)
                            || attachmentTitle
                            || inMasthead && classifier.endsWithDate(building.tail()))) {
                paragraphs.add(building.paragraph());
                building = null;
            }
            if (building == null) {
                if (line.rule) {
                    gap = false;
                    continue;
                }
                // Where lines have no common measure to tell a short one by, that is.
                attachmentTitle = afterAttachmentMarker && !measure.known() && Titles.isTitle(line.text);
                afterAttachmentMarker = line.block.is(BlockKind.ATTACHMENT_MARKER);
                building = new Building(line);
                if (line.block.is(BlockKind.NUMBERED)) {
                    ordinals.seen(line.block.numbering());
                    inMasthead = false;
                }
            } else {
                building.add(line);
            }
            gap = false;
        }
        if (building != null) {
            paragraphs.add(building.paragraph());
        }
        return paragraphs;
    }

    /** The paragraph being built: its text so far, where later pages begin, and its lines' folded views. */
    private static final class Building {
        private Line open;
        private final StringBuilder text = new StringBuilder();
        private final List<Paragraph.PageBreak> pageBreaks = new ArrayList<>();
        /** Each line's folded view, and where the line starts in the text. */
        private final List<FoldedText> views = new ArrayList<>();

        private final List<Integer> offsets = new ArrayList<>();
        private Integer currentPage;

        Building(Line first) {
            open = first;
            text.append(first.text);
            views.add(first.folded);
            offsets.add(0);
            currentPage = first.page;
        }

        void add(Line line) {
            appendWrapped(text, line.text);
            int start = text.length() - line.text.length();
            views.add(line.folded);
            offsets.add(start);
            if (line.page != null && !line.page.equals(currentPage)) {
                pageBreaks.add(new Paragraph.PageBreak(start, line.page));
                currentPage = line.page;
            }
            open = open.continuedBy(line);
        }

        /** The end of the text, folded: enough to hold a date, however long the paragraph grows. */
        String tail() {
            return FoldedText.of(text.substring(Math.max(0, text.length() - TAIL)))
                    .folded();
        }

        /**
         * A paragraph of one line keeps the folded view and classification its line was given; one of
         * several lines has its view joined from theirs, and is classified again when it is needed.
         */
        Paragraph paragraph() {
            String joined = text.toString();
            boolean oneLine = views.size() == 1;
            return new Paragraph(
                    joined,
                    open.page,
                    open.boldLead,
                    pageBreaks,
                    oneLine ? views.get(0) : FoldedText.join(joined, views, offsets),
                    oneLine ? open.block : null);
        }
    }

    private List<Line> cleanLines(List<SourceLine> source) {
        List<Line> lines = new ArrayList<>(source.size());
        for (SourceLine raw : source) {
            String plain = withoutInvisibles(raw.text());
            if (PageFurniture.isPageNumber(plain)) {
                continue;
            }
            MarkupResidue.Line stripped = MarkupResidue.strip(plain);
            String text = stripped.text();
            FoldedText folded = text.isEmpty() ? null : FoldedText.of(text);
            Block block = folded == null ? new Block(BlockKind.PLAIN, null) : classifier.classify(folded);
            int boldLead = Math.max(stripped.boldLead(), Math.min(raw.boldLead(), text.length()));
            int width = TextWidth.of(text);
            lines.add(new Line(
                    text,
                    folded,
                    raw.page(),
                    stripped.heading(),
                    stripped.rule(),
                    boldLead,
                    block,
                    width,
                    width,
                    raw.startsParagraph(),
                    raw.endsParagraph(),
                    raw.reachesEnd()));
        }
        return lines;
    }

    /** No-break spaces as spaces; zero-width spaces and stray byte-order marks removed. */
    private static String withoutInvisibles(String text) {
        // Three searches with indexOf, which the JVM vectorises, beat one loop over the characters.
        if (text.indexOf('\u00A0') < 0 && text.indexOf('\u200B') < 0 && text.indexOf('\uFEFF') < 0) {
            return text;
        }
        return text.replace('\u00A0', ' ').replace("\u200B", "").replace("\uFEFF", "");
    }

    /** Blank lines mean something only in text that also has lines directly after one another. */
    private static boolean blankLinesSeparateParagraphs(List<Line> lines) {
        int adjacent = 0;
        int content = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).blank()) {
                continue;
            }
            content++;
            if (i > 0 && !lines.get(i - 1).blank()) {
                adjacent++;
            }
        }
        return content > 1 && adjacent * 2 >= content - 1;
    }

    private boolean startsNewParagraph(
            Line previous, Line next, boolean blankGap, LineMeasure measure, OrdinalTracker ordinals) {
        if (previous.heading
                || next.heading
                || next.rule
                || blankGap
                || previous.endsParagraph
                || next.startsParagraph) {
            return true;
        }
        if (previous.block.kind() == BlockKind.BRACKETED
                || previous.block.kind() == BlockKind.ISSUE_LINE
                || previous.block.kind() == BlockKind.PRINT_RUN
                || previous.block.kind() == BlockKind.ATTACHMENT_MARKER
                || previous.block.kind() == BlockKind.DATE_LINE) {
            return true;
        }
        boolean previousEnded = endsParagraph(previous, measure);
        switch (next.block.kind()) {
            case PLAIN:
                return previousEnded;
            case NUMBERED:
                // A wrapped line can begin with a number by chance; trust it only where the
                // previous line ended or the number is the one expected next.
                return previousEnded || ordinals.isExpected(next.block.numbering());
            default:
                return true;
        }
    }

    private static boolean endsParagraph(Line line, LineMeasure measure) {
        if (line.reachesEnd) {
            // On the page it runs to the end of the text: the page broke it, however few
            // characters it holds (digits set narrow, and a first line is indented).
            return false;
        }
        boolean sentenceEnd = endsSentence(line.text);
        if (measure.known()) {
            return measure.isShort(line.lastWidth) || sentenceEnd && measure.endsSentenceShort(line.lastWidth);
        }
        // Without a measure a short line ends its paragraph only if it reads as a title: a
        // fragment with commas is the first half of a paragraph split by the page.
        return sentenceEnd || line.lastWidth <= SHORT_WITHOUT_MEASURE && Titles.isTitle(line.text);
    }

    static boolean endsSentence(String text) {
        int end = text.length();
        while (end > 0 && CLOSERS.indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        return end > 0 && SENTENCE_END.indexOf(text.charAt(end - 1)) >= 0;
    }

    /** Joins a wrapped line: no space between Chinese characters, one between Latin words. */
    private static void appendWrapped(StringBuilder text, String next) {
        if (text.length() > 0
                && !next.isEmpty()
                && isLatinLetter(text.charAt(text.length() - 1))
                && isLatinLetter(next.charAt(0))) {
            text.append(' ');
        }
        text.append(next);
    }

    private static boolean isLatinLetter(char c) {
        return c < 0x80 && Character.isLetter(c);
    }

    /**
     * A cleaned line, or the paragraph it opened: then {@code block} is that of its first line and
     * {@code text} and {@code lastWidth} are those of its latest line.
     */
    private record Line(
            String text,
            FoldedText folded,
            Integer page,
            boolean heading,
            boolean rule,
            int boldLead,
            Block block,
            int width,
            int lastWidth,
            boolean startsParagraph,
            boolean endsParagraph,
            boolean reachesEnd) {

        boolean blank() {
            return text.isEmpty() && !rule;
        }

        Line continuedBy(Line next) {
            return new Line(
                    next.text,
                    null,
                    page,
                    heading,
                    rule,
                    boldLead,
                    block,
                    width,
                    next.width,
                    startsParagraph,
                    next.endsParagraph,
                    next.reachesEnd);
        }
    }

    /** The last ordinal seen at each level, to tell a real item number from a number a line happens to start with. */
    private static final class OrdinalTracker {
        private final int[] last = new int[8];

        void seen(Numbering numbering) {
            last[numbering.level()] = numbering.ordinal();
            for (int deeper = numbering.level() + 1; deeper < last.length; deeper++) {
                last[deeper] = 0;
            }
        }

        boolean isExpected(Numbering numbering) {
            return numbering.ordinal() == 1 || numbering.ordinal() == last[numbering.level()] + 1;
        }
    }
}
