package io.github.bulletinextractor.internal.lexicon;

import java.util.regex.Pattern;

/**
 * The words of the back matter: who the bulletin goes to (报：, 抄报：, 送：, 抄送：, 发：), the
 * print run (（共印103份）) and attachments (附件, 附件2).
 */
public final class BackMatterWords {

    /** The words a distribution line opens with, before its colon. */
    public static final String DISTRIBUTION_PREFIXES = "抄报|抄送|报|送|发";
    /** A distribution line's opening: group 1 its word. */
    public static final Pattern DISTRIBUTION = Pattern.compile("(" + DISTRIBUTION_PREFIXES + "):");
    /** The print run: group 1 the number of copies. */
    public static final Pattern PRINT_RUN = Pattern.compile("共印(\\d{1,7})份");
    /** 附件, 附件2 or 附件二. */
    public static final String ATTACHMENT = "附件(?:\\d{1,2}|[一二三四五六七八九十]{1,3})?";

    /** Whom a distribution line names. */
    public enum Recipients {
        /** 报：and 抄报：, superiors. */
        REPORT_TO,
        /** 送：and 抄送：, peers. */
        COPY_TO,
        /** 发：, those below. */
        ISSUE_TO
    }

    private BackMatterWords() {}

    /** The class of the word a distribution line opens with. */
    public static Recipients recipients(String prefix) {
        return switch (prefix) {
            case "报", "抄报" -> Recipients.REPORT_TO;
            case "送", "抄送" -> Recipients.COPY_TO;
            default -> Recipients.ISSUE_TO;
        };
    }
}
