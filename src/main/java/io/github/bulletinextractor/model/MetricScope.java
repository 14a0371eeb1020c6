package io.github.bulletinextractor.model;

/** The period a figure covers, as the text states it. */
public enum MetricScope {
    /** 本周 */
    WEEK,
    /** the month a monthly bulletin reports on, or 本月 */
    MONTH,
    /** 今年以来, 累计, 截至目前 */
    YEAR_TO_DATE
}
