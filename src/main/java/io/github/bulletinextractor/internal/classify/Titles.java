package io.github.bulletinextractor.internal.classify;

import io.github.bulletinextractor.internal.lexicon.Calendar;
import io.github.bulletinextractor.internal.lexicon.MastheadWords;
import io.github.bulletinextractor.internal.text.FoldedText;
import java.util.List;
import java.util.regex.Pattern;

/** Tells titles from sentences. */
public final class Titles {

    private static final int MAX_TITLE = 40;
    private static final int MAX_RUN_IN = 16;
    private static final String INNER_PUNCTUATION = "，,；;。！？!?";
    private static final String RUN_IN_PUNCTUATION = "，,、；;：:《》";
    /**
     * A run-in title names a topic: it ends in a noun such as 情况 or 建设. A verb phrase ending in 。
     * ({@code 调整省级重大项目服务清单。}) is the first sentence of the item, not its title.
     */
    private static final List<String> TOPICS = List.of(
            "情况", "工作", "建设", "改革", "项目", "秩序", "纪律", "行动", "活动", "管理", "服务", "机制", "问题", "措施", "成效", "进展", "动态", "要求",
            "事项", "培训", "宣传", "保障", "执行", "佩戴", "防控", "考核", "督查", "检查", "巡查", "整改", "会议", "创新", "效能", "环境", "质量", "安全");
    /** A series title or an issuing body, possibly followed by the publication date. */
    private static final Pattern MASTHEAD_LIKE = Pattern.compile(".*(?:" + MastheadWords.SERIES_ENDINGS + "|"
            + MastheadWords.ISSUER_ENDINGS + ")(?:" + Calendar.FULL_DATE + ")?");

    private Titles() {}

    /** A short line with no sentence punctuation: 省本级综窗办件情况. */
    public static boolean isTitle(String text) {
        String t = text.strip();
        // A code point takes at most two chars, so a longer text is no title; not counted through.
        return !t.isEmpty()
                && t.length() <= 2 * MAX_TITLE
                && t.codePointCount(0, t.length()) <= MAX_TITLE
                && !containsAny(t, INNER_PUNCTUATION);
    }

    /** A title that could head a group of numbered sections, and not a masthead line. */
    public static boolean isGroupTitle(String text) {
        return isTitle(text)
                && !MASTHEAD_LIKE.matcher(FoldedText.of(text).folded()).matches();
    }

    /**
     * The run-in title at the start of {@code text} ({@code 按时到岗情况。总体情况良好。} gives
     * {@code 按时到岗情况}), or null. {@code boldLead} characters at the start were set in bold, which
     * marks a run-in title whatever its words.
     */
    public static String runInTitle(String text, int boldLead) {
        int stop = text.indexOf('。');
        if (stop <= 0 || stop == text.length() - 1) {
            return null;
        }
        String candidate = text.substring(0, stop).strip();
        if (candidate.isEmpty()
                || candidate.codePointCount(0, candidate.length()) > MAX_RUN_IN
                || containsAny(candidate, RUN_IN_PUNCTUATION)
                || Character.isDigit(candidate.charAt(0))) {
            return null;
        }
        boolean bold = boldLead >= stop;
        return bold || endsWithTopic(FoldedText.of(candidate).folded()) ? candidate : null;
    }

    private static boolean endsWithTopic(String folded) {
        for (String topic : TOPICS) {
            if (folded.endsWith(topic)) {
                return true;
            }
        }
        return false;
    }

    private static boolean containsAny(String text, String characters) {
        for (int i = 0; i < text.length(); i++) {
            if (characters.indexOf(text.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** {@code text} without the run of {@code characters} it ends with (a heading's closing colon). */
    public static String withoutTrailing(String text, String characters) {
        int end = text.length();
        while (end > 0 && characters.indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        return text.substring(0, end);
    }
}
