package io.github.bulletinextractor.internal.extract;

import io.github.bulletinextractor.internal.lexicon.BackMatterWords;
import io.github.bulletinextractor.internal.normalise.Paragraph;
import io.github.bulletinextractor.internal.segment.StructuredDocument;
import java.util.regex.Matcher;

/** Reads the print run, {@code （共印103份）}. */
public final class PrintRunExtractor implements FieldExtractor {

    @Override
    public void extract(StructuredDocument document, BulletinDraft draft) {
        for (Paragraph paragraph : document.backMatter()) {
            Matcher m = BackMatterWords.PRINT_RUN.matcher(paragraph.folded().folded());
            if (m.find()) {
                draft.copies = Integer.valueOf(m.group(1));
                return;
            }
        }
    }
}
