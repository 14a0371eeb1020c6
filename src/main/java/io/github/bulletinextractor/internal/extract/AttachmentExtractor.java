package io.github.bulletinextractor.internal.extract;

import io.github.bulletinextractor.internal.classify.Block;
import io.github.bulletinextractor.internal.classify.BlockClassifier;
import io.github.bulletinextractor.internal.classify.BlockKind;
import io.github.bulletinextractor.internal.lexicon.BackMatterWords;
import io.github.bulletinextractor.internal.normalise.Paragraph;
import io.github.bulletinextractor.internal.segment.StructuredDocument;
import io.github.bulletinextractor.internal.text.FoldedText;
import io.github.bulletinextractor.model.Attachment;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads attachments: each page headed 附件 (or 附件1) gives its title (the next paragraph) and its
 * text; a reference {@code 附件：title} with no such page gives an attachment without text.
 */
public final class AttachmentExtractor implements FieldExtractor {

    /** The start of a reference: 附件：, 附件2：, 附件：1., or 2. on a following line of the list. */
    private static final Pattern NOTE = Pattern.compile("(?:" + BackMatterWords.ATTACHMENT + ":)?(?:\\d{1,2}[.、])?");

    private final BlockClassifier classifier;

    public AttachmentExtractor(BlockClassifier classifier) {
        this.classifier = classifier;
    }

    @Override
    public void extract(StructuredDocument document, BulletinDraft draft) {
        List<Attachment> printed = printedAttachments(document.backMatter());
        draft.attachments.addAll(printed);
        for (Paragraph note : document.attachmentNotes()) {
            FoldedText text = note.folded();
            Matcher m = NOTE.matcher(text.folded());
            String title = m.lookingAt()
                    ? text.originalFrom(m.end()).strip()
                    : note.text().strip();
            String key = FoldedText.of(title).folded();
            boolean hasPage = printed.stream()
                    .anyMatch(a -> FoldedText.of(a.title()).folded().equals(key));
            if (!title.isEmpty() && !hasPage) {
                draft.attachments.add(new Attachment(title, null));
            }
        }
    }

    private List<Attachment> printedAttachments(List<Paragraph> backMatter) {
        List<Attachment> attachments = new ArrayList<>();
        String title = null;
        List<String> lines = new ArrayList<>();
        boolean inside = false;
        for (Paragraph paragraph : backMatter) {
            Block block = classifier.classify(paragraph.folded());
            boolean ends = block.is(BlockKind.ATTACHMENT_MARKER)
                    || block.is(BlockKind.DISTRIBUTION)
                    || block.is(BlockKind.PRINT_RUN);
            if (ends && inside) {
                addPrinted(attachments, title, lines);
                inside = false;
            }
            if (block.is(BlockKind.ATTACHMENT_MARKER)) {
                inside = true;
                title = null;
                lines.clear();
            } else if (inside && title == null) {
                title = paragraph.text().strip();
            } else if (inside) {
                lines.add(paragraph.text().strip());
            }
        }
        if (inside) {
            addPrinted(attachments, title, lines);
        }
        return attachments;
    }

    /** A marker with nothing after it before the next one is a stray 附件, not an attachment. */
    private static void addPrinted(List<Attachment> attachments, String title, List<String> lines) {
        if (title != null) {
            attachments.add(new Attachment(title, lines.isEmpty() ? null : String.join("\n", lines)));
        }
    }
}
