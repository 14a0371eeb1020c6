package io.github.bulletinextractor.model;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The days a bulletin reports on, both inclusive: the printed week of a weekly bulletin, the whole
 * month of a monthly one.
 *
 * @param start the first day, null when the bulletin prints no period
 * @param end   the last day, null when the bulletin prints no period
 */
public record Period(@Nullable LocalDate start, @Nullable LocalDate end) {

    static final Period UNKNOWN = new Period(null, null);
}
