package io.github.bulletinextractor.internal.extract;

import io.github.bulletinextractor.internal.segment.StructuredDocument;

/**
 * Reads one group of fields from a segmented bulletin into the draft. Extractors run in a fixed
 * order, so a later one may use what an earlier one found (visit dates need the period's year).
 */
public interface FieldExtractor {

    void extract(StructuredDocument document, BulletinDraft draft);
}
