package io.github.bulletinextractor.internal.extract;

import io.github.bulletinextractor.internal.normalize.Paragraph;
import io.github.bulletinextractor.internal.read.OcrDoubt;
import io.github.bulletinextractor.internal.segment.SectionNode;
import io.github.bulletinextractor.internal.segment.StructuredDocument;
import io.github.bulletinextractor.internal.segment.Titles;
import io.github.bulletinextractor.internal.text.Alternatives;
import io.github.bulletinextractor.internal.text.FoldedText;
import io.github.bulletinextractor.model.Visit;
import io.github.bulletinextractor.model.WarningCode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the officials named under 厅（局）长进大厅, whether the section lists them in one sentence
 * ({@code 本周，A厅副厅长甲，B厅一级巡视员乙…到省政务服务大厅窗口调研值守。}) or as dated items.
 */
public final class VisitExtractor implements FieldExtractor {

    private static final String VISIT_VERBS = "到|莅临|来到|深入|走进";
    private static final Pattern VENUE = Pattern.compile(
            Alternatives.lookahead(VISIT_VERBS) + "(?:" + VISIT_VERBS + ")(?:省政务服务大厅|省政务大厅|政务服务大厅|政务大厅|省政务服务中心|政务服务中心|省中心|大厅"
                    + "|[^,;。]{0,12}窗口)");
    private static final Pattern WINDOW = Pattern.compile("到?[^,;。]{0,14}?窗口");
    private static final Pattern TIME_ADVERBIAL = Pattern.compile(
            "本周|近日|近期|日前|当天|同日|上午|下午|今年以来|(?:\\d{1,2}月)?(?:\\d{1,2}日)?(?:[至到-]\\d{1,2}日)?(?:上午|下午)?");
    private static final Pattern LEADING_DATE = Pattern.compile(
            "(\\d{1,2})月(\\d{1,2})日(?:[至到-](?:\\d{1,2}月)?\\d{1,2}日)?(?:上午|下午)?[,，]?");

    @Override
    public void extract(StructuredDocument document, BulletinDraft draft) {
        document.walkSections(section -> {
            if (section.heading() != null && isVisitsHeading(FoldedText.of(section.heading()).folded())) {
                section.walk(item -> readItem(item, draft));
            }
        });
    }

    /** 厅（局）长进大厅, 领导进大厅 and the like. */
    static boolean isVisitsHeading(String folded) {
        return folded.contains("长进大厅") || folded.contains("领导进大厅");
    }

    /** One item of the section: its date, if stated, opens its first paragraph. */
    private void readItem(SectionNode item, BulletinDraft draft) {
        if (item.body().isEmpty()) {
            return;
        }
        LocalDate date = null;
        Paragraph first = item.body().get(0);
        Matcher leading = LEADING_DATE.matcher(first.folded().folded());
        if (leading.lookingAt()) {
            date = dayInPeriod(Integer.parseInt(leading.group(1)), Integer.parseInt(leading.group(2)),
                    Titles.withoutTrailing(leading.group(), ",，"), first.page(), draft);
        }
        int sentences = 0;
        for (Paragraph paragraph : item.body()) {
            sentences += readParagraph(paragraph, date, draft);
        }
        if (sentences == 0) {
            draft.warnings.add(WarningCode.VISIT_NOT_PARSED,
                    "no sentence names a visit to the hall: " + abbreviate(first.text()), first.page());
        }
    }

    /** Reads every sentence of the paragraph that names the venue; returns how many did. */
    private int readParagraph(Paragraph paragraph, LocalDate date, BulletinDraft draft) {
        FoldedText text = paragraph.folded();
        String f = text.folded();
        int sentences = 0;
        int from = 0;
        while (from < f.length()) {
            int sentenceEnd = f.indexOf('。', from);
            int end = sentenceEnd < 0 ? f.length() : sentenceEnd;
            // One sentence may report several visits: A到省政务服务大厅调研值守，B到…窗口调研指导工作。
            int clauseStart = from;
            Matcher venue = VENUE.matcher(f).region(from, end);
            while (venue.find()) {
                readSentence(text, clauseStart, venue, end, date, paragraph.pageAt(text.originalIndex(clauseStart)),
                        draft);
                sentences++;
                int next = nextClause(f, venue.end(), end);
                if (next >= end) {
                    break;
                }
                clauseStart = next;
                venue.region(clauseStart, end);
            }
            from = end + 1;
        }
        return sentences;
    }

