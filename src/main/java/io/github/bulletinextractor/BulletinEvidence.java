package io.github.bulletinextractor;

import io.github.bulletinextractor.model.Bulletin;
import io.github.bulletinextractor.model.Warning;
import io.github.bulletinextractor.model.WarningCode;
import java.util.ArrayList;
import java.util.List;

/**
 * Whether a parsed document is a bulletin at all. Every issue of these series prints its issue
 * number (第N期), its series title, or the period it reports on; a memo, a letter or a notice
 * prints none of them, and a record of nulls for it would look like success.
 */
final class BulletinEvidence {

    static final String WHY_NOT = "not a bulletin: no issue number (第N期), series title or reporting period found";

    private BulletinEvidence() {
    }

    static boolean isBulletin(Bulletin bulletin) {
        return bulletin.issue().number() != null || bulletin.series() != null || bulletin.period().start() != null;
    }

    /** The record with a {@code NOT_A_BULLETIN} warning, for text given in memory. */
    static Bulletin markNotABulletin(Bulletin b) {
        List<Warning> warnings = new ArrayList<>(b.warnings());
        warnings.add(new Warning(WarningCode.NOT_A_BULLETIN, WHY_NOT, null));
        return new Bulletin(b.schemaVersion(), b.source(), b.series(), b.frequency(), b.issue(), b.period(),
                b.publishedOn(), b.publisher(), b.sections(), b.visits(), b.caseCounts(), b.metrics(),
                b.distribution(), b.copies(), b.attachments(), warnings);
    }
}
