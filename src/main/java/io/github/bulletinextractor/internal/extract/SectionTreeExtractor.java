package io.github.bulletinextractor.internal.extract;

import io.github.bulletinextractor.internal.segment.SectionNode;
import io.github.bulletinextractor.internal.segment.StructuredDocument;

/** Turns the segmented section tree into the {@code sections} records. */
public final class SectionTreeExtractor implements FieldExtractor {

    @Override
    public void extract(StructuredDocument document, BulletinDraft draft) {
        draft.sections =
                document.sections().stream().map(SectionNode::toSection).toList();
    }
}
