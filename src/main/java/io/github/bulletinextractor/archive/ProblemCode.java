package io.github.bulletinextractor.archive;

/**
 * What {@link ArchiveCheck} found wrong with an archive as a whole. Each code concerns one series
 * (the printed title, else the frequency) and one year of issue numbers. The codes are stable and
 * listed in alphabetical order, which is also the order problems of one series and year are
 * reported in; see {@code docs/validation.md} for examples.
 */
public enum ProblemCode {
    /**
     * Cumulative numbers (总第) that do not follow from the issue numbers: within a year, 总第 minus
     * the issue number is not the same for every issue; or, from one year to the next, the new
     * year's 总第 does not continue from the last issue of a year held complete from issue 1.
     */
    CUMULATIVE_MISMATCH,
    /** The same issue (series, year, number) is held more than once: a copy, or a misprinted number. */
    DUPLICATE_ISSUE,
    /**
     * The issue's year is not a year its period falls in, so it is filed under the wrong year; this
     * happens when no year is printed and the year of publication (January) is taken for it.
     */
    ISSUE_YEAR_OUTSIDE_PERIOD,
    /** Issue numbers absent between the lowest and the highest present in a year: issues not archived. */
    MISSING_ISSUES,
    /**
     * A higher-numbered issue reports on days entirely before those of the issue numbered just
     * below it in the archive: one of the two numbers or periods is misprinted or misread.
     */
    PERIOD_OUT_OF_ORDER,
    /** Two different issues of a series report on overlapping days: a misnumbered copy, or a wrong date. */
    PERIOD_OVERLAP,
    /** The publication date is before the last day of the period reported on, which cannot be right. */
    PUBLISHED_BEFORE_PERIOD_END,
    /**
     * A year-to-date case figure (咨询, 受理, 颁发 or 流转 since 1 January) is lower than in the issue
     * numbered before it, although running totals can only grow.
     */
    YEAR_TO_DATE_DECREASE
}
