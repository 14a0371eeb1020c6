package io.github.bulletinextractor.internal.read;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Undoes what OCR does to a line of Chinese print, before the line meets the rest of the pipeline:
 * spaces between characters, half-width brackets and punctuation for full-width ones, full-width
 * digits, 〇 read as O or 0 and 0 as O, 一 read as a dash (and a dash as 一) where numbering and date
 * ranges stand, and the family's own words read with a character wrong ({@link OcrWords}). Every
 * repair is one small step here, so what OCR text goes through is in one place.
 */
final class OcrRepair {

    /** A dash-like mark read where 一 stands before 、 at the start of a line, or alone in brackets. */
    private static final String DASHES = "—–_~－\\-";
    private static final Pattern NUMERAL_ONE_AS_DASH = Pattern.compile("^[" + DASHES + "](?=、)|(?<=（)[" + DASHES + "](?=）)");
    /** 、 after a section number read as another mark: 一:2025年3月…, 二.政务工作动态. */
    private static final Pattern SECTION_COMMA = Pattern.compile("^([一二三四五六七八九十]{1,3})[:：,，.．·;；](?=\\S)");
    /** Specks read as marks between two Chinese characters: 公\共. */
    private static final Pattern STRAY_MARK = Pattern.compile("(?<=\\p{IsHan})[\\\\|_^`~'](?=\\p{IsHan})");
    /** 一 or a hyphen read for the dash of a date range: 3月25日一3月29日, 25一29日. */
    private static final Pattern RANGE_DASH_AS_ONE = Pattern.compile("(?<=日)[一" + DASHES + "](?=\\d)|(?<=\\d)一(?=\\d)");
    /** A page number printed as — 2 —, read with 一 or hyphens, or with one dash lost. */
    private static final Pattern PAGE_NUMBER = Pattern.compile("[一" + DASHES + "]?(\\d{1,3})[一" + DASHES + "]?");
    /** What OCR reads for the opening bracket of （总第483期）, or nothing where it lost it. */
    private static final Pattern ISSUE_TOTAL_BRACKET = Pattern.compile("[（“‘<«「〈C(]?(?=总第\\d)");
    /** 《, 〈 or “ read for （: a bracket closed by ) rather than 》 or ”, as in 《四) or 厅“局). */
    private static final Pattern OPENING_BRACKET_AS_TITLE_MARK = Pattern.compile("[《〈“]([^《》〈〉“”（）()]{1,12})[)）]");
    /** 日 after a day's number read as 目 or 曰, or with a speck read as 上 before it: 20目, 16上日. */
    private static final Pattern DAY = Pattern.compile("(?<=\\d)(?:[目曰]|上日)");
    /** 期 of an issue number read as 其, which shares its left half: 第8其, 总第483其. */
    private static final Pattern ISSUE = Pattern.compile("(?<=第\\d{1,4})其");
    /** 年 after a year read as 时: 2024时12月25日. */
    private static final Pattern YEAR = Pattern.compile("(?<=\\d{4})时(?=\\d{1,2}月)");
    /** A title mark or quote read before an opening bracket: 第50期《（总第521期）, 各处“（室）. */
    private static final Pattern MARK_BEFORE_BRACKET = Pattern.compile("[《“](?=[（(])");
    /**
     * The words official documents put in brackets after a name, 部门（单位）, 处（室）, 市（州）,
     * 厅（局）, with the opening bracket lost: 部门单位）.
     */
    private static final Pattern BRACKETED_WORD = Pattern.compile("(单位|室|州|局)）");
    /**
     * Marks Chinese print never starts a line with (closing punctuation and brackets), specks read
     * as marks, and a quote before a section number, at the start of a line: 。二、“高效办成一件事”,
     * ”调研指导工作, “三、厅（局）长进大厅.
     */
    private static final Pattern LEADING_MARKS = Pattern.compile(
            "^(?:[。，、；：？！）》」』】”’_|]+|[“‘](?=[一二三四五六七八九十]{1,3}、|（[一二三四五六七八九十]{1,3}）))(?=\\S)");
    /** Chinese print never doubles a bracket: 各处（（室）. */
    private static final Pattern DOUBLED_BRACKET = Pattern.compile("(（|）)\\1+");
    /** The closing bracket of a numbered item lost before its date: （五3月19日. */
    private static final Pattern ITEM_CLOSING_BRACKET = Pattern.compile("^（[一二三四五六七八九十]{1,3}(?=\\d)");
    /** 二 read as = in a numbered item: （=）. */
    private static final Pattern ITEM_TWO = Pattern.compile("^（=）");
    /** The opening bracket of a numbered item lost at the start of a line: 三）其他工作开展情况. */
    private static final Pattern ITEM_OPENING_BRACKET = Pattern.compile("^(?=[一二三四五六七八九十]{1,3}）\\S)");
    private static final String CHINESE_NUMERALS = "零一二三四五六七八九十";
    /** Chinese print never spaces the digits of a number: 共印1 0 0份. */
    private static final Pattern SPACE_IN_NUMBER = Pattern.compile("(?<=\\d) +(?=\\d)");

    private OcrRepair() {
    }

