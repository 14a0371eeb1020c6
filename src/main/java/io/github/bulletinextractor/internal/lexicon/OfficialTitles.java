package io.github.bulletinextractor.internal.lexicon;

import io.github.bulletinextractor.internal.text.Alternatives;
import io.github.bulletinextractor.internal.text.CharSet;
import io.github.bulletinextractor.internal.text.Han;
import io.github.bulletinextractor.internal.text.Words;
import java.util.List;

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

    private static final String RANKS = "党组|党委|机关党委|机关|纪检监察组|纪检组|副|常务|专职|一级|二级|三级|四级|警务技术|警务|首席|总|高级|执行";
    private static final Words RANK_WORDS = Words.of(RANKS);
    /** Characters an organisation or unit ends with that, with 长, name its head: 厅长, 处长, 行长. */
    private static final String UNIT_HEADS = "厅局处科队院行部司署会社台馆校所站组省市县区关庭股镇乡室团";

    private static final String POSTS = "主任|书记|巡视员|调研员|成员|委员|专员|总监|主席|督学|经理|参事|领导|总师|" + "秘书长|理事长|董事长|检察长|督察长|审判长";
    private static final List<String> POST_LIST = List.of(POSTS.split("\\|"));
    /** What a chief officer's title ends with: 首席信息官, 首席事务代表, 首席专家. */
    private static final List<String> CHIEF_ENDINGS = List.of("官", "代表", "专家");
    /** What a title can start with: a title is tried only at these characters. */
    private static final CharSet FIRST_CHARACTERS =
            CharSet.of(Alternatives.firstCharacters(RANKS + "|" + POSTS) + UNIT_HEADS);
    /** What a title can end with: text ending otherwise is no title. */
    private static final CharSet LAST_CHARACTERS = CharSet.of(Alternatives.lastCharacters(POSTS) + "长师官表家");

    private OfficialTitles() {}

    /** Ranks and bodies, then one head word: 党组副书记, 一级巡视员, 总统计师, 厅长. */
    public static boolean isTitle(String text) {
        if (text.isEmpty() || !LAST_CHARACTERS.contains(text.charAt(text.length() - 1))) {
            return false;
        }
        for (int lengths = headWordLengths(text); lengths != 0; lengths &= lengths - 1) {
            int ranksEnd = text.length() - Integer.numberOfTrailingZeros(lengths);
            if (ranksEnd == 0 || RANK_WORDS.runEndingAt(text, 0, ranksEnd) == 0) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code text} ends with a head word, as whatever ends with a title does. */
    public static boolean endsWithTitle(String text) {
        return !text.isEmpty()
                && LAST_CHARACTERS.contains(text.charAt(text.length() - 1))
                && headWordLengths(text) != 0;
    }

    /**
     * The lengths of the head words {@code text} ends with, as bits of a mask (bit n for length n):
     * a post (主任), a unit's ending and 长 (处长), 总 and one to three characters and 师 (总统计师),
     * 首席 and one to four characters and 官, 代表 or 专家 (首席信息官). Read by hand and without
     * allocating: titles are tried at every split of every phrase.
     */
    private static int headWordLengths(String text) {
        int n = text.length();
        char last = text.charAt(n - 1);
        int lengths = 0;
        for (String post : POST_LIST) {
            if (post.charAt(post.length() - 1) == last && text.endsWith(post)) {
                lengths |= 1 << post.length();
            }
        }
        if (last == '长' && n >= 2 && UNIT_HEADS.indexOf(text.charAt(n - 2)) >= 0) {
            lengths |= 1 << 2;
        }
        if (last == '师') {
            for (int between = 1; between <= 3 && n - between - 2 >= 0; between++) {
                if (text.charAt(n - between - 2) == '总' && Han.all(text, n - between - 1, n - 1)) {
                    lengths |= 1 << (between + 2);
                }
            }
        }
        for (String ending : CHIEF_ENDINGS) {
            if (ending.charAt(ending.length() - 1) != last || !text.endsWith(ending)) {
                continue;
            }
            for (int between = 1; between <= 4; between++) {
                int start = n - ending.length() - between - 2;
                if (start >= 0 && text.startsWith("首席", start) && Han.all(text, start + 2, n - ending.length())) {
                    lengths |= 1 << (n - start);
                }
            }
        }
        return lengths;
    }

    /** Whether a title can start with {@code c}. */
    public static boolean mayStartWith(char c) {
        return FIRST_CHARACTERS.contains(c);
    }
}
