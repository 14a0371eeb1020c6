package io.github.bulletinextractor.internal.classify;

/**
 * A line or paragraph classified.
 *
 * @param kind      what it is
 * @param numbering its section number when {@code kind} is {@link BlockKind#NUMBERED}, else null
 */
public record Block(BlockKind kind, Numbering numbering) {

    public boolean is(BlockKind other) {
        return kind == other;
    }
}
