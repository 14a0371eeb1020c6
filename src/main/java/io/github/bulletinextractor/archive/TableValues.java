package io.github.bulletinextractor.archive;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/** A value of a table row as text: dates ISO, decimals in full, enums by name; null stays null. */
final class TableValues {

    private TableValues() {}

    static @Nullable String text(@Nullable Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        if (value instanceof Enum<?> constant) {
            return constant.name();
        }
        return value.toString();
    }
}
