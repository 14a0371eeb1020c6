package io.github.bulletinextractor.internal.lexicon;

import io.github.bulletinextractor.internal.text.Alternatives;
import io.github.bulletinextractor.internal.text.CharSet;
import io.github.bulletinextractor.internal.text.Han;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Organisations by how their names end: 厅, 委, 局, 办, 院, 中心, 总队, 处, 室, 公司, 银行 and the
 * like, with a 省/市/县 prefix or without, so that 省发展改革委, 发改委 and 四川省发展和改革委员会 all
 * read as organisations, kept as printed.
 */
public final class Organisations {

    private static final String ENDINGS =
            "厅|局|委|办|院|署|海关|银行|分行|支行|委员会|中心|部|处|室|队|总队|支队|所|站|馆|" + "会|社|司|组|总局|集团|公司|办公室|办公厅|政府";
    private static final List<String> ENDING_LIST = List.of(ENDINGS.split("\\|"));
    private static final CharSet LAST_CHARACTERS = CharSet.of(Alternatives.lastCharacters(ENDINGS));
    /** Endings of a department of the province, which is never a unit under another department. */
    private static final CharSet DEPARTMENT_ONLY_ENDINGS = CharSet.of("厅委");
    /** A place before an organisation's name: 省, 四川省, 成都市, 阿坝州 (but not the 市 of 市场监管局). */
    private static final Pattern PLACE = Pattern.compile("省|\\p{IsHan}{2,4}?[省市州县区]");
    /** A branch is the body itself in a place (中国人民银行成都分行), not a unit under it. */
    private static final Pattern BRANCH = Pattern.compile(".*(?:分行|支行|分公司)");

    private Organisations() {}

    /** Chinese characters ending with 厅, 局, 委员会…, with at least one before the ending. */
    public static boolean isOrganisation(String text) {
        if (text.isEmpty()
                || !LAST_CHARACTERS.contains(text.charAt(text.length() - 1))
                || !Han.all(text, 0, text.length())) {
            return false;
        }
        for (String ending : ENDING_LIST) {
            if (text.length() > ending.length() && text.endsWith(ending)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether an organisation of this name can only be a department, not a unit of one: a 厅 or 委
     * (人力资源社会保障厅), one named after a place (国家税务总局<b>四川省税务局</b> is one body), or a
     * branch (中国人民银行<b>成都分行</b>).
     */
    public static boolean isDepartmentOnly(String organisation) {
        return DEPARTMENT_ONLY_ENDINGS.contains(organisation.charAt(organisation.length() - 1))
                || PLACE.matcher(organisation).lookingAt()
                || BRANCH.matcher(organisation).matches();
    }
}
