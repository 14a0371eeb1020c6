package io.github.bulletinextractor.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * A counted quantity stated in the body.
 *
 * @param label what was counted, taken from the words around the number; null when the text names nothing
 * @param value the exact value, multipliers applied ({@code 5.42 万件} is 54200)
 * @param unit  the unit: 件, 件次, 人次, 次, 份, 个, 项, 家 or %
 * @param scope the period the figure covers when the text says so, else null
 * @param text  the clause the figure was read from, as printed
 * @param page  the page it is printed on, null for unpaginated sources
 */
@JsonPropertyOrder({"label", "value", "unit", "scope", "text", "page"})
public record Metric(
        @Nullable String label,
        BigDecimal value,
        String unit,
        @Nullable MetricScope scope,
        String text,
        @Nullable Integer page) {}
