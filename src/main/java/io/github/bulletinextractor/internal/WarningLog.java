package io.github.bulletinextractor.internal;

import io.github.bulletinextractor.model.Warning;
import io.github.bulletinextractor.model.WarningCode;
import java.util.ArrayList;
import java.util.List;

/** Collects the warnings of one parse, in the order they were found. */
public final class WarningLog {

    private final List<Warning> warnings = new ArrayList<>();

    public void add(WarningCode code, String message, Integer page) {
        warnings.add(new Warning(code, message, page));
    }

    public void addAll(List<Warning> more) {
        warnings.addAll(more);
    }

    public List<Warning> toList() {
        return List.copyOf(warnings);
    }
}
