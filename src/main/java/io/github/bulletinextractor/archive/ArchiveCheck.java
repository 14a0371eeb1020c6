package io.github.bulletinextractor.archive;

import io.github.bulletinextractor.model.Bulletin;
import io.github.bulletinextractor.model.CaseFigures;
import io.github.bulletinextractor.model.Period;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;

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

    /** Series, year (absent last), code, then the numbers; problems that tie keep the order they were found in. */
    private static final Comparator<Problem> ORDER = Comparator.comparing(Problem::series)
            .thenComparing(Problem::year, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Problem::code)
            .thenComparing(Problem::numbers, IssueNumbers::compare);

    private static final List<Figure> FIGURES = List.of(
            new Figure("consultations (咨询)", CaseFigures::consultations),
            new Figure("accepted (受理)", CaseFigures::accepted),
            new Figure("issued (颁发)", CaseFigures::issued),
            new Figure("transferred (流转)", CaseFigures::transferred));

    private ArchiveCheck() {
    }

    /**
     * Checks these bulletins as one archive.
     *
     * @param bulletins the records, in any order; null elements are ignored
     * @return the problems found, sorted by series, year, code and issue numbers; empty when none
     */
    public static List<Problem> check(Collection<Bulletin> bulletins) {
        Objects.requireNonNull(bulletins, "bulletins");
        // series → year → issue number → the copies held, in the order given
        Map<String, TreeMap<Integer, TreeMap<Integer, List<Bulletin>>>> groups = new TreeMap<>();
        List<Issue> unnumbered = new ArrayList<>();
        for (Bulletin bulletin : bulletins) {
            if (bulletin == null) {
                continue;
            }
            String series = seriesOf(bulletin);
            Integer year = bulletin.issue().year();
            Integer number = bulletin.issue().number();
            if (year != null && number != null) {
                groups.computeIfAbsent(series, s -> new TreeMap<>()).computeIfAbsent(year, y -> new TreeMap<>())
                        .computeIfAbsent(number, n -> new ArrayList<>()).add(bulletin);
            } else {
                unnumbered.add(new Issue(series, year, number, bulletin));
            }
        }

        List<Problem> problems = new ArrayList<>();
        List<Issue> single = new ArrayList<>();
        groups.forEach((series, years) -> {
            TreeMap<Integer, List<Issue>> issuesByYear = new TreeMap<>();
            years.forEach((year, copiesByNumber) -> {
                List<Issue> issues = new ArrayList<>();
                copiesByNumber.forEach((number, copies) -> {
                    if (copies.size() > 1) {
                        problems.add(duplicate(series, year, number, copies));
                    }
                    issues.add(new Issue(series, year, number, copies.get(0)));
                });
                issuesByYear.put(year, issues);
                missing(series, year, copiesByNumber.navigableKeySet(), problems);
                cumulativeWithinYear(series, year, issues, problems);
                periodOrder(series, year, issues, problems);
                yearToDate(series, year, issues, problems);
                single.addAll(issues);
            });
            cumulativeAcrossYears(series, issuesByYear, problems);
            overlaps(series, issuesByYear.values().stream().flatMap(List::stream).toList(), problems);
        });
        single.addAll(unnumbered);
        for (Issue issue : single) {
            publishedBeforePeriodEnd(issue, problems);
            yearOutsidePeriod(issue, problems);
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

    private static Problem duplicate(String series, int year, int number, List<Bulletin> copies) {
        List<String> files = copies.stream().map(ArchiveCheck::fileName).filter(Objects::nonNull).toList();
        return new Problem(ProblemCode.DUPLICATE_ISSUE, series, year, List.of(number),
                "issue " + number + " is held " + copies.size() + " times"
                        + (files.isEmpty() ? "" : ": " + String.join(", ", files)));
    }

    private static void missing(String series, int year, NavigableSet<Integer> present, List<Problem> problems) {
        long span = (long) present.last() - present.first() + 1;
        long absent = span - present.size();
        if (absent == 0) {
            return;
        }
        List<Integer> numbers = new ArrayList<>();
        Integer previous = null;
        for (int number : present) {
            if (previous != null) {
                for (long n = previous + 1L; n < number && numbers.size() < MAX_LISTED_MISSING; n++) {
                    numbers.add((int) n);
                }
            }
            previous = number;
        }
        String listed = absent > numbers.size() ? " (the first " + numbers.size() + " listed)" : "";
        problems.add(new Problem(ProblemCode.MISSING_ISSUES, series, year, numbers,
                plural(absent, "issue") + " missing between " + present.first() + " and " + present.last() + ": "
                        + IssueNumbers.ranges(numbers, ", ") + listed));
    }

    private static void cumulativeWithinYear(String series, int year, List<Issue> issues, List<Problem> problems) {
        Long offset = commonOffset(issues);
        if (offset == null) {
            return;
        }
        int agreeing = 0;
        int counted = 0;
        List<Integer> numbers = new ArrayList<>();
        List<String> details = new ArrayList<>();
        for (Issue issue : issues) {
            Integer cumulative = issue.bulletin.issue().cumulativeNumber();
            if (cumulative == null) {
                continue;
            }
            counted++;
            if (cumulative - (long) issue.number == offset) {
                agreeing++;
            } else {
                numbers.add(issue.number);
                details.add("issue " + issue.number + " is 总第 " + cumulative + " (expected " + (offset + issue.number)
                        + ")");
            }
        }
        if (!numbers.isEmpty()) {
            problems.add(new Problem(ProblemCode.CUMULATIVE_MISMATCH, series, year, numbers,
                    String.join("; ", details) + ": 总第 is the issue number + " + offset + " for " + agreeing + " of "
                            + counted + " issues"));
        }
    }

    /**
     * Year Y+1 must go on from year Y: its 总第 is Y's offset plus Y's last issue number. Only judged
     * when Y is held from issue 1 without a gap, so that its last issue is known to be its last.
     */
    private static void cumulativeAcrossYears(String series, TreeMap<Integer, List<Issue>> issuesByYear,
                                              List<Problem> problems) {
        issuesByYear.forEach((year, issues) -> {
            List<Issue> next = issuesByYear.get(year + 1);
            if (next == null || issues.get(0).number != 1 || issues.size() != issues.get(issues.size() - 1).number) {
                return;
            }
            Long offset = commonOffset(issues);
            Long nextOffset = commonOffset(next);
            if (offset == null || nextOffset == null) {
                return;
            }
            int last = issues.get(issues.size() - 1).number;
            long lastCumulative = offset + last;
            if (nextOffset == lastCumulative) {
                return;
            }
            Issue first = next.stream().filter(i -> i.bulletin.issue().cumulativeNumber() != null
                    && i.bulletin.issue().cumulativeNumber() - (long) i.number == nextOffset).findFirst().orElseThrow();
            problems.add(new Problem(ProblemCode.CUMULATIVE_MISMATCH, series, year + 1, List.of(first.number),
                    "issue " + first.number + " is 总第 " + first.bulletin.issue().cumulativeNumber() + ", expected "
                            + (lastCumulative + first.number) + " to follow " + year + "'s last issue " + last
                            + " (总第 " + lastCumulative + ")"));
        });
    }

    /**
     * The most common {@code cumulativeNumber − number} of the issues (in number order); on a tie
     * the one found first, that of the lowest-numbered issue. Null when no issue has a 总第.
     */
    private static Long commonOffset(List<Issue> issues) {
        Map<Long, Integer> counts = new LinkedHashMap<>();
        for (Issue issue : issues) {
            Integer cumulative = issue.bulletin.issue().cumulativeNumber();
            if (cumulative != null) {
                counts.merge(cumulative - (long) issue.number, 1, Integer::sum);
            }
        }
        Long best = null;
        int bestCount = 0;
        for (Map.Entry<Long, Integer> entry : counts.entrySet()) {
            if (entry.getValue() > bestCount) {
                best = entry.getKey();
                bestCount = entry.getValue();
            }
        }
        return best;
    }

    /** Each issue against the one numbered just below it: reporting on days entirely before it is wrong. */
    private static void periodOrder(String series, int year, List<Issue> issues, List<Problem> problems) {
        Issue previous = null;
        for (Issue issue : issues) {
            if (!issue.hasPeriod()) {
                continue;
            }
            if (previous != null && issue.period().end().isBefore(previous.period().start())) {
                problems.add(new Problem(ProblemCode.PERIOD_OUT_OF_ORDER, series, year,
                        List.of(previous.number, issue.number),
                        "issue " + issue.number + " (" + days(issue.period()) + ") reports on days before issue "
                                + previous.number + " (" + days(previous.period()) + ")"));
            }
            previous = issue;
        }
    }

    private static void yearToDate(String series, int year, List<Issue> issues, List<Problem> problems) {
        for (Figure figure : FIGURES) {
            Issue previous = null;
            long previousValue = 0;
            for (Issue issue : issues) {
                Long value = figure.of(issue.bulletin);
                if (value == null) {
                    continue;
                }
                if (previous != null && value < previousValue) {
                    problems.add(new Problem(ProblemCode.YEAR_TO_DATE_DECREASE, series, year,
                            List.of(previous.number, issue.number),
                            "year-to-date " + figure.name + " goes down from " + previousValue + " in issue "
                                    + previous.number + " to " + value + " in issue " + issue.number));
                }
                previous = issue;
                previousValue = value;
            }
        }
    }

    /** Overlaps within a series across all its years, so that a misfiled year is caught too. */
    private static void overlaps(String series, List<Issue> issues, List<Problem> problems) {
        List<Issue> byStart = issues.stream().filter(Issue::hasPeriod)
                .sorted(Comparator.comparing((Issue i) -> i.period().start())
                        .thenComparing(i -> i.year).thenComparing(i -> i.number))
                .toList();
        List<Issue> open = new ArrayList<>();
        for (Issue issue : byStart) {
            open.removeIf(o -> o.period().end().isBefore(issue.period().start()));
            for (Issue other : open) {
                Issue first = compareIssues(other, issue) <= 0 ? other : issue;
                Issue second = first == other ? issue : other;
                boolean sameYear = first.year.equals(second.year);
                problems.add(new Problem(ProblemCode.PERIOD_OVERLAP, series, first.year,
                        List.of(first.number, second.number),
                        first.name(!sameYear) + " (" + days(first.period()) + ") overlaps " + second.name(!sameYear)
                                + " (" + days(second.period()) + ")"));
            }
            open.add(issue);
        }
    }

    private static void publishedBeforePeriodEnd(Issue issue, List<Problem> problems) {
        LocalDate published = issue.bulletin.publishedOn();
        LocalDate end = issue.period().end();
        if (published != null && end != null && published.isBefore(end)) {
            problems.add(new Problem(ProblemCode.PUBLISHED_BEFORE_PERIOD_END, issue.series, issue.year,
                    issue.numbers(), issue.label() + " is dated " + published + ", before its period ends on " + end));
        }
    }

    private static void yearOutsidePeriod(Issue issue, List<Problem> problems) {
        if (issue.year == null || !issue.hasPeriod()) {
            return;
        }
        Period period = issue.period();
        if (issue.year != period.start().getYear() && issue.year != period.end().getYear()) {
            LocalDate published = issue.bulletin.publishedOn();
            boolean fromPublication = published != null && published.getYear() == issue.year;
            problems.add(new Problem(ProblemCode.ISSUE_YEAR_OUTSIDE_PERIOD, issue.series, issue.year,
                    issue.numbers(), issue.label() + " is filed under " + issue.year + " but reports on "
                            + days(period) + (fromPublication ? " (" + issue.year + " is the year of its publication date "
                            + published + ")" : "")));
        }
    }

    private static String days(Period period) {
        return period.start() + " to " + period.end();
    }

    private static String fileName(Bulletin bulletin) {
        return bulletin.source() == null ? null : bulletin.source().fileName();
    }

    private static String plural(long count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }

    private static int compareIssues(Issue a, Issue b) {
        int byYear = Integer.compare(a.year, b.year);
        return byYear != 0 ? byYear : Integer.compare(a.number, b.number);
    }

    /** A bulletin with the series, year and number it is checked under; year and number may be null. */
    private record Issue(String series, Integer year, Integer number, Bulletin bulletin) {

        Period period() {
            return bulletin.period();
        }

        /** Both ends known and in order. */
        boolean hasPeriod() {
            Period p = bulletin.period();
            return p.start() != null && p.end() != null && !p.end().isBefore(p.start());
        }

        List<Integer> numbers() {
            return number == null ? List.of() : List.of(number);
        }

        String name(boolean withYear) {
            return "issue " + number + (withYear ? " of " + year : "");
        }

        /** How messages name it: by number, or by file when it has none. */
        String label() {
            if (number != null) {
                return "issue " + number;
            }
            String file = fileName(bulletin);
            return file == null ? "a bulletin without issue number" : "the bulletin without issue number in " + file;
        }
    }

    /** A year-to-date figure and how messages name it. */
    private record Figure(String name, Function<CaseFigures, Long> field) {

        Long of(Bulletin bulletin) {
            if (bulletin.caseCounts() == null || bulletin.caseCounts().yearToDate() == null) {
                return null;
            }
            return field.apply(bulletin.caseCounts().yearToDate());
        }
    }
}
