package io.github.bulletinextractor;

import static io.github.bulletinextractor.TestData.PARSER;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.bulletinextractor.model.Bulletin;
import io.github.bulletinextractor.model.MetricScope;
import org.junit.jupiter.api.Test;

/**
 * Text far longer than any bulletin's, through the whole pipeline: each of these once took time
 * quadratic in its length or overflowed the stack.
 */
class LongInputTest {

    @Test
    void aLongParagraphWithManyFiguresIsReadInOnePass() throws Exception {
        String figures = "咨询 1838人次、".repeat(20_000);

        Bulletin bulletin = PARSER.parse("第 1 期\n一、甲\n（一）本周，" + figures + "完毕。", "t.txt");

        assertThat(bulletin.metrics()).hasSize(20_000);
        assertThat(bulletin.metrics().get(19_999).scope()).isEqualTo(MetricScope.WEEK);
        assertThat(bulletin.metrics().get(19_999).label()).isEqualTo("咨询");
    }

    /** Found by fuzzing: patterns that recursed once per character overflowed the stack on long lines. */
    @Test
    void longLinesDoNotOverflowTheStack() throws Exception {
        String bracketed = "（" + "名单见附件".repeat(20_000) + "）";
        String rule = "-".repeat(100_000);
        String commas = "第 1 期\n一、甲\n（一）共计" + "、".repeat(50_000) + "咨询 1838人次。";

        Bulletin bulletin = PARSER.parse("第 1 期\n一、甲\n（一）乙。\n" + bracketed + "\n" + rule + "\n", "t.txt");
        Bulletin counted = PARSER.parse(commas, "t.txt");

        assertThat(bulletin.sections().get(0).children().get(0).text()).endsWith("附件）");
        assertThat(counted.metrics())
                .singleElement()
                .satisfies(m -> assertThat(m.label()).isEqualTo("咨询"));
    }

    /**
     * Each space of a run once looked at the whole run to decide whether to keep itself, so a line
     * of 100,000 spaces took nine seconds to fold; a run is now decided once.
     */
    @Test
    void aLongRunOfSpacesIsFoldedInOnePass() throws Exception {
        String spaces = "A" + " ".repeat(1_000_000) + "B";

        Bulletin bulletin = PARSER.parse("第 1 期\n一、甲\n" + spaces + "\n", "t.txt");

        assertThat(bulletin.sections().get(0).text()).startsWith("A").endsWith("B");
    }
}
