package io.github.bulletinextractor.internal.extract;

import io.github.bulletinextractor.internal.text.Alternatives;
import io.github.bulletinextractor.internal.text.CharSet;
import io.github.bulletinextractor.internal.text.Words;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads one official from a phrase such as {@code 交通运输厅公路局党委书记、局长屈洪斌}: the
 * organisation comes first, then titles separated by 、, then the name.
 */
final class OfficialParser {

    private static final String CORE_TITLES = "厅长|局长|主任|书记|巡视员|调研员|成员|委员|专员|总监|队长|处长|秘书长|组长|"
            + "主席|院长|关长|行长|部长|司长|署长|会长|社长|台长|馆长|校长|所长|站长|科长|总师|工程师|经济师|会计师|督察长|"
            + "督学|省长|市长|县长|区长|理事长|董事长|经理|参事|领导";
    private static final String TITLE_PREFIXES =
            "党组|党委|机关党委|机关|纪检监察组|纪检组|副|常务|专职|一级|二级|三级|四级|警务技术|警务|首席|总|高级|执行";
    private static final Words PREFIXES = Words.of(TITLE_PREFIXES);
    private static final List<String> CORE_TITLE_LIST = List.of(CORE_TITLES.split("\\|"));
    /** What a title can start with: the parser tries a title only at these characters. */
    private static final CharSet TITLE_FIRST_CHARACTERS = CharSet.of(Alternatives.firstCharacters(TITLE_PREFIXES + "|" + CORE_TITLES));
    /** Endings of a provincial department that no unit under a department has. */
    private static final String DEPARTMENT_ONLY_ENDINGS = "厅委";
    private static final String ORGANISATION_ENDINGS = "厅|局|委|办|院|署|海关|银行|委员会|中心|部|处|室|队|所|站|馆|会|社|司|组|总局|集团|公司";
    private static final List<String> ORGANISATION_ENDING_LIST = List.of(ORGANISATION_ENDINGS.split("\\|"));
    /** What an organisation's name can end with: the pattern is tried only on such text. */
    private static final String ORGANISATION_LAST_CHARACTERS = Alternatives.lastCharacters(ORGANISATION_ENDINGS);
    private static final int MIN_DEPARTMENT = 3;
    private static final int MIN_UNIT = 3;
    /** Longer than any organisation, titles and name together: not one official, and costly to try. */
    private static final int MAX_PHRASE = 120;

    /** An official as read, before the department is inherited from the official before. */
    record Official(String organisation, String department, String unit, List<String> titles, String name) {
    }

    /** Words between the last name and the verb: 王五分别到…, 张三一行到…. */
    private static final Words TRAILING_ADVERBS = Words.of("分别|先后|一同|共同|一行|等人|等|同志|带队|陪同");

    private OfficialParser() {
    }

    /**
     * The officials named in {@code phrase}: usually one; several when they are listed with 、
     * between them (生态环境厅副厅长高洁、水利厅一级巡视员都勤). Empty if the phrase names none.
     */
    static List<Official> parseAll(String phrase) {
        if (phrase.length() > MAX_PHRASE) {
            return List.of();
        }
        String stripped = phrase.strip();
        String trimmed = stripped.substring(0, TRAILING_ADVERBS.runEndingAt(stripped, 0, stripped.length()));
        Official one = parse(trimmed);
        if (one != null) {
            return List.of(one);
        }
        List<Official> several = new ArrayList<>();
        for (String part : trimmed.split("、")) {
            Official official = parse(part);
            if (official == null) {
                return List.of();
            }
            several.add(official);
        }
        return several.size() > 1 ? several : List.of();
    }

