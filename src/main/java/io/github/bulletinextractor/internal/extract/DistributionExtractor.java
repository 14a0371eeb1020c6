package io.github.bulletinextractor.internal.extract;

import io.github.bulletinextractor.internal.classify.Titles;
import io.github.bulletinextractor.internal.lexicon.BackMatterWords;
import io.github.bulletinextractor.internal.normalise.Paragraph;
import io.github.bulletinextractor.internal.segment.StructuredDocument;
import io.github.bulletinextractor.internal.text.FoldedText;
import io.github.bulletinextractor.model.Distribution;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

/** Reads the recipients after 报：(and 抄报：), 送：(and 抄送：) and 发：, each as printed. */
public final class DistributionExtractor implements FieldExtractor {

    private static final String SEPARATORS = "、，,；;";

    @Override
    public void extract(StructuredDocument document, BulletinDraft draft) {
        List<String> reportTo = new ArrayList<>();
        List<String> copyTo = new ArrayList<>();
        List<String> issueTo = new ArrayList<>();
        for (Paragraph paragraph : document.backMatter()) {
            FoldedText text = paragraph.folded();
            Matcher m = BackMatterWords.DISTRIBUTION.matcher(text.folded());
            if (!m.lookingAt()) {
                continue;
            }
            List<String> target = switch (BackMatterWords.recipients(m.group(1))) {
                case REPORT_TO -> reportTo;
                case COPY_TO -> copyTo;
                case ISSUE_TO -> issueTo;
            };
            target.addAll(recipients(text.originalFrom(m.end())));
        }
        draft.distribution = new Distribution(reportTo, copyTo, issueTo);
    }

    /** Splits at 、 and commas outside brackets: 省级相关部门（单位）stays whole. */
    static List<String> recipients(String printed) {
        List<String> recipients = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int depth = 0;
        for (int i = 0; i < printed.length(); i++) {
            char c = printed.charAt(i);
            if (c == '（' || c == '(') {
                depth++;
            } else if ((c == '）' || c == ')') && depth > 0) {
                depth--;
            }
            if (depth == 0 && SEPARATORS.indexOf(c) >= 0) {
                add(recipients, current);
            } else {
                current.append(c);
            }
        }
        add(recipients, current);
        return recipients;
    }

    private static void add(List<String> recipients, StringBuilder current) {
        String recipient =
                Titles.withoutTrailing(current.toString().strip(), "。.").strip();
        if (!recipient.isEmpty()) {
            recipients.add(recipient);
        }
        current.setLength(0);
    }
}
