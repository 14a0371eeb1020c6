package io.github.bulletinextractor.internal.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bulletinextractor.RandomText;
import io.github.bulletinextractor.model.MetricScope;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ScopesTest {

    /** The specification the hand-written reader follows: groups week, month, year to date. */
    private static final Pattern MARKER = Pattern.compile(
            "(本周)|(本月|当月)|(今年以来|年初以来|累计|截至目前|截止目前|截至\\d{1,2}月底?|全年)");

    @Test
    void readsTheLastScopeStated() {
        assertThat(Scopes.stated("本周受理,今年以来累计办件", 0, 13)).isEqualTo(MetricScope.YEAR_TO_DATE);
        assertThat(Scopes.stated("截至3月底,本月", 0, 8)).isEqualTo(MetricScope.MONTH);
        assertThat(Scopes.next("截至12月底受理", 0, 9)).isEqualTo(new Scopes.Marker(0, 6, MetricScope.YEAR_TO_DATE));
        assertThat(Scopes.next("截至123月", 0, 6)).isNull();
    }

    @Test
    void agreesWithThePatternOnRandomText() {
        List<String> pieces = List.of("本", "周", "月", "当", "今年以来", "年初以来", "累计", "截至", "截止", "目前", "1", "12", "底",
                "全", "年", "a");
        Random random = new Random(5);
        for (int n = 0; n < 20_000; n++) {
            RandomText t = RandomText.of(random, pieces, 10);
            Matcher m = MARKER.matcher(t.text()).region(t.from(), t.to());
            Scopes.Marker expected = m.find() ? new Scopes.Marker(m.start(), m.end(), m.group(1) != null ? MetricScope.WEEK
                    : m.group(2) != null ? MetricScope.MONTH : MetricScope.YEAR_TO_DATE) : null;
            assertThat(Scopes.next(t.text(), t.from(), t.to())).as("%s", t).isEqualTo(expected);
        }
    }
}
