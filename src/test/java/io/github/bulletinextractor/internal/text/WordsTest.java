package io.github.bulletinextractor.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bulletinextractor.RandomText;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class WordsTest {

    private static final String ALTERNATION = "提高到|提高至|提高|至|到|为|达到|达";
    private static final Words WORDS = Words.of(ALTERNATION);

    @Test
    void theFirstWordInTheListWins() {
        assertThat(Words.of("已|已经").lengthAt("已经", 0, 2)).isEqualTo(1);
        assertThat(Words.of("已经|已").lengthAt("已经", 0, 2)).isEqualTo(2);
        assertThat(Words.of("已经|已").lengthAt("已经", 0, 1)).isEqualTo(1);
        assertThat(WORDS.lengthAt("提升", 0, 2)).isEqualTo(-1);
    }

    @Test
    void aRunEndingAtTheEndMayTakeAnyWord() {
        assertThat(WORDS.runEndingAt("数量提高至", 0, 5)).isEqualTo(2);
        assertThat(WORDS.runEndingAt("数量提高至", 3, 5)).isEqualTo(4);
        assertThat(WORDS.runEndingAt("数量提高至人", 0, 6)).isEqualTo(6);
    }

    @Test
    void agreesWithTheAlternationAsAPattern() {
        Pattern first = Pattern.compile("(?:" + ALTERNATION + ")");
        Pattern run = Pattern.compile("(?:" + ALTERNATION + ")+$");
        Random random = new Random(3);
        List<String> pieces = List.of("提", "高", "至", "到", "为", "达", "a");
        for (int n = 0; n < 20_000; n++) {
            RandomText t = RandomText.of(random, pieces, 12);
            String s = t.text();
            Matcher m = first.matcher(s).region(t.from(), t.to());
            assertThat(WORDS.lengthAt(s, t.from(), t.to()))
                    .as("%s", t)
                    .isEqualTo(m.lookingAt() ? m.end() - t.from() : -1);
            Matcher r = run.matcher(s).region(t.from(), t.to());
            assertThat(WORDS.runEndingAt(s, t.from(), t.to())).as("%s", t).isEqualTo(r.find() ? r.start() : t.to());
        }
    }
}
