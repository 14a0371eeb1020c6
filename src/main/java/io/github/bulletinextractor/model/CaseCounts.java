package io.github.bulletinextractor.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.jspecify.annotations.Nullable;

/**
 * The comprehensive-window (综窗) case figures.
 *
 * @param week       a weekly's figures for its week (本周, 本期), null if not stated
 * @param month      a monthly's figures for its month (本月, 当月, 本期), null if not stated
 * @param yearToDate the figures for the year so far (今年以来, 累计, 截至目前, 1—N月, 全年), null if not stated
 */
@JsonPropertyOrder({"week", "month", "yearToDate"})
public record CaseCounts(
        @Nullable CaseFigures week,
        @Nullable CaseFigures month,
        @Nullable CaseFigures yearToDate) {

    /** Weekly and year-to-date figures, no monthly ones. */
    public CaseCounts(@Nullable CaseFigures week, @Nullable CaseFigures yearToDate) {
        this(week, null, yearToDate);
    }
}
