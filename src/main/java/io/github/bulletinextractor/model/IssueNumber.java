package io.github.bulletinextractor.model;

/**
 * The issue line of the masthead, {@code 2024年第 12 期（总第 483 期）}.
 *
 * @param year             the year of the issue; the year of publication when the masthead prints none
 * @param number           the issue number within the year (第N期)
 * @param cumulativeNumber the running number over all years (总第M期), null when not printed
 */
public record IssueNumber(Integer year, Integer number, Integer cumulativeNumber) {

    static final IssueNumber UNKNOWN = new IssueNumber(null, null, null);
}
