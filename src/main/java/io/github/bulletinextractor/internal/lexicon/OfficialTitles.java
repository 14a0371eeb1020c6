package io.github.bulletinextractor.internal.lexicon;

import io.github.bulletinextractor.internal.text.Alternatives;
import io.github.bulletinextractor.internal.text.CharSet;
import java.util.regex.Pattern;

/**
 * Officials' titles by how they are formed: any number of ranks and bodies before a head word.
 * <ul>
 *   <li>ranks and bodies: 副, 常务, 一级…四级, 党组, 党委, 纪检监察组, 总, 首席, 高级…;</li>
 *   <li>the head of a unit, its ending and 长: 厅长, 局长, 处长, 队长, 行长, 院长…, and 秘书长,
 *       理事长, 检察长…;</li>
 *   <li>posts: 主任, 书记, 巡视员, 调研员, 成员, 委员, 专员, 总监, 主席, 参事…;</li>
 *   <li>chiefs of a profession, 总X师: 总经济师, 总工程师, 总统计师, 总会计师;</li>
 *   <li>chief officers, 首席X官/代表/专家: 首席信息官, 首席事务代表.</li>
 * </ul>
 * So 党组成员, 二级巡视员, 副总队长, 纪检监察组组长 and 总统计师 are titles without being listed.
 */
public final class OfficialTitles {

    private static final String RANKS =
            "党组|党委|机关党委|机关|纪检监察组|纪检组|副|常务|专职|一级|二级|三级|四级|警务技术|警务|首席|总|高级|执行";
    /** Characters an organisation or unit ends with that, with 长, name its head: 厅长, 处长, 行长. */
    private static final String UNIT_HEADS = "厅局处科队院行部司署会社台馆校所站组省市县区关庭股镇乡室团";
    private static final String POSTS = "主任|书记|巡视员|调研员|成员|委员|专员|总监|主席|督学|经理|参事|领导|总师|"
            + "秘书长|理事长|董事长|检察长|督察长|审判长";
    private static final String HEAD_WORD = "(?:[" + UNIT_HEADS + "]长|" + POSTS + "|总\\p{IsHan}{1,3}?师"
            + "|首席\\p{IsHan}{1,4}?(?:官|代表|专家))";
    private static final Pattern TITLE = Pattern.compile("(?:" + RANKS + ")*" + HEAD_WORD);
    private static final Pattern ENDS_WITH_HEAD_WORD = Pattern.compile(".*?" + HEAD_WORD);
    /** What a title can start with: a title is tried only at these characters. */
    private static final CharSet FIRST_CHARACTERS = CharSet.of(
            Alternatives.firstCharacters(RANKS + "|" + POSTS) + UNIT_HEADS);
    /** What a title can end with: text ending otherwise is no title. */
    private static final CharSet LAST_CHARACTERS = CharSet.of(Alternatives.lastCharacters(POSTS) + "长师官表家");

    private OfficialTitles() {
    }

    /** Ranks and bodies, then one head word: 党组副书记, 一级巡视员, 总统计师, 厅长. */
    public static boolean isTitle(String text) {
        return !text.isEmpty() && LAST_CHARACTERS.contains(text.charAt(text.length() - 1))
                && TITLE.matcher(text).matches();
    }

    /** Whether {@code text} ends with a head word, as whatever ends with a title does. */
    public static boolean endsWithTitle(String text) {
        return !text.isEmpty() && LAST_CHARACTERS.contains(text.charAt(text.length() - 1))
                && ENDS_WITH_HEAD_WORD.matcher(text).matches();
    }

    /** Whether a title can start with {@code c}. */
    public static boolean mayStartWith(char c) {
        return FIRST_CHARACTERS.contains(c);
    }
}
