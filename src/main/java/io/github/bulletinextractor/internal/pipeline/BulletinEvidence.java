package io.github.bulletinextractor.internal.pipeline;

import io.github.bulletinextractor.model.Bulletin;

/**
 * Whether a parsed document is a bulletin at all. Every issue of these series prints its issue
 * number (第N期), its series title, or the period it reports on; a memo, a letter or a notice
 * prints none of them, and a record of nulls for it would look like success.
 */
public final class BulletinEvidence {

    public static final String WHY_NOT =
            "not a bulletin: no issue number (第N期), series title or reporting period found";

    private BulletinEvidence() {}

    public static boolean isBulletin(Bulletin bulletin) {
        return bulletin.issue().number() != null
                || bulletin.series() != null
                || bulletin.period().start() != null;
    }
}
