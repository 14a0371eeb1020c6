package io.github.bulletinextractor.internal.extract;

import io.github.bulletinextractor.internal.lexicon.CountVerb;
import io.github.bulletinextractor.internal.lexicon.ScopeWords;
import io.github.bulletinextractor.internal.normalise.Paragraph;
import io.github.bulletinextractor.internal.segment.StructuredDocument;
import io.github.bulletinextractor.internal.text.CharSet;
import io.github.bulletinextractor.model.CaseCounts;
import io.github.bulletinextractor.model.CaseFigures;
import io.github.bulletinextractor.model.CaseVerbs;
import io.github.bulletinextractor.model.MetricScope;
import io.github.bulletinextractor.model.WarningCode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the comprehensive-window figures: 咨询, 受理, 颁发 and 流转 or the other words of their
 * classes ({@link CountVerb}), for the bulletin's week or month and for the year so far.
 *
 * <p>A scope word (本周, 今年以来…, {@link ScopeWords}) holds for the figures after it, across
 * sentences of its paragraph and into the next paragraph, until another scope word: editors split
 * {@code 本周，接待咨询 2103人次、收件 880件。办结 1206件…} over sentences and paragraphs. The figures
 * under one scope word count when they name at least two of the four classes, and of each scope the
 * run that names the most is kept (the first on a tie), wherever in the body it stands. A figure of
 * a class the run already has starts a new run under the same scope: the hall's totals counted with
 * the same verbs ({@code 各窗口受理 5.42万件，办结…；综合窗口受理 300件…}) are another list. In a monthly,
 * a sentence opening with its month ({@code 12月，}) scopes the figures after it as 本月 does, but only
 * as a list naming each class once: such a sentence more often tells the hall's month in figures of
 * every kind, 受理 and 咨询 twice over, and then none of it is the windows' counts.
 */
public final class CaseCountExtractor implements FieldExtractor {

    private static final CharSet SENTENCE_ENDS = CharSet.of("。!?");

    @Override
    public void extract(StructuredDocument document, BulletinDraft draft) {
        Reader reader = new Reader(draft);
        document.walkSections(section -> section.body().forEach(reader::read));
        reader.close();
        if (!reader.found.isEmpty()) {
            draft.caseCounts = new CaseCounts(
                    reader.figures(MetricScope.WEEK),
                    reader.figures(MetricScope.MONTH),
                    reader.figures(MetricScope.YEAR_TO_DATE));
        }
    }

    /** The figures under one scope word, as they are read. */
    private static final class Run {
        final MetricScope scope;
        final Long[] figures = new Long[CountVerb.values().length];
        final String[] verbs = new String[figures.length];
        final Integer page;
        /** Opened by a monthly's {@code 12月，} rather than by a scope word. */
        final boolean monthOpening;
        /** A month-opened sentence that named a class twice: not a list of case counts. */
        boolean mixed;
        /** Where each figure stands: its paragraph and its start in the folded text. */
        final List<Map.Entry<Paragraph, Integer>> places = new ArrayList<>();

        int classes;
        /** Paragraphs after the current one the scope still holds for. */
        int paragraphsLeft = 1;

        String text = "";

        Run(MetricScope scope, Integer page) {
            this(scope, page, false);
        }

        Run(MetricScope scope, Integer page, boolean monthOpening) {
            this.scope = scope;
            this.page = page;
            this.monthOpening = monthOpening;
        }

        boolean has(CountVerb verb) {
            return figures[verb.ordinal()] != null;
        }

        void add(CountVerb.Found verb, Long figure) {
            int k = verb.verb().ordinal();
            figures[k] = figure;
            verbs[k] = verb.word();
            classes++;
        }
    }

    /** Walks the body in document order, one run of figures open at a time. */
    private static final class Reader {
        final BulletinDraft draft;
        final ScopeWords words;
        /** The run of each scope that names the most of the four, the first of them on a tie. */
        final Map<MetricScope, Run> found = new EnumMap<>(MetricScope.class);

        Run open;
        /** The paragraph before, whose last scope word may scope this one's figures. */
        Paragraph previous;

        Reader(BulletinDraft draft) {
            this.draft = draft;
            this.words = ScopeWords.of(draft.frequency);
        }

