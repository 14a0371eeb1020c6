package io.github.bulletinextractor.model;

import java.util.List;

/** Lists in records are immutable and never null. */
final class Lists {

    private Lists() {}

    static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