    private void readSentence(FoldedText text, int start, Matcher venue, int end, LocalDate date, Integer page,
                              BulletinDraft draft) {
        String f = text.folded();
        String activity = activity(text, venue.end(), end);
        String department = null;
        String unit = null;
        int segmentStart = start;
        List<Integer> bounds = new ArrayList<>();
        for (int i = start; i < venue.start(); i++) {
            if (f.charAt(i) == ',' || f.charAt(i) == ';') {
                bounds.add(i);
            }
        }
        bounds.add(venue.start());
        for (int bound : bounds) {
            String segment = text.original(segmentStart, bound).strip();
            String foldedSegment = f.substring(segmentStart, bound);
            segmentStart = bound + 1;
            if (segment.isEmpty() || TIME_ADVERBIAL.matcher(foldedSegment).matches()) {
                continue;
            }
            String phrase = LEADING_DATE.matcher(foldedSegment).lookingAt()
                    ? foldedSegment.substring(leadingDateEnd(foldedSegment)) : foldedSegment;
            List<OfficialParser.Official> officials = OfficialParser.parseAll(phrase);
            if (officials.isEmpty()) {
                draft.warnings.add(WarningCode.VISIT_NOT_PARSED, "no official could be read from: " + segment, page);
            }
            for (OfficialParser.Official official : officials) {
                if (official.organisation() != null) {
                    department = official.department();
                    unit = official.unit();
                }
                draft.visits.add(new Visit(date, department, unit, official.name(), official.titles(), activity, page));
                warnIfNameUncertain(official.name(), page, draft);
            }
        }
    }

    /**
     * Chinese names run to two characters or more, so a name of one has lost some; and where OCR is
     * unsure of a character of a name, or found room beside it for one it could not read (郑竑 read
     * as 郑, 竑 being outside its dictionary), the name may not be as printed. Nothing is changed.
     */
    private static void warnIfNameUncertain(String name, Integer page, BulletinDraft draft) {
        List<String> why = new ArrayList<>();
        if (name.codePointCount(0, name.length()) == 1) {
            why.add("it is a single character");
        }
        for (OcrDoubt doubt : draft.ocrDoubts) {
            if ((page == null || doubt.page() == page) && doubt.touches(name)) {
                why.add(doubt.describe());
            }
        }
        if (!why.isEmpty()) {
            draft.warnings.add(WarningCode.VISIT_NAME_UNCERTAIN, "the name of the official read as “" + name
                    + "” may not be as printed (" + String.join("; ", why) + "): check it against the source", page);
        }
    }

    /** Where the clause after {@code position} starts: past the next comma or semicolon, or {@code end}. */
    private static int nextClause(String f, int position, int end) {
        for (int i = position; i < end; i++) {
            if (f.charAt(i) == ',' || f.charAt(i) == ';') {
                return i + 1;
            }
        }
        return end;
    }

    private static int leadingDateEnd(String folded) {
        Matcher m = LEADING_DATE.matcher(folded);
        return m.lookingAt() ? m.end() : 0;
    }

    /** What follows the venue up to the next comma, with any window named on the way skipped: 调研值守. */
    private static String activity(FoldedText text, int afterVenue, int sentenceEnd) {
        String f = text.folded();
        int start = afterVenue;
        Matcher window = WINDOW.matcher(f).region(start, sentenceEnd);
        if (window.lookingAt()) {
            start = window.end();
        }
        int end = start;
        while (end < sentenceEnd && ",;:".indexOf(f.charAt(end)) < 0) {
            end++;
        }
        String activity = text.original(start, end).strip();
        return activity.isEmpty() ? null : activity;
    }

    private static LocalDate dayInPeriod(int month, int day, String printed, Integer page, BulletinDraft draft) {
        LocalDate reference = draft.period != null && draft.period.start() != null ? draft.period.start()
                : draft.publishedOn;
        return reference == null ? null : Dates.nearest(month, day, reference, printed, page, draft.warnings);
    }

    private static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }
}
