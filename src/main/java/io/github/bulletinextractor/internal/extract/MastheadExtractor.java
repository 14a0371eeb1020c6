package io.github.bulletinextractor.internal.extract;

import io.github.bulletinextractor.internal.lexicon.MastheadWords;
import io.github.bulletinextractor.internal.normalise.Paragraph;
import io.github.bulletinextractor.internal.segment.StructuredDocument;
import io.github.bulletinextractor.internal.text.FoldedText;
import io.github.bulletinextractor.model.Frequency;
import io.github.bulletinextractor.model.IssueNumber;
import io.github.bulletinextractor.model.Period;
import io.github.bulletinextractor.model.WarningCode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the masthead: series title, issue number, reporting period, publisher and publication date.
 * Runs first: every date elsewhere takes its year from what this finds.
 */
public final class MastheadExtractor implements FieldExtractor {

    private static final Pattern SERIES = MastheadWords.SERIES;
    private static final Pattern ISSUE = MastheadWords.ISSUE;
    private static final Pattern ORGANISATION =
            Pattern.compile(".*\\p{IsHan}.*(?:" + MastheadWords.PUBLISHER_ENDINGS + ")");
    /** A week, with room for a working Saturday or a holiday shift; a ten-day period is neither. */
    private static final int MAX_WEEK_DAYS = 8;

    @Override
    public void extract(StructuredDocument document, BulletinDraft draft) {
        List<FoldedText> lines =
                document.masthead().stream().map(Paragraph::folded).toList();
        draft.series = series(lines);
        readPublication(document.masthead(), lines, draft);
        Integer printedYear = readIssue(lines, draft);
        ReportingPeriod.read(document, lines, printedYear, draft);
        draft.frequency = frequency(draft);
        if (printedYear == null
                && draft.frequency == Frequency.MONTHLY
                && draft.period != null
                && draft.period.start() != null) {
            // A monthly's year is the year of the month it reports on: 第12期 published in January is December's.
            IssueNumber issue = draft.issue;
            draft.issue = new IssueNumber(
                    draft.period.start().getYear(), issue.number(), issue.cumulativeNumber(), issue.special());
        }
        reportMissing(document, draft);
    }

    private static String series(List<FoldedText> lines) {
        for (FoldedText line : lines) {
            Matcher m = SERIES.matcher(line.folded());
            if (m.lookingAt() && m.end() >= line.length() - 1) {
                return line.original(m.start(1), m.end(1));
            }
        }
        return null;
    }

    /** The publication date is the first full date of the masthead; the publisher is printed before it. */
    private static void readPublication(List<Paragraph> paragraphs, List<FoldedText> lines, BulletinDraft draft) {
        for (int i = 0; i < lines.size(); i++) {
            FoldedText line = lines.get(i);
            if (SERIES.matcher(line.folded()).matches()) {
                continue;
            }
            Matcher date = Dates.FULL_DATE.matcher(line.folded());
            if (!date.find() || ReportingPeriod.WEEK.matcher(line.folded()).find()) {
                continue;
            }
            draft.publishedOn = Dates.of(date, paragraphs.get(i).page(), draft.warnings);
            String before = line.original(0, date.start()).strip();
            if (ORGANISATION.matcher(line.folded().substring(0, date.start())).matches()) {
                draft.publisher = before;
            } else if (i > 0 && isPublisherLine(lines.get(i - 1))) {
                draft.publisher = paragraphs.get(i - 1).text().strip();
            } else {
                draft.publisher = publisherLine(paragraphs, lines);
            }
            return;
        }
        draft.publisher = publisherLine(paragraphs, lines);
    }

    /** The masthead line that names an organisation and nothing else, nearest the body. */
    private static String publisherLine(List<Paragraph> paragraphs, List<FoldedText> lines) {
        for (int i = lines.size() - 1; i >= 0; i--) {
            if (isPublisherLine(lines.get(i))) {
                return paragraphs.get(i).text().strip();
            }
        }
        return null;
    }

