package io.github.bulletinextractor.internal.extract;

import io.github.bulletinextractor.internal.classify.Titles;
import io.github.bulletinextractor.internal.lexicon.Calendar;
import io.github.bulletinextractor.internal.normalise.Paragraph;
import io.github.bulletinextractor.internal.read.OcrDoubt;
import io.github.bulletinextractor.internal.segment.SectionNode;
import io.github.bulletinextractor.internal.segment.StructuredDocument;
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
    private static final Pattern VENUE = Pattern.compile(Alternatives.lookahead(VISIT_VERBS) + "(?:" + VISIT_VERBS
            + ")(?:省政务服务大厅|省政务大厅|政务服务大厅|政务大厅|省政务服务中心|政务服务中心|省中心|大厅" + "|[^,;。]{0,12}窗口)");
    private static final Pattern WINDOW = Pattern.compile("到?[^,;。]{0,14}?窗口");
    /** A day or days: groups month, day, and the last day's month and day when the visit took more than one. */
    private static final String DAYS = "(\\d{1,2})月(\\d{1,2})日(?:" + Calendar.RANGE + "(?:(\\d{1,2})月)?(\\d{1,2})日)?";

    private static final Pattern TIME_ADVERBIAL =
            Pattern.compile("本周|近日|近期|日前|当天|同日|上午|下午|今年以来|(?:\\d{1,2}月)?(?:\\d{1,2}日)?(?:" + Calendar.RANGE
                    + "(?:\\d{1,2}月)?\\d{1,2}日)?(?:上午|下午)?");
    /** The days a sentence or an item opens with: 9月16日，… */
    private static final Pattern LEADING_DATE = Pattern.compile(DAYS + "(?:上午|下午)?[,，]?");
    /** The days after the official who came: 韩丽萍于9月16日到… */
    private static final Pattern TRAILING_DATE = Pattern.compile("(?:于|在)?" + DAYS + "(?:上午|下午)?$");
    /** A sentence that reports no visit: 本周无厅（局）长进大厅, 本周，暂无…, 无。 */
    private static final Pattern NONE_REPORTED = Pattern.compile("(?:本周|本月|本期|近期)?,?(?:暂|均)?(?:无|没有|未)");

    private static final String NONE_FIRST_CHARACTERS = "本近,暂均无没未";

    @Override
    public void extract(StructuredDocument document, BulletinDraft draft) {
        document.walkSections(section -> {
            if (section.heading() != null
                    && isVisitsHeading(FoldedText.of(section.heading()).folded())) {
                section.walk(item -> readItem(item, draft));
            }
        });
    }

    /** 厅（局）长进大厅, 领导进大厅 and the like. */
    static boolean isVisitsHeading(String folded) {
        return folded.contains("长进大厅") || folded.contains("领导进大厅");
    }

    /** The days a visit took: one day, or the first and the last. */
    private record Days(LocalDate date, LocalDate endDate) {
        static final Days UNSTATED = new Days(null, null);
    }

    /** What an item has stated so far: the days that hold for the visits after them, and how many it named. */
    private static final class Item {
        Days days = Days.UNSTATED;
        int sentences;
        boolean noneReported;
    }

    /** One item of the section: days stated at the start of it or of a sentence hold for the visits after them. */
    private void readItem(SectionNode node, BulletinDraft draft) {
        if (node.body().isEmpty()) {
            return;
        }
        Item item = new Item();
        for (Paragraph paragraph : node.body()) {
            readParagraph(paragraph, item, draft);
        }
        Paragraph first = node.body().get(0);
        if (item.sentences == 0 && !item.noneReported) {
            draft.warnings.add(
                    WarningCode.VISIT_NOT_PARSED,
                    "no sentence names a visit to the hall: " + abbreviate(first.text()),
                    first.page());
        }
    }

    /** Reads every sentence of the paragraph that names the venue. */
    private void readParagraph(Paragraph paragraph, Item item, BulletinDraft draft) {
        FoldedText text = paragraph.folded();
        String f = text.folded();
        int from = 0;
        while (from < f.length()) {
            int sentenceEnd = f.indexOf('。', from);
            int end = sentenceEnd < 0 ? f.length() : sentenceEnd;
            Integer page = paragraph.pageAt(text.originalIndex(from));
            if (from < end
                    && NONE_FIRST_CHARACTERS.indexOf(f.charAt(from)) >= 0
                    && NONE_REPORTED.matcher(f).region(from, end).lookingAt()) {
                item.noneReported = true;
                from = end + 1;
                continue;
            }
            // One sentence may report several visits: A到省政务服务大厅调研值守，B到…窗口调研指导工作。
            int clauseStart = from;
            Matcher venue = VENUE.matcher(f).region(from, end);
            while (venue.find()) {
                readSentence(
                        text, clauseStart, venue, end, item, paragraph.pageAt(text.originalIndex(clauseStart)), draft);
                item.sentences++;
                int next = nextClause(f, venue.end(), end);
                if (next >= end) {
                    break;
                }
                clauseStart = next;
                venue.region(clauseStart, end);
            }
            from = end + 1;
        }
    }

    private void readSentence(
            FoldedText text, int start, Matcher venue, int end, Item item, Integer page, BulletinDraft draft) {
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
            String phrase = f.substring(segmentStart, bound);
            segmentStart = bound + 1;
            Matcher leading = LEADING_DATE.matcher(phrase);
            if (!phrase.isEmpty() && Character.isDigit(phrase.charAt(0)) && leading.lookingAt()) {
                item.days = days(leading, page, draft);
                phrase = phrase.substring(leading.end());
            }
            if (segment.isEmpty() || TIME_ADVERBIAL.matcher(phrase).matches()) {
                continue;
            }
            Matcher trailing = TRAILING_DATE.matcher(phrase);
            if ((phrase.endsWith("日") || phrase.endsWith("午")) && trailing.find()) {
                item.days = days(trailing, page, draft);
                phrase = phrase.substring(0, trailing.start());
            }
            List<OfficialParser.Official> officials = OfficialParser.parseAll(phrase);
            if (officials.isEmpty()) {
                draft.warnings.add(WarningCode.VISIT_NOT_PARSED, "no official could be read from: " + segment, page);
            }
            for (OfficialParser.Official official : officials) {
                if (official.organisation() != null) {
                    department = official.department();
                    unit = official.unit();
                }
                draft.visits.add(new Visit(
                        item.days.date(),
                        item.days.endDate(),
                        department,
                        unit,
                        official.name(),
                        official.titles(),
                        activity,
                        page));
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
            draft.warnings.add(
                    WarningCode.VISIT_NAME_UNCERTAIN,
                    "the name of the official read as “" + name + "” may not be as printed (" + String.join("; ", why)
                            + "): check it against the source",
                    page);
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

    /** The days a matcher of {@link #DAYS} found: 9月16日, or 10月8日至9日 with its last day. */
    private static Days days(Matcher m, Integer page, BulletinDraft draft) {
        int month = Integer.parseInt(m.group(1));
        String printed = Titles.withoutTrailing(m.group(), ",，");
        LocalDate date = dayInPeriod(month, Integer.parseInt(m.group(2)), printed, page, draft);
        if (m.group(4) == null) {
            return new Days(date, null);
        }
        int endMonth = m.group(3) == null ? month : Integer.parseInt(m.group(3));
        return new Days(date, dayInPeriod(endMonth, Integer.parseInt(m.group(4)), printed, page, draft));
    }

    private static LocalDate dayInPeriod(int month, int day, String printed, Integer page, BulletinDraft draft) {
        LocalDate reference =
                draft.period != null && draft.period.start() != null ? draft.period.start() : draft.publishedOn;
        return reference == null ? null : Dates.nearest(month, day, reference, printed, page, draft.warnings);
    }

    private static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }
}
