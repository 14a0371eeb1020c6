package io.github.bulletinextractor.archive;

import java.util.List;

/**
 * One check of {@link ArchiveCheck}: finds one {@link ProblemCode} in one series at a time. A rule
 * reads what it needs of the series (each year's issues, all years together, or each bulletin),
 * skips bulletins that lack a field it needs and never throws for them.
 */
interface ArchiveRule {

    /** The problems found in this series, in the order found: problems that sort alike keep it. */
    List<Problem> check(Series series);
}
