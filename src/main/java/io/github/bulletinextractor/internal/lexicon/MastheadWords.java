package io.github.bulletinextractor.internal.lexicon;

import java.util.regex.Pattern;

/**
 * The words of a masthead: the series title (…周报, …月报), the issue line (2024年第12期（总第483期）,
 * 2021年增刊第1期), and the issuing body's line.
 */
public final class MastheadWords {

    /** What a series title ends with. */
    public static final String SERIES_ENDINGS = "周报|月报|旬报|季报|年报|简报|快报|专报";
    /** What marks an issue outside the numbered run. */
    public static final String SPECIAL_ISSUES = "增刊|特刊|专刊";
    /** A series title, possibly in 《》: group 1 the title. */
    public static final Pattern SERIES = Pattern.compile("《?(\\p{IsHan}{2,12}?(?:" + SERIES_ENDINGS + "))》?");
    /** The issue line, 2024年第12期（总第483期） or 2021年增刊第1期: groups year, special issue, number, cumulative number. */
    public static final Pattern ISSUE =
            Pattern.compile("(?:" + Calendar.capture(Calendar.YEAR) + "年(?:度)?)?(?:\\(?(" + SPECIAL_ISSUES + ")\\)?)?"
                    + "(?<!总)第(" + Calendar.ISSUE_DIGITS + ")期(?:\\(总第(" + Calendar.CUMULATIVE_DIGITS + ")期\\))?");
    /** A special issue, with or without a number: 2021年增刊, （增刊）; groups year, special issue. */
    public static final Pattern SPECIAL_ISSUE =
            Pattern.compile("(?:" + Calendar.capture(Calendar.YEAR) + "年(?:度)?)?\\(?(" + SPECIAL_ISSUES + ")");
    /** 总第483期 printed apart from the issue number: group 1 the number. */
    public static final Pattern CUMULATIVE = Pattern.compile("总第(" + Calendar.CUMULATIVE_DIGITS + ")期");
    /** What only an issuing body's name ends with: a line ending so is masthead, not a heading. */
    public static final String ISSUER_ENDINGS = "中心|办公室|办公厅|委员会|政府";
    /** What an issuing body's name ends with; a heading can end with 局 or 部 too. */
    public static final String PUBLISHER_ENDINGS = ISSUER_ENDINGS + "|厅|局|委|办|院|会|部";

    private MastheadWords() {}
}