    /** The line as printed, as far as it can be told; empty for specks read as a line of marks (&gt;, —, ·). */
    static String line(String ocr) {
        if (ocr.codePoints().noneMatch(Character::isLetterOrDigit)) {
            return "";
        }
        String text = withoutSpacesBesideChinese(ocr.strip());
        text = numerals(text);
        if (!hasChinese(text)) {
            return text;
        }
        text = SPACE_IN_NUMBER.matcher(text).replaceAll("");
        text = DAY.matcher(text).replaceAll("日");
        text = YEAR.matcher(text).replaceAll("年");
        text = ISSUE.matcher(text).replaceAll("期");
        text = MARK_BEFORE_BRACKET.matcher(text).replaceAll("");
        text = STRAY_MARK.matcher(text).replaceAll("");
        text = SECTION_COMMA.matcher(text).replaceFirst("$1、");
        text = ISSUE_TOTAL_BRACKET.matcher(text).replaceFirst("（");
        text = OPENING_BRACKET_AS_TITLE_MARK.matcher(text).replaceAll("（$1）");
        // Brackets and punctuation made full-width are Chinese now: spaces beside them go too.
        text = withoutSpacesBesideChinese(fullWidthBracketsAndPunctuation(text));
        text = LEADING_MARKS.matcher(text).replaceFirst("");
        text = DOUBLED_BRACKET.matcher(text).replaceAll("$1");
        text = ITEM_OPENING_BRACKET.matcher(text).replaceFirst("（");
        text = ITEM_CLOSING_BRACKET.matcher(text).replaceFirst("$0）");
        text = ITEM_TWO.matcher(text).replaceFirst("（二）");
        text = withLostOpeningBrackets(text);
        text = NUMERAL_ONE_AS_DASH.matcher(text).replaceAll("一");
        text = RANGE_DASH_AS_ONE.matcher(text).replaceAll("—");
        Matcher page = PAGE_NUMBER.matcher(text);
        return page.matches() ? "— " + page.group(1) + " —" : OcrWords.corrected(text);
    }

    /** 部门单位） as 部门（单位）: a bracketed word whose closing bracket closes nothing opened. */
    private static String withLostOpeningBrackets(String text) {
        Matcher word = BRACKETED_WORD.matcher(text);
        StringBuilder out = new StringBuilder(text.length() + 2);
        int open = 0;
        int copied = 0;
        while (word.find()) {
            for (int i = copied; i < word.start(); i++) {
                open += text.charAt(i) == '（' ? 1 : text.charAt(i) == '）' ? -1 : 0;
            }
            out.append(text, copied, word.start());
            if (open <= 0) {
                out.append('（');
            } else {
                open--;
            }
            out.append(word.group());
            copied = word.end();
        }
        return out.append(text, copied, text.length()).toString();
    }

    /** Spaces stay only between Latin letters and digits (ETC 2); OCR spaces out Chinese print. */
    static String withoutSpacesBesideChinese(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && c != '\u3000') {
                out.append(c);
                continue;
            }
            int end = i;
            while (end < text.length() && (Character.isWhitespace(text.charAt(end)) || text.charAt(end) == '\u3000')) {
                end++;
            }
            if (out.length() > 0 && end < text.length() && !isChinese(out.charAt(out.length() - 1))
                    && !isChinese(text.charAt(end))) {
                out.append(' ');
            }
            i = end - 1;
        }
        return out.toString();
    }

    /**
     * Full-width digits as ASCII, O in a number as 0 (2O24), and O, o or 0 among Chinese numerals as
     * 〇 (二O二四年).
     */
    private static String numerals(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            if (c >= '０' && c <= '９') {
                chars[i] = (char) ('0' + c - '０');
            }
        }
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            if (c != 'O' && c != 'o' && c != '0' && c != '○') {
                continue;
            }
            char before = i > 0 ? chars[i - 1] : ' ';
            char after = i + 1 < chars.length ? chars[i + 1] : ' ';
            if (c != '0' && isDigit(before) && !isLatinLetter(after)) {
                chars[i] = '0';
            } else if (isChineseNumeral(before) && (isChineseNumeral(after) || after == '年')) {
                chars[i] = '〇';
            }
        }
        return new String(chars);
    }

    /**
     * In Chinese print brackets and sentence punctuation are full-width: ( ) , ; : ? ! read beside
     * Chinese become （ ） ， ； ： ？ ！. A comma or point between digits stays (1,838 and 5.42).
     */
    private static String fullWidthBracketsAndPunctuation(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char before = i > 0 ? text.charAt(i - 1) : ' ';
            char after = i + 1 < text.length() ? text.charAt(i + 1) : ' ';
            boolean betweenDigits = isDigit(before) && isDigit(after);
            out.append(switch (c) {
                case '(', '〈' -> '（';
                case ')', '〉' -> '）';
                case ',' -> betweenDigits ? ',' : '，';
                case ';' -> '；';
                case ':' -> betweenDigits ? ':' : '：';
                case '?' -> '？';
                case '!' -> '！';
                default -> c;
            });
        }
        return out.toString();
    }

    private static boolean hasChinese(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (isChinese(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Chinese characters and the full-width punctuation set with them. */
    static boolean isChinese(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
                || c >= '\u3000' && c <= '\u303F' || c >= '\uFF00' && c <= '\uFFEF' || "—–“”‘’…·".indexOf(c) >= 0;
    }

    private static boolean isChineseNumeral(char c) {
        return CHINESE_NUMERALS.indexOf(c) >= 0 || c == '〇';
    }

    private static boolean isLatinLetter(char c) {
        return c < 0x80 && Character.isLetter(c);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
