package io.github.bulletinextractor.internal.extract;

import io.github.bulletinextractor.internal.normalize.Paragraph;
import io.github.bulletinextractor.internal.segment.StructuredDocument;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the print run, {@code （共印103份）}. */
public final class PrintRunExtractor implements FieldExtractor {

    private static final Pattern PRINT_RUN = Pattern.compile("共印(\\d{1,7})份");

    @Override
    public void extract(StructuredDocument document, BulletinDraft draft) {
        for (Paragraph paragraph : document.backMatter()) {
            Matcher m = PRINT_RUN.matcher(paragraph.folded().folded());
            if (m.find()) {
                draft.copies = Integer.valueOf(m.group(1));
                return;
            }
        }
    }
}