    /** The official named in {@code phrase}, or null if it does not read as organisation, titles and name. */
    private static Official parse(String phrase) {
        String[] parts = phrase.split("、");
        String last = parts[parts.length - 1];
        int nameStart = nameStart(last);
        if (nameStart < 0) {
            return null;
        }
        String name = last.substring(nameStart);
        String head = parts.length == 1 ? last.substring(0, nameStart) : parts[0];
        int titleStart = titleStart(head);
        if (titleStart < 0) {
            return null;
        }
        List<String> titles = new ArrayList<>();
        titles.add(head.substring(titleStart));
        for (int i = 1; i < parts.length; i++) {
            String title = i == parts.length - 1 ? last.substring(0, nameStart) : parts[i];
            if (!isTitle(title) && !endsWithTitle(title)) {
                return null;
            }
            titles.add(title);
        }
        String organisation = head.substring(0, titleStart);
        if (organisation.isEmpty()) {
            return new Official(null, null, null, titles, name);
        }
        int departmentEnd = departmentEnd(organisation);
        String unit = departmentEnd < organisation.length() ? organisation.substring(departmentEnd) : null;
        return new Official(organisation, organisation.substring(0, departmentEnd), unit, titles, name);
    }

    /** Where the name starts: right after the last title, leaving two to four characters. */
    private static int nameStart(String last) {
        for (int nameLength = 2; nameLength <= 4 && nameLength < last.length(); nameLength++) {
            int start = last.length() - nameLength;
            if (endsWithTitle(last.substring(0, start)) && isHan(last, start, last.length())) {
                return start;
            }
        }
        return -1;
    }

    /** Chinese characters ending with 厅, 局, 委员会…, with at least one before the ending. */
    private static boolean isOrganisation(String text) {
        if (text.isEmpty() || ORGANISATION_LAST_CHARACTERS.indexOf(text.charAt(text.length() - 1)) < 0
                || !isHan(text, 0, text.length())) {
            return false;
        }
        for (String ending : ORGANISATION_ENDING_LIST) {
            if (text.length() > ending.length() && text.endsWith(ending)) {
                return true;
            }
        }
        return false;
    }

    /** Any number of title prefixes and one core title: 党组副书记, 一级巡视员, 厅长. */
    private static boolean isTitle(String text) {
        for (String core : CORE_TITLE_LIST) {
            int prefixesEnd = text.length() - core.length();
            if (text.endsWith(core) && (prefixesEnd == 0 || PREFIXES.runEndingAt(text, 0, prefixesEnd) == 0)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isHan(String text, int from, int to) {
        for (int i = from; i < to; ) {
            int cp = text.codePointAt(i);
            if (Character.UnicodeScript.of(cp) != Character.UnicodeScript.HAN) {
                return false;
            }
            i += Character.charCount(cp);
        }
        return true;
    }

    private static boolean endsWithTitle(String text) {
        for (String title : CORE_TITLE_LIST) {
            if (text.endsWith(title)) {
                return true;
            }
        }
        return false;
    }

    /** Where the first title starts: the earliest point after which all is title and before which all is organisation. */
    private static int titleStart(String head) {
        if (!endsWithTitle(head)) {
            return -1; // every title ends with a core title, and so must whatever follows the organisation
        }
        for (int start = 0; start < head.length(); start++) {
            if (!TITLE_FIRST_CHARACTERS.contains(head.charAt(start))) {
                continue;
            }
            String before = head.substring(0, start);
            if ((before.isEmpty() || isOrganisation(before)) && isTitle(head.substring(start))) {
                return start;
            }
        }
        return -1;
    }

    /**
     * The provincial department is the shortest leading organisation name; what follows, if itself
     * an organisation, is a unit of it (交通运输厅 + 公路局). A 厅 or 委 is a department of the
     * province and never a unit of another, so 人力资源社会保障厅 is not 人力资源社 + 会保障厅.
     */
    private static int departmentEnd(String organisation) {
        for (int end = MIN_DEPARTMENT; end <= organisation.length() - MIN_UNIT; end++) {
            String unit = organisation.substring(end);
            if (isOrganisation(organisation.substring(0, end)) && isOrganisation(unit)
                    && DEPARTMENT_ONLY_ENDINGS.indexOf(unit.charAt(unit.length() - 1)) < 0) {
                return end;
            }
        }
        return organisation.length();
    }
}
