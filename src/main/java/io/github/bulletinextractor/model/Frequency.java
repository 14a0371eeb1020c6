package io.github.bulletinextractor.model;

/** How often a bulletin series appears. */
public enum Frequency {
    WEEKLY,
    MONTHLY
}
