package io.github.bulletinextractor.internal.extract;

import io.github.bulletinextractor.internal.WarningLog;
import io.github.bulletinextractor.internal.lexicon.Calendar;
import io.github.bulletinextractor.internal.text.ChineseNumerals;
import io.github.bulletinextractor.model.WarningCode;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Dates as bulletins print them, in digits ({@code 2024年4月8日}) or Chinese numerals ({@code 二〇二四年四月八日}). */
final class Dates {

    /** A full date in folded text: groups year, month, day. */
    static final Pattern FULL_DATE = Pattern.compile(Calendar.capture(Calendar.YEAR) + "年"
            + Calendar.capture(Calendar.MONTH_OR_DAY) + "月" + Calendar.capture(Calendar.MONTH_OR_DAY) + "日");

    private static final int HALF_YEAR = 183;

    private Dates() {}

    static int year(String text) {
        OptionalInt digits = ChineseNumerals.parseDigitByDigit(text);
        return digits.orElse(-1);
    }

    static int number(String text) {
        return ChineseNumerals.parse(text).orElse(-1);
    }

    /** The date, or null with an {@code INVALID_DATE} warning when the calendar has no such day. */
    static LocalDate of(int year, int month, int day, String printed, Integer page, WarningLog warnings) {
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            warnings.add(WarningCode.INVALID_DATE, "no such date: " + printed, page);
            return null;
        }
    }

    /** The full date a matcher of {@link #FULL_DATE} found. */
    static LocalDate of(Matcher fullDate, Integer page, WarningLog warnings) {
        return of(
                year(fullDate.group(1)),
                number(fullDate.group(2)),
                number(fullDate.group(3)),
                fullDate.group(),
                page,
                warnings);
    }

    /**
     * A month and day without a year, placed in the year that puts it nearest the reference date
     * (a visit on 12月30日 reported in a bulletin for the first week of January is in the year before).
     */
    static LocalDate nearest(
            int month, int day, LocalDate reference, String printed, Integer page, WarningLog warnings) {
        LocalDate best = null;
        for (int year = reference.getYear() - 1; year <= reference.getYear() + 1; year++) {
            try {
                LocalDate candidate = LocalDate.of(year, month, day);
                if (best == null
                        || Math.abs(ChronoUnit.DAYS.between(candidate, reference))
                                < Math.abs(ChronoUnit.DAYS.between(best, reference))) {
                    best = candidate;
                }
            } catch (DateTimeException e) {
                // 2月29日 exists only in some of the years tried
            }
        }
        if (best == null || Math.abs(ChronoUnit.DAYS.between(best, reference)) > HALF_YEAR) {
            // 2月29日 in a bulletin of a year without one: only a leap year far off has that day.
            warnings.add(WarningCode.INVALID_DATE, "no such date: " + printed, page);
            return null;
        }
        return best;
    }
}