        void read(Paragraph paragraph) {
            Paragraph before = previous;
            previous = paragraph;
            if (open != null && open.paragraphsLeft-- == 0) {
                close();
            }
            String f = paragraph.folded().folded();
            if (!CountVerb.mayCount(f)) {
                return;
            }
            ScopeWords.Marker marker = words.next(f, 0, f.length());
            if (ReportedMonth.opens(f, 0, draft)) {
                start(new Run(MetricScope.MONTH, paragraph.page(), true));
            }
            int sentenceStart = 0;
            int previousEnd = 0;
            int scanned = 0;
            for (Quantity quantity : Quantity.findAll(f, 0, f.length())) {
                for (int i = scanned; i < quantity.start(); i++) {
                    if (SENTENCE_ENDS.contains(f.charAt(i))) {
                        sentenceStart = i + 1;
                        if (ReportedMonth.opens(f, sentenceStart, draft)) {
                            start(new Run(MetricScope.MONTH, pageAt(paragraph, sentenceStart), true));
                        }
                    }
                    if (marker != null && i == marker.start()) {
                        start(new Run(marker.scope(), pageAt(paragraph, i)));
                        marker = words.next(f, marker.end(), f.length());
                    }
                }
                scanned = quantity.start();
                // The counting word stands between the figure before and this one: 颁发证照 8834件 counts as 颁发.
                CountVerb.Found verb =
                        CountVerb.countsIn(quantity.unit()) ? CountVerb.lastIn(f, previousEnd, quantity.start()) : null;
                Long figure = wholeNumber(quantity.value());
                if (verb != null && figure != null && open == null && before != null) {
                    lookBack(before);
                }
                if (verb != null && figure != null && open != null) {
                    if (open.has(verb.verb())) {
                        Run next = new Run(open.scope, pageAt(paragraph, quantity.start()), open.monthOpening);
                        next.paragraphsLeft = open.paragraphsLeft;
                        next.mixed = open.monthOpening;
                        open.mixed = open.monthOpening;
                        start(next);
                    }
                    open.add(verb, figure);
                    open.text = open.text + f.substring(Math.max(sentenceStart, previousEnd), quantity.end());
                    open.places.add(Map.entry(paragraph, quantity.start()));
                }
                if (verb != null) {
                    before = null; // looked back once; later figures of the paragraph are scoped by its own words
                }
                previousEnd = quantity.end();
            }
            for (; marker != null; marker = words.next(f, marker.end(), f.length())) {
                start(new Run(marker.scope(), paragraph.page()));
            }
        }

        /** 本周，综窗办件情况如下： scopes the figures of the paragraph after it. */
        private void lookBack(Paragraph before) {
            String b = before.folded().folded();
            MetricScope last = words.stated(b, 0, b.length());
            if (last != null) {
                start(new Run(last, before.page()));
                open.paragraphsLeft = 0;
            }
        }

        private void start(Run run) {
            close();
            open = run;
        }

        void close() {
            Run run = open;
            open = null;
            if (run == null || run.classes < 2 || run.mixed) {
                return; // case counts name at least two of the four; most figures are of something else
            }
            for (Map.Entry<Paragraph, Integer> place : run.places) {
                draft.countedScopes
                        .computeIfAbsent(place.getKey(), p -> new HashMap<>())
                        .put(place.getValue(), run.scope);
            }
            Run best = found.get(run.scope);
            if (best == null || run.classes > best.classes) {
                found.put(run.scope, run);
            }
        }

        /** The figures of the fullest run of each scope, with a warning where one lacks some of the four. */
        CaseFigures figures(MetricScope scope) {
            Run run = found.get(scope);
            if (run == null) {
                return null;
            }
            if (run.classes < run.figures.length) {
                draft.warnings.add(
                        WarningCode.CASE_COUNTS_INCOMPLETE,
                        "only " + run.classes + " of 咨询、受理、颁发、流转 read from: " + run.text,
                        run.page);
            }
            Long[] n = run.figures;
            String[] v = run.verbs;
            return new CaseFigures(n[0], n[1], n[2], n[3], new CaseVerbs(v[0], v[1], v[2], v[3]));
        }
    }

    private static Integer pageAt(Paragraph paragraph, int foldedIndex) {
        return paragraph.pageAt(paragraph.folded().originalIndex(foldedIndex));
    }

    private static Long wholeNumber(BigDecimal value) {
        try {
            return value.longValueExact();
        } catch (ArithmeticException e) {
            return null;
        }
    }
}
