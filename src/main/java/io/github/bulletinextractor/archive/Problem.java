package io.github.bulletinextractor.archive;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One thing {@link ArchiveCheck} found wrong with an archive. It names the series and year
 * concerned and the issue numbers, so an archivist can find the files; the message says what is
 * wrong in words. Serialised by Jackson with {@code code} as its name.
 *
 * @param code    what kind of problem, a stable code
 * @param series  the series: its printed title, else {@code WEEKLY} or {@code MONTHLY}, else {@code UNKNOWN}
 * @param year    the year of the issues concerned ({@code issue().year()}); null when a bulletin has none
 * @param numbers the issue numbers concerned, sorted ascending; empty when a bulletin has none
 * @param message what is wrong, in English; not stable, match on {@code code}
 */
@JsonPropertyOrder({"code", "series", "year", "numbers", "message"})
public record Problem(
        ProblemCode code, String series, @Nullable Integer year, List<Integer> numbers, String message) {

    /** Sorts {@code numbers} and copies them immutably, so that equal problems compare equal. */
    public Problem {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(series, "series");
        Objects.requireNonNull(message, "message");
        List<Integer> sorted = new ArrayList<>(numbers == null ? List.of() : numbers);
        sorted.forEach(n -> Objects.requireNonNull(n, "numbers holds null"));
        sorted.sort(null);
        numbers = List.copyOf(sorted);
    }

    /** The issue numbers, runs of three or more as a range, without spaces for a table column: {@code 3,5-9,12}. */
    public String numbersAsRanges() {
        return IssueNumbers.ranges(numbers, ",");
    }
}
