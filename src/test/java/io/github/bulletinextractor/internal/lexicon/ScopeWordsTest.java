package io.github.bulletinextractor.internal.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bulletinextractor.RandomText;
import io.github.bulletinextractor.model.Frequency;
import io.github.bulletinextractor.model.MetricScope;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ScopeWordsTest {

    private static final ScopeWords WEEKLY = ScopeWords.of(Frequency.WEEKLY);
    /** The specification the hand-written reader follows in a weekly: groups week, month, year to date. */
    private static final Pattern MARKER = Pattern.compile(
            "(本周|本期)|(本月|当月)" + "|(今年以来|年初以来|累计|截至目前|截止目前|截至\\d{1,2}月底?|全年|(?<!\\d)1月?[-~—–至到]\\d{1,2}月份?+(?!\\d))");

    @Test
    void readsTheLastScopeStated() {
        assertThat(WEEKLY.stated("本周受理,今年以来累计办件", 0, 13)).isEqualTo(MetricScope.YEAR_TO_DATE);
        assertThat(WEEKLY.stated("截至3月底,本月", 0, 8)).isEqualTo(MetricScope.MONTH);
        assertThat(WEEKLY.next("截至12月底受理", 0, 9)).isEqualTo(new ScopeWords.Marker(0, 6, MetricScope.YEAR_TO_DATE));
        assertThat(WEEKLY.next("截至123月", 0, 6)).isNull();
    }

    @Test
    void readsTheMonthsFromJanuaryAsTheYearSoFar() {
        assertThat(next("1—6月,受理")).isEqualTo(new ScopeWords.Marker(0, 4, MetricScope.YEAR_TO_DATE));
        assertThat(next("1月至12月份受理")).isEqualTo(new ScopeWords.Marker(0, 7, MetricScope.YEAR_TO_DATE));
        assertThat(next("11—12月")).isNull();
        assertThat(next("1月至6日")).isNull();
        assertThat(next("1—6月3日")).isNull();
    }

    private static ScopeWords.Marker next(String folded) {
        return WEEKLY.next(folded, 0, folded.length());
    }

    @Test
    void readsThisIssueAsTheBulletinsOwnPeriod() {
        assertThat(WEEKLY.stated("本期受理", 0, 4)).isEqualTo(MetricScope.WEEK);
        assertThat(ScopeWords.of(Frequency.MONTHLY).stated("本期受理", 0, 4)).isEqualTo(MetricScope.MONTH);
        assertThat(ScopeWords.of(null).stated("本期受理", 0, 4)).isNull();
    }

    @Test
    void agreesWithThePatternOnRandomText() {
        List<String> pieces = List.of(
                "本", "周", "期", "月", "当", "今年以来", "年初以来", "累计", "截至", "截止", "目前", "1", "12", "底", "全", "年", "a", "—",
                "至", "份", "6");
        Random random = new Random(5);
        for (int n = 0; n < 20_000; n++) {
            RandomText t = RandomText.of(random, pieces, 10);
            Matcher m = MARKER.matcher(t.text()).region(t.from(), t.to());
            ScopeWords.Marker expected = m.find()
                    ? new ScopeWords.Marker(
                            m.start(),
                            m.end(),
                            m.group(1) != null
                                    ? MetricScope.WEEK
                                    : m.group(2) != null ? MetricScope.MONTH : MetricScope.YEAR_TO_DATE)
                    : null;
            assertThat(WEEKLY.next(t.text(), t.from(), t.to())).as("%s", t).isEqualTo(expected);
        }
    }
}
