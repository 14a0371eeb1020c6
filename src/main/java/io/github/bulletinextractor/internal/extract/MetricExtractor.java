package io.github.bulletinextractor.internal.extract;

import io.github.bulletinextractor.internal.lexicon.ScopeWords;
import io.github.bulletinextractor.internal.normalise.Paragraph;
import io.github.bulletinextractor.internal.segment.SectionNode;
import io.github.bulletinextractor.internal.segment.StructuredDocument;
import io.github.bulletinextractor.internal.text.FoldedText;
import io.github.bulletinextractor.internal.text.Words;
import io.github.bulletinextractor.model.Metric;
import io.github.bulletinextractor.model.MetricScope;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads every counted quantity in the body (headings and text of all sections) with what it
 * counts, the period it covers and the clause it stands in.
 */
public final class MetricExtractor implements FieldExtractor {

    /** Words before a number that say how it was counted, not what: 共计咨询 is a count of 咨询; also 3月, 、 and spaces. */
    private static final Words LEADING_FILLERS = Words.of("本周|本月|当月|今年以来|年初以来|截至目前|截止目前|目前|其中|全年|已经|已|、");
    /** Counting verbs and list breaks: what follows the last of them up to the number is the thing counted. */
    private static final Words LABEL_CUTS = Words.of("共计|累计|合计|总计|共有|共|提供|开展|、|等");

    private static final Words TRAILING_FILLERS =
            Words.of("达到|提升到|提升至|提高到|提高至|增加到|增至|降至|降到|调整为|分别为|为|达|约|超过|近|逾|从|到|至|有|占");
    private static final int MAX_CONTEXT = 80;
    /** How far into a label a filler is looked for, at either end. */
    private static final int FILLER_REACH = 24;

    private static final Set<String> MEASURE_WORDS = Set.of("个", "家", "项", "份");
    /** Where the noun after a measure word ends: 47个省直部门（单位）梳理… counts 省直部门（单位）. */
    private static final Pattern NOUN_AFTER = Pattern.compile(
            "((?:(?!的|和|与|及|等|参加|召开|开展|梳理|提出|进行|围绕|予以|有针对|完成|实行|未|开办|调整|确认|集中)\\p{IsHan}){1,10})(\\([^()]{1,6}\\))?");

    @Override
    public void extract(StructuredDocument document, BulletinDraft draft) {
        document.sections().forEach(top -> readSection(top, null, draft));
    }

    private void readSection(SectionNode section, MetricScope inherited, BulletinDraft draft) {
        MetricScope sectionScope = inherited;
        if (section.heading() != null) {
            if (ReportedMonth.namedIn(FoldedText.of(section.heading()).folded(), draft)) {
                sectionScope = MetricScope.MONTH;
            }
            read(new Paragraph(section.heading(), section.page(), 0), sectionScope, draft);
        }
        for (Paragraph paragraph : section.body()) {
            read(paragraph, sectionScope, draft);
        }
        for (SectionNode child : section.children()) {
            readSection(child, sectionScope, draft);
        }
    }

    private void read(Paragraph paragraph, MetricScope sectionScope, BulletinDraft draft) {
        FoldedText text = paragraph.folded();
        String f = text.folded();
        List<Quantity> quantities = Quantity.findAll(f, 0, f.length());
        if (quantities.isEmpty()) {
            return;
        }
        ParagraphCursor cursor = new ParagraphCursor(f, ScopeWords.of(draft.frequency));
        Map<Integer, MetricScope> counted = draft.countedScopes.getOrDefault(paragraph, Map.of());
        int previousEnd = 0;
        int previousClause = -1;
        String previousLabel = null;
        for (Quantity quantity : quantities) {
            cursor.moveTo(quantity.start());
            int clauseStart = cursor.clauseStart();
            int clauseEnd = cursor.clauseEnd(quantity.end());
            boolean sameClause = clauseStart == previousClause;
            // A case count takes the scope its run of figures has, which may be stated sentences before.
            MetricScope scope = counted.getOrDefault(quantity.start(), cursor.scope());
            if (scope == null && ReportedMonth.opens(f, cursor.sentenceStart(), draft)) {
                scope = MetricScope.MONTH;
            }
            String label = label(
                    text,
                    sameClause ? Math.max(clauseStart, previousEnd) : clauseStart,
                    quantity,
                    sameClause ? previousLabel : null);
            // A clause is a few dozen characters; the window keeps a run-on list from copying itself into every figure.
            String clause = text.original(
                            Math.max(clauseStart, quantity.start() - MAX_CONTEXT),
                            Math.min(clauseEnd, quantity.end() + MAX_CONTEXT))
                    .strip();
            draft.metrics.add(new Metric(
                    label,
                    quantity.value(),
                    quantity.unit(),
                    scope == null ? sectionScope : scope,
                    clause,
                    paragraph.pageAt(text.originalIndex(quantity.start()))));
            previousEnd = quantity.end();
            previousClause = clauseStart;
            previousLabel = label;
        }
    }

    /**
     * What a quantity counts: for 个/家/项/份 the noun after the measure word when there is one
     * (47个省直部门); else the words before the number after the last counting verb or list break
     * (共计咨询 1838人次 counts 咨询); else the label of the quantity before it in the clause
     * (从 32个调整为 39个).
     */
    private static String label(FoldedText text, int from, Quantity quantity, String previousLabel) {
        String f = text.folded();
        if (MEASURE_WORDS.contains(quantity.unit())) {
            Matcher noun = NOUN_AFTER.matcher(f).region(quantity.end(), f.length());
            if (noun.lookingAt()) {
                return text.original(quantity.end(), noun.end());
            }
        }
        int start = from;
        int cutAt = -1;
        for (int i = from; i < quantity.start(); i++) {
            int length = LABEL_CUTS.lengthAt(f, i, quantity.start());
            // 共 counts, but not in 公共.
            if (length > 0 && !(length == 1 && f.charAt(i) == '共' && i > 0 && f.charAt(i - 1) == '公')) {
                cutAt = i;
                start = i + length;
                i = start - 1;
            }
        }
        String label = trimmed(text, start, quantity.start());
        if (label == null && cutAt > from) {
            // 省级部门（单位）共 45 个: nothing after the counting verb, so the thing counted stands before it.
            int of = f.lastIndexOf('的', cutAt - 1);
            label = trimmed(text, Math.max(from, of + 1), cutAt);
        }
        return label != null ? label : previousLabel;
    }

    /** The words between {@code start} and {@code end} without counting words at either end. */
    private static String trimmed(FoldedText text, int start, int end) {
        String f = text.folded();
        int reach = Math.min(end, start + FILLER_REACH);
        for (int length = leadingFillerLength(f, start, reach);
                length > 0;
                length = leadingFillerLength(f, start, reach)) {
            start += length;
        }
        end = TRAILING_FILLERS.runEndingAt(f, Math.max(start, end - FILLER_REACH), end);
        String label = text.original(start, end).strip();
        return label.isEmpty() ? null : label;
    }

    private static int leadingFillerLength(String f, int at, int to) {
        int length = LEADING_FILLERS.lengthAt(f, at, to);
        if (length < 0) {
            length = ScopeWords.monthLength(f, at, to);
        }
        return length < 0 && at < to && isPatternSpace(f.charAt(at)) ? 1 : length;
    }

    /** White space as regular expressions' {@code \s} knows it, which is what folding leaves. */
    private static boolean isPatternSpace(char c) {
        return c == ' ' || c >= '\t' && c <= '\r';
    }
}
