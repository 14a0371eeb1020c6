package io.github.bulletinextractor.internal.classify;

/** What a line or paragraph is, judged from its own text. */
public enum BlockKind {
    /** Starts with a section number. */
    NUMBERED,
    /** 报：, 送：, 发：, 抄送：, 抄报： */
    DISTRIBUTION,
    /** （共印103份） */
    PRINT_RUN,
    /** 附件 or 附件1 alone: an attachment starts here. */
    ATTACHMENT_MARKER,
    /** 附件：title, a reference to an attachment. */
    ATTACHMENT_NOTE,
    /** A line that is wholly in brackets: （名单见附件）, （3月25日—3月29日）. */
    BRACKETED,
    /** The masthead's issue line, 2024年第12期（总第483期）. */
    ISSUE_LINE,
    /** A date alone on its line, 2023年6月15日. */
    DATE_LINE,
    /** Anything else. */
    PLAIN
}
