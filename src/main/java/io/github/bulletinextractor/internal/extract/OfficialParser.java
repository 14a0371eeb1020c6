package io.github.bulletinextractor.internal.extract;

import io.github.bulletinextractor.internal.lexicon.OfficialTitles;
import io.github.bulletinextractor.internal.lexicon.Organisations;
import io.github.bulletinextractor.internal.text.Han;
import io.github.bulletinextractor.internal.text.Words;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads one official from a phrase such as {@code 交通运输厅公路局党委书记、局长屈洪斌}: the
 * organisation comes first, then titles separated by 、, then the name.
 */
final class OfficialParser {

    private static final int MIN_DEPARTMENT = 3;
    private static final int MIN_UNIT = 3;
    /** Longer than any organisation, titles and name together: not one official, and costly to try. */
    private static final int MAX_PHRASE = 120;

    /** An official as read, before the department is inherited from the official before. */
    record Official(String organisation, String department, String unit, List<String> titles, String name) {}

    /** Words between the last name and the verb: 王五分别到…, 张三一行到…. */
    private static final Words TRAILING_ADVERBS = Words.of("分别|先后|一同|共同|一行|等人|等|同志|带队|陪同");

    private OfficialParser() {}

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
            if (!OfficialTitles.isTitle(title) && !OfficialTitles.endsWithTitle(title)) {
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
            if (OfficialTitles.endsWithTitle(last.substring(0, start)) && Han.all(last, start, last.length())) {
                return start;
            }
        }
        return -1;
    }

    /** Where the first title starts: the earliest point after which all is title and before which all is organisation. */
    private static int titleStart(String head) {
        if (!OfficialTitles.endsWithTitle(head)) {
            return -1; // every title ends with a core title, and so must whatever follows the organisation
        }
        for (int start = 0; start < head.length(); start++) {
            if (!OfficialTitles.mayStartWith(head.charAt(start))) {
                continue;
            }
            String before = head.substring(0, start);
            if ((before.isEmpty() || Organisations.isOrganisation(before))
                    && OfficialTitles.isTitle(head.substring(start))) {
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
            if (Organisations.isOrganisation(organisation.substring(0, end))
                    && Organisations.isOrganisation(unit)
                    && !Organisations.isDepartmentOnly(unit)) {
                return end;
            }
        }
        return organisation.length();
    }
}
