package io.github.bulletinextractor.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One official named under 厅（局）长进大厅.
 *
 * @param date       the day stated for the visit (its first day when it took several), null when only the
 *                   bulletin's period applies
 * @param endDate    the last day of a visit stated over several days ({@code 8日至9日}), else null
 * @param department the provincial department or bureau, e.g. 生态环境厅; null when the text names none
 * @param unit       a named sub-unit of the department (交通运输厅<b>公路局</b>), else null
 * @param name       the official's name
 * @param titles     the official's titles in printed order
 * @param activity   what they came to do, e.g. 调研值守; null when the text does not say
 * @param page       the page the visit is reported on, null for unpaginated sources
 */
@JsonPropertyOrder({"date", "endDate", "department", "unit", "name", "titles", "activity", "page"})
public record Visit(
        @Nullable LocalDate date,
        @Nullable LocalDate endDate,
        @Nullable String department,
        @Nullable String unit,
        String name,
        List<String> titles,
        @Nullable String activity,
        @Nullable Integer page) {

    public Visit {
        titles = Lists.copy(titles);
    }

    /** A visit on one day, or on days not stated. */
    public Visit(
            @Nullable LocalDate date,
            @Nullable String department,
            @Nullable String unit,
            String name,
            List<String> titles,
            @Nullable String activity,
            @Nullable Integer page) {
        this(date, null, department, unit, name, titles, activity, page);
    }
}
