package io.github.bulletinextractor.model;

import java.time.LocalDate;

/**
 * The days a bulletin reports on, both inclusive: the printed week of a weekly bulletin, the whole
 * month of a monthly one.
 */
public record Period(LocalDate start, LocalDate end) {

    static final Period UNKNOWN = new Period(null, null);
}
