package io.github.bulletinextractor.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.jspecify.annotations.Nullable;

/**
 * The issue line of the masthead, {@code 2024年第 12 期（总第 483 期）} or {@code 2021年增刊第1期}.
 *
 * @param year             the year of the issue: as printed; else, for a monthly, the year of the month it
 *                         reports on; else the year of publication; null when none of them is printed
 * @param number           the issue number within the year (第N期), null when not printed
 * @param cumulativeNumber the running number over all years (总第M期), null when not printed
 * @param special          {@code 增刊}, {@code 特刊} or {@code 专刊} when the issue is printed as one, else null
 */
@JsonPropertyOrder({"year", "number", "cumulativeNumber", "special"})
public record IssueNumber(
        @Nullable Integer year,
        @Nullable Integer number,
        @Nullable Integer cumulativeNumber,
        @Nullable String special) {

    static final IssueNumber UNKNOWN = new IssueNumber(null, null, null, null);

    /** An issue of the numbered run. */
    public IssueNumber(@Nullable Integer year, @Nullable Integer number, @Nullable Integer cumulativeNumber) {
        this(year, number, cumulativeNumber, null);
    }
}
