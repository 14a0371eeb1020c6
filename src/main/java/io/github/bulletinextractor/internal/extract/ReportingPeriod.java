package io.github.bulletinextractor.internal.extract;

import io.github.bulletinextractor.internal.lexicon.Calendar;
import io.github.bulletinextractor.internal.normalise.Paragraph;
import io.github.bulletinextractor.internal.segment.SectionNode;
import io.github.bulletinextractor.internal.segment.StructuredDocument;
import io.github.bulletinextractor.internal.text.FoldedText;
import io.github.bulletinextractor.model.Period;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The reporting period of the masthead, half of reading it: a printed week (with the year it
 * crosses into), else the month a monthly reports on, from the masthead, a top-level heading or
 * the body's 1—N月. The issue's year and the publication date must have been read.
 */
final class ReportingPeriod {

    /** A printed week, 3月25日—3月29日, with a year on either end or neither. */
    static final Pattern WEEK = Pattern.compile(
            "(?:(\\d{4})年)?(\\d{1,2})月(\\d{1,2})日?" + Calendar.RANGE + "+(?:(\\d{4})年)?(?:(\\d{1,2})月)?(\\d{1,2})日");

    private static final Pattern BRACKETED_MONTH = Pattern.compile("\\((?:(\\d{4})年)?(\\d{1,2})月份?\\)");
    private static final Pattern HEADING_MONTH = Pattern.compile("(?:(\\d{4})年)?(\\d{1,2})月(?!\\d{0,2}日)");
    /** The months from January to the one reported on, 1—12月: group 1 the last month. */
    private static final Pattern MONTHS_FROM_JANUARY = Pattern.compile("(?<!\\d)1月?" + Calendar.RANGE + "(\\d{1,2})月");
    /** Weeks in the second half of the year: a period of such an issue that crosses 31 December ends in the next year. */
    private static final int MID_YEAR_ISSUE = 26;

    private ReportingPeriod() {}

    static void read(StructuredDocument document, List<FoldedText> lines, Integer printedYear, BulletinDraft draft) {
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
        int endYear = m.group(4) != null
                ? Integer.parseInt(m.group(4))
                : m.group(1) == null ? year : endMonth < startMonth ? startYear + 1 : startYear;
        if (m.group(1) == null && m.group(4) == null && endMonth < startMonth) {
            Integer number = draft.issue.number();
            if (number != null && number > MID_YEAR_ISSUE) {
                endYear = year + 1;
            } else {
                startYear = year - 1;
            }
        }
        LocalDate start =
                Dates.of(startYear, startMonth, Integer.parseInt(m.group(3)), m.group(), null, draft.warnings);
        LocalDate end = Dates.of(endYear, endMonth, Integer.parseInt(m.group(6)), m.group(), null, draft.warnings);
        if (!yearPrinted
                && start != null
                && end != null
                && draft.publishedOn != null
                && end.isAfter(draft.publishedOn)) {
            // The year came from the publication date: a period printed for late December and
            // published in January lies in the year before.
            start = start.minusYears(1);
            end = end.minusYears(1);
        }
        return new Period(start, end);
    }

    /** The month a monthly bulletin reports on: printed in brackets in the masthead, else in a top-level heading. */
    private static YearMonth printedMonth(
            StructuredDocument document, List<FoldedText> lines, int year, LocalDate publishedOn) {
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
}
