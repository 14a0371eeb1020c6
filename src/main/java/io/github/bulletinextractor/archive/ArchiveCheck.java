package io.github.bulletinextractor.archive;

import io.github.bulletinextractor.model.Bulletin;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Checks an archive as a whole, which no single bulletin can tell: issues held twice or missing,
 * cumulative numbers (总第) that disagree, periods that overlap or run backwards, publication dates
 * before the period ended and year-to-date figures that go down. Each of these points at a file
 * to find, to rename or to read again; see {@link ProblemCode} and {@code docs/validation.md}.
 *
 * <p>Bulletins are grouped by series — the printed title, else the frequency ({@code WEEKLY},
 * {@code MONTHLY}), else {@code UNKNOWN} — and by {@code issue().year()}. A check skips bulletins
 * that lack the fields it needs, and never throws for them. Copies of one issue (same series, year
 * and number) are reported once as {@link ProblemCode#DUPLICATE_ISSUE}; the other checks use the
 * first copy only, so that one copy too many does not repeat every other problem.
 */
public final class ArchiveCheck {

    /** At most this many missing numbers are listed for a year; more means an issue number was misread. */
    static final int MAX_LISTED_MISSING = 10_000;

    /**
     * Every check, one per {@link ProblemCode} and in its order. Adding a check is a class here, a
     * code and a section in {@code docs/validation.md}.
     */
    private static final List<ArchiveRule> RULES = List.of(
            new CumulativeNumbersDisagree(),
            new DuplicateIssues(),
            new IssueYearOutsidePeriod(),
            new MissingIssues(MAX_LISTED_MISSING),
            new PeriodsOutOfOrder(),
            new OverlappingPeriods(),
            new PublishedBeforePeriodEnd(),
            new YearToDateDecreases());

    /** Series, year (absent last), code, then the numbers; problems that tie keep the order they were found in. */
    private static final Comparator<Problem> ORDER = Comparator.comparing(Problem::series)
            .thenComparing(Problem::year, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Problem::code)
            .thenComparing(Problem::numbers, IssueNumbers::compare);

    private ArchiveCheck() {}

    /**
     * Checks these bulletins as one archive.
     *
     * @param bulletins the records, in any order; null elements are ignored
     * @return the problems found, sorted by series, year, code and issue numbers; empty when none
     */
    public static List<Problem> check(Collection<Bulletin> bulletins) {
        Objects.requireNonNull(bulletins, "bulletins");
        List<Problem> problems = new ArrayList<>();
        for (Series series : group(bulletins)) {
            for (ArchiveRule rule : RULES) {
                problems.addAll(rule.check(series));
            }
        }
        problems.sort(ORDER);
        return List.copyOf(problems);
    }

    /** The series a bulletin is grouped under: its printed title, else its frequency, else {@code UNKNOWN}. */
    static String seriesOf(Bulletin bulletin) {
        if (bulletin.series() != null && !bulletin.series().isBlank()) {
            return bulletin.series();
        }
        return bulletin.frequency() != null ? bulletin.frequency().name() : "UNKNOWN";
    }

    /** The bulletins by series, in order of series name; null elements are left out. */
    static List<Series> group(Collection<Bulletin> bulletins) {
        Map<String, List<Bulletin>> bySeries = new TreeMap<>();
        for (Bulletin bulletin : bulletins) {
            if (bulletin != null) {
                bySeries.computeIfAbsent(seriesOf(bulletin), s -> new ArrayList<>())
                        .add(bulletin);
            }
        }
        return bySeries.entrySet().stream()
                .map(e -> series(e.getKey(), e.getValue()))
                .toList();
    }

    /** One series' bulletins by year and number, the copies of an issue in the order given. */
    private static Series series(String name, List<Bulletin> bulletins) {
        NavigableMap<Integer, NavigableMap<Integer, List<Bulletin>>> copies = new TreeMap<>();
        List<Issue> unnumbered = new ArrayList<>();
        for (Bulletin bulletin : bulletins) {
            Integer year = bulletin.issue().year();
            Integer number = bulletin.issue().number();
            if (year != null && number != null) {
                copies.computeIfAbsent(year, y -> new TreeMap<>())
                        .computeIfAbsent(number, n -> new ArrayList<>())
                        .add(bulletin);
            } else {
                unnumbered.add(new Issue(year, number, List.of(bulletin)));
            }
        }
        NavigableMap<Integer, List<Issue>> years = new TreeMap<>();
        copies.forEach((year, byNumber) -> years.put(
                year,
                byNumber.entrySet().stream()
                        .map(e -> new Issue(year, e.getKey(), List.copyOf(e.getValue())))
                        .toList()));
        return new Series(name, Collections.unmodifiableNavigableMap(years), List.copyOf(unnumbered));
    }
}