    private static boolean isPublisherLine(FoldedText line) {
        return ORGANISATION.matcher(line.folded()).matches()
                && !SERIES.matcher(line.folded()).matches()
                && !ISSUE.matcher(line.folded()).find();
    }

    /** Reads 2024年第12期（总第483期） and 增刊; returns the year only when it is printed. */
    private static Integer readIssue(List<FoldedText> lines, BulletinDraft draft) {
        Integer printedYear = null;
        Integer number = null;
        Integer cumulative = null;
        String special = null;
        for (FoldedText line : lines) {
            Matcher m = ISSUE.matcher(line.folded());
            if (number == null && m.find()) {
                printedYear = m.group(1) == null ? null : Dates.year(m.group(1));
                int printed = Dates.number(m.group(3));
                number = printed < 0 ? null : printed;
                cumulative = m.group(4) == null ? null : Integer.valueOf(m.group(4));
            }
            Matcher specialIssue = MastheadWords.SPECIAL_ISSUE.matcher(line.folded());
            if (special == null && line.folded().indexOf('刊') >= 0 && specialIssue.find()) {
                special = specialIssue.group(2);
                if (printedYear == null && specialIssue.group(1) != null) {
                    printedYear = Dates.year(specialIssue.group(1));
                }
            }
        }
        Integer year =
                printedYear != null ? printedYear : draft.publishedOn == null ? null : draft.publishedOn.getYear();
        if (number != null || special != null || year != null) {
            draft.issue = new IssueNumber(year, number, cumulative != null ? cumulative : cumulative(lines), special);
        }
        return printedYear;
    }

    /** 总第483期 printed apart from the issue number, e.g. on a line of its own. */
    private static Integer cumulative(List<FoldedText> lines) {
        for (FoldedText line : lines) {
            Matcher m = MastheadWords.CUMULATIVE.matcher(line.folded());
            if (m.find()) {
                return Integer.valueOf(m.group(1));
            }
        }
        return null;
    }

    private static Frequency frequency(BulletinDraft draft) {
        if (draft.series != null) {
            if (draft.series.endsWith("周报")) {
                return Frequency.WEEKLY;
            }
            if (draft.series.endsWith("月报")) {
                return Frequency.MONTHLY;
            }
        }
        Period period = draft.period;
        if (period == null || period.start() == null || period.end() == null) {
            return null;
        }
        boolean wholeMonth = period.start().getDayOfMonth() == 1
                && period.end().equals(YearMonth.from(period.start()).atEndOfMonth());
        if (wholeMonth) {
            return Frequency.MONTHLY;
        }
        return isWeek(period.start(), period.end()) ? Frequency.WEEKLY : null;
    }

    private static boolean isWeek(LocalDate start, LocalDate end) {
        long days = ChronoUnit.DAYS.between(start, end) + 1;
        return days >= 1 && days <= MAX_WEEK_DAYS;
    }

    private static void reportMissing(StructuredDocument document, BulletinDraft draft) {
        Integer page = document.masthead().isEmpty()
                ? null
                : document.masthead().get(0).page();
        if (draft.issue == null || draft.issue.number() == null && draft.issue.special() == null) {
            draft.warnings.add(
                    WarningCode.MASTHEAD_FIELD_MISSING, "issue number (第N期) not found in the masthead", page);
        }
        if (draft.period == null) {
            draft.warnings.add(WarningCode.MASTHEAD_FIELD_MISSING, "reporting period not found", page);
        }
        if (draft.publishedOn == null) {
            draft.warnings.add(WarningCode.MASTHEAD_FIELD_MISSING, "publication date not found in the masthead", page);
        }
        if (draft.publisher == null) {
            draft.warnings.add(WarningCode.MASTHEAD_FIELD_MISSING, "publisher not found in the masthead", page);
        }
    }
}
