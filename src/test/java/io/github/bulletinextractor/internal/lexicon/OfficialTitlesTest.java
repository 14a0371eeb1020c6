package io.github.bulletinextractor.internal.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bulletinextractor.RandomText;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OfficialTitlesTest {

    /** The grammar the hand-written reader follows: ranks and bodies, then a head word. */
    private static final String HEAD_WORD = "(?:[厅局处科队院行部司署会社台馆校所站组省市县区关庭股镇乡室团]长|主任|书记|巡视员|调研员|成员"
            + "|委员|专员|总监|主席|督学|经理|参事|领导|总师|秘书长|理事长|董事长|检察长|督察长|审判长|总\\p{IsHan}{1,3}?师"
            + "|首席\\p{IsHan}{1,4}?(?:官|代表|专家))";

    private static final Pattern TITLE =
            Pattern.compile("(?:党组|党委|机关党委|机关|纪检监察组|纪检组|副|常务|专职|一级|二级|三级|四级" + "|警务技术|警务|首席|总|高级|执行)*" + HEAD_WORD);
    private static final Pattern ENDS_WITH_TITLE = Pattern.compile(".*" + HEAD_WORD);

    @Test
    void agreesWithTheGrammarOnRandomText() {
        List<String> pieces = List.of(
                "副", "总", "首席", "党组", "一级", "厅", "队", "长", "师", "官", "代表", "专家", "经济", "信息", "主任", "书记", "秘书", "成员",
                "巡视员", "王", "a");
        Random random = new Random(14);
        for (int n = 0; n < 50_000; n++) {
            String text = RandomText.of(random, pieces, 6).text();
            assertThat(OfficialTitles.isTitle(text))
                    .as(text)
                    .isEqualTo(TITLE.matcher(text).matches());
            assertThat(OfficialTitles.endsWithTitle(text))
                    .as(text)
                    .isEqualTo(ENDS_WITH_TITLE.matcher(text).matches());
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "厅长", "副厅长", "党组书记", "党组成员", "党委委员", "一级巡视员", "二级调研员", "总经济师", "总工程师", "总统计师", "总会计师", "首席信息官",
                "首席事务代表", "纪检监察组组长", "秘书长", "副秘书长", "总队长", "副总队长", "副行长", "副院长", "主任", "副主任", "常务副局长", "处长", "机关党委书记"
            })
    void titlesByTheirForm(String title) {
        assertThat(OfficialTitles.isTitle(title)).isTrue();
        assertThat(OfficialTitles.endsWithTitle("省统计局" + title)).isTrue();
        assertThat(OfficialTitles.mayStartWith(title.charAt(0))).isTrue();
    }

    @ParameterizedTest(name = "“{0}”")
    @ValueSource(strings = {"", "省统计局", "韩丽萍", "调研值守", "工作", "总师傅们", "首席", "副", "一级", "窗口"})
    void notTitles(String text) {
        assertThat(OfficialTitles.isTitle(text)).isFalse();
    }
}
