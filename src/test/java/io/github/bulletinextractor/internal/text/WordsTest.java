package io.github.bulletinextractor.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

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
        String alphabet = "提高至到为达a";
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(12); i > 0; i--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String s = text.toString();
            int from = s.isEmpty() ? 0 : random.nextInt(s.length());
            int to = from + random.nextInt(s.length() - from + 1);
            Matcher m = first.matcher(s).region(from, to);
            assertThat(WORDS.lengthAt(s, from, to)).as("%s at %d", s, from).isEqualTo(m.lookingAt() ? m.end() - from : -1);
            Matcher r = run.matcher(s).region(from, to);
            assertThat(WORDS.runEndingAt(s, from, to)).as("%s [%d, %d)", s, from, to).isEqualTo(r.find() ? r.start() : to);
        }
    }
}
