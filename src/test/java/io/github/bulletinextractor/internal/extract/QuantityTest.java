package io.github.bulletinextractor.internal.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bulletinextractor.RandomText;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class QuantityTest {

    /** The specification the hand-written reader follows. */
    private static final Pattern QUANTITY = Pattern.compile(
            "(?<![\\d.第])(\\d{1,3}(?:,\\d{3})+|\\d+)(\\.\\d+)?(?:余|多)?(万|亿)?(?:余|多)?(人次|件次|人\\(次\\)|件|次|份|个|项|家|%)");

    @Test
    void readsValueUnitAndPlace() {
        assertThat(Quantity.findAll("共计咨询1,838人次,受理5.42万件", 0, 20))
                .containsExactly(
                        new Quantity(new BigDecimal("1838"), "人次", 4, 11),
                        new Quantity(new BigDecimal("54200"), "件", 14, 20));
        assertThat(Quantity.findAll("120余家单位,3万多件,占69.50%", 0, 20))
                .extracting(Quantity::value, Quantity::unit)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(new BigDecimal("120"), "家"),
                        org.assertj.core.groups.Tuple.tuple(new BigDecimal("30000"), "件"),
                        org.assertj.core.groups.Tuple.tuple(new BigDecimal("69.5"), "%"));
    }

    @Test
    void ordinalsDatesAndOtherUnitsAreNotQuantities() {
        String text = "第6次会议,2024年3月5日,100人,5.件";
        assertThat(Quantity.findAll(text, 0, text.length())).isEmpty();
    }

    @Test
    void staysInsideTheRangeAskedFor() {
        assertThat(Quantity.findAll("12件次", 0, 3)).extracting(Quantity::unit).containsExactly("件");
        assertThat(Quantity.findAll("12人(次)", 0, 5)).isEmpty();
    }

    @Test
    void agreesWithThePatternOnRandomText() {
        Random random = new Random(11);
        List<String> pieces = List.of(
                "1", "2", "0", "9", ",", ".", "第", "余", "多", "万", "亿", "人", "次", "件", "(", ")", "份", "个", "项", "家", "%",
                "a", "年", " ");
        for (int n = 0; n < 20_000; n++) {
            RandomText t = RandomText.of(random, pieces, 20);
            assertThat(Quantity.findAll(t.text(), t.from(), t.to()))
                    .as("%s", t)
                    .isEqualTo(byPattern(t.text(), t.from(), t.to()));
        }
    }

    private static List<Quantity> byPattern(String folded, int from, int to) {
        List<Quantity> found = new ArrayList<>();
        Matcher m = QUANTITY.matcher(folded).useTransparentBounds(true);
        for (int i = from; i < to; i++) {
            if (!m.region(i, to).lookingAt()) {
                continue;
            }
            i = m.end() - 1;
            BigDecimal value = new BigDecimal(m.group(1).replace(",", "") + (m.group(2) == null ? "" : m.group(2)));
            if ("万".equals(m.group(3))) {
                value = value.multiply(BigDecimal.valueOf(10_000));
            } else if ("亿".equals(m.group(3))) {
                value = value.multiply(BigDecimal.valueOf(100_000_000));
            }
            value = value.stripTrailingZeros();
            if (value.scale() < 0) {
                value = value.setScale(0);
            }
            found.add(new Quantity(value, m.group(4).equals("人(次)") ? "人次" : m.group(4), m.start(), m.end()));
        }
        return found;
    }
}
