package io.github.bulletinextractor.internal.extract;

import io.github.bulletinextractor.internal.lexicon.Calendar;
import io.github.bulletinextractor.internal.lexicon.MastheadWords;
import io.github.bulletinextractor.internal.normalize.Paragraph;
import io.github.bulletinextractor.internal.segment.SectionNode;
import io.github.bulletinextractor.internal.segment.StructuredDocument;
import io.github.bulletinextractor.internal.text.FoldedText;
import io.github.bulletinextractor.model.Frequency;
import io.github.bulletinextractor.model.IssueNumber;
import io.github.bulletinextractor.model.Period;
import io.github.bulletinextractor.model.WarningCode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
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
    private static final Pattern WEEK = Pattern.compile("(?:(\\d{4})年)?(\\d{1,2})月(\\d{1,2})日?" + Calendar.RANGE
            + "+(?:(\\d{4})年)?(?:(\\d{1,2})月)?(\\d{1,2})日");
    private static final Pattern BRACKETED_MONTH = Pattern.compile("\\((?:(\\d{4})年)?(\\d{1,2})月份?\\)");
    private static final Pattern HEADING_MONTH = Pattern.compile("(?:(\\d{4})年)?(\\d{1,2})月(?!\\d{0,2}日)");
    private static final Pattern ORGANISATION = Pattern.compile(
            ".*\\p{IsHan}.*(?:" + MastheadWords.PUBLISHER_ENDINGS + ")");
    /** The months from January to the one reported on, 1—12月: group 1 the last month. */
    private static final Pattern MONTHS_FROM_JANUARY = Pattern.compile("(?<!\\d)1月?" + Calendar.RANGE + "(\\d{1,2})月");
    /** Weeks in the second half of the year: a period of such an issue that crosses 31 December ends in the next year. */
    private static final int MID_YEAR_ISSUE = 26;
    /** A week, with room for a working Saturday or a holiday shift; a ten-day period is neither. */
    private static final int MAX_WEEK_DAYS = 8;

    @Override
    public void extract(StructuredDocument document, BulletinDraft draft) {
        List<FoldedText> lines = document.masthead().stream().map(Paragraph::folded).toList();
        draft.series = series(lines);
        readPublication(document.masthead(), lines, draft);
        Integer printedYear = readIssue(lines, draft);
        readPeriod(document, lines, printedYear, draft);
        draft.frequency = frequency(draft);
        if (printedYear == null && draft.frequency == Frequency.MONTHLY && draft.period != null
                && draft.period.start() != null) {
            // A monthly's year is the year of the month it reports on: 第12期 published in January is December's.
            IssueNumber issue = draft.issue;
            draft.issue = new IssueNumber(draft.period.start().getYear(), issue.number(), issue.cumulativeNumber(),
                    issue.special());
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
            if (!date.find() || WEEK.matcher(line.folded()).find()) {
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
        return ORGANISATION.matcher(line.folded()).matches() && !SERIES.matcher(line.folded()).matches()
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
        Integer year = printedYear != null ? printedYear : draft.publishedOn == null ? null : draft.publishedOn.getYear();
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

    private static void readPeriod(StructuredDocument document, List<FoldedText> lines, Integer printedYear,
                                   BulletinDraft draft) {
        Integer year = draft.issue == null ? null : draft.issue.year();
        if (year == null) {
            return;
        }
        for (FoldedText line : lines) {
            Matcher m = WEEK.matcher(line.folded());
            if (m.find()) {
                draft.period = week(m, year, printedYear != null, draft);
                return;
            }
        }
        if (isWeekly(draft.series)) {
            return;
        }
        YearMonth month = printedMonth(document, lines, year, draft.publishedOn);
        if (month != null) {
            draft.period = new Period(month.atDay(1), month.atEndOfMonth());
        }
    }

    private static Period week(Matcher m, int year, boolean yearPrinted, BulletinDraft draft) {
        int startMonth = Integer.parseInt(m.group(2));
        int endMonth = m.group(5) == null ? startMonth : Integer.parseInt(m.group(5));
        int startYear = m.group(1) != null ? Integer.parseInt(m.group(1)) : year;
        int endYear = m.group(4) != null ? Integer.parseInt(m.group(4))
                : m.group(1) == null ? year : endMonth < startMonth ? startYear + 1 : startYear;
        if (m.group(1) == null && m.group(4) == null && endMonth < startMonth) {
            Integer number = draft.issue.number();
            if (number != null && number > MID_YEAR_ISSUE) {
                endYear = year + 1;
            } else {
                startYear = year - 1;
            }
        }
        LocalDate start = Dates.of(startYear, startMonth, Integer.parseInt(m.group(3)), m.group(), null, draft.warnings);
        LocalDate end = Dates.of(endYear, endMonth, Integer.parseInt(m.group(6)), m.group(), null, draft.warnings);
        if (!yearPrinted && start != null && end != null && draft.publishedOn != null
                && end.isAfter(draft.publishedOn)) {
            // The year came from the publication date: a period printed for late December and
            // published in January lies in the year before.
            start = start.minusYears(1);
            end = end.minusYears(1);
        }
        return new Period(start, end);
    }

    /** The month a monthly bulletin reports on: printed in brackets in the masthead, else in a top-level heading. */
    private static YearMonth printedMonth(StructuredDocument document, List<FoldedText> lines, int year,
                                          LocalDate publishedOn) {
        for (FoldedText line : lines) {
            Matcher m = BRACKETED_MONTH.matcher(line.folded());
            if (m.find()) {
                return month(m, year, publishedOn);
            }
        }
        List<String> headings = new ArrayList<>();
        for (SectionNode top : document.sections()) {
            addHeading(headings, top);
            top.children().forEach(child -> addHeading(headings, child));
        }
        for (String heading : headings) {
            Matcher m = HEADING_MONTH.matcher(FoldedText.of(heading).folded());
            if (m.find()) {
                return month(m, year, publishedOn);
            }
        }
        return monthOfYearSoFar(document, year, publishedOn);
    }

    /** The last month of the first 1—N月 of the body: the figures of a monthly run to the month it reports on. */
    private static YearMonth monthOfYearSoFar(StructuredDocument document, int year, LocalDate publishedOn) {
        List<Paragraph> body = new ArrayList<>();
        document.walkSections(section -> body.addAll(section.body()));
        for (Paragraph paragraph : body) {
            Matcher m = MONTHS_FROM_JANUARY.matcher(paragraph.folded().folded());
            if (m.find()) {
                return month(Integer.parseInt(m.group(1)), null, year, publishedOn);
            }
        }
        return null;
    }

    private static void addHeading(List<String> headings, SectionNode node) {
        if (node.heading() != null && node.level() <= 1) {
            headings.add(node.heading());
        }
    }

    private static YearMonth month(Matcher m, int year, LocalDate publishedOn) {
        return month(Integer.parseInt(m.group(2)), m.group(1), year, publishedOn);
    }

    /** The month in the year printed with it, else in the latest year that does not put it after publication. */
    private static YearMonth month(int month, String printedYear, int year, LocalDate publishedOn) {
        if (month < 1 || month > 12) {
            return null;
        }
        if (printedYear != null) {
            return YearMonth.of(Integer.parseInt(printedYear), month);
        }
        YearMonth candidate = YearMonth.of(year, month);
        return publishedOn != null && candidate.atDay(1).isAfter(publishedOn) ? candidate.minusYears(1) : candidate;
    }

    private static boolean isWeekly(String series) {
        return series != null && series.endsWith("周报");
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
        Integer page = document.masthead().isEmpty() ? null : document.masthead().get(0).page();
        if (draft.issue == null || draft.issue.number() == null && draft.issue.special() == null) {
            draft.warnings.add(WarningCode.MASTHEAD_FIELD_MISSING, "issue number (第N期) not found in the masthead", page);
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
