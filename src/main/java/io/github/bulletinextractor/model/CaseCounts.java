package io.github.bulletinextractor.model;

/**
 * The comprehensive-window (综窗) case figures.
 *
 * @param week       from {@code 本周…咨询 N 人次、受理 N 件、颁发 N 件、流转 N 件次}, null if not stated
 * @param yearToDate from {@code 今年以来，累计…}, null if not stated
 */
public record CaseCounts(CaseFigures week, CaseFigures yearToDate) {
}
