package io.github.bulletinextractor.archive;

import io.github.bulletinextractor.model.Bulletin;
import io.github.bulletinextractor.model.Period;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One issue of a series as the rules read it: the copies held of one year and number, in the
 * order given. The rules read the first copy only, so that one copy too many is reported once (as
 * {@link ProblemCode#DUPLICATE_ISSUE}) and does not repeat every other problem. A bulletin without
 * year or number is an issue of its own.
 *
 * @param year   {@code issue().year()}; null when the bulletin has none
 * @param number {@code issue().number()}; null when the bulletin has none
 * @param copies the bulletins held of this issue, at least one
 */
record Issue(@Nullable Integer year, @Nullable Integer number, List<Bulletin> copies) {

    Bulletin bulletin() {
        return copies.get(0);
    }

    Period period() {
        return bulletin().period();
    }

    /** Both ends known and in order. */
    boolean hasPeriod() {
        Period p = period();
        return p.start() != null && p.end() != null && !p.end().isBefore(p.start());
    }

    /** The period as messages write it. */
    String days() {
        return period().start() + " to " + period().end();
    }

    /** The number as {@link Problem#numbers()} holds it. */
    List<Integer> numbers() {
        return number == null ? List.of() : List.of(number);
    }

    /** {@code issue 3}, or {@code issue 3 of 2024} where two issues of different years are named together. */
    String name(boolean withYear) {
        return "issue " + number + (withYear ? " of " + year : "");
    }

    /** How messages name it: by number, or by file when it has none. */
    String label() {
        if (number != null) {
            return "issue " + number;
        }
        String file = fileName(bulletin());
        return file == null ? "a bulletin without issue number" : "the bulletin without issue number in " + file;
    }

    /** The files of the copies, those that have one, so that an archivist can find them. */
    List<String> fileNames() {
        return copies.stream().map(Issue::fileName).filter(Objects::nonNull).toList();
    }

    private static @Nullable String fileName(Bulletin bulletin) {
        return bulletin.source() == null ? null : bulletin.source().fileName();
    }
}
