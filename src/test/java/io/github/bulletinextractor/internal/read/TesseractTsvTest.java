package io.github.bulletinextractor.internal.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TesseractTsvTest {

    private static final String TSV = String.join("\n",
            "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext",
            "1\t1\t0\t0\t0\t0\t0\t0\t2481\t3508\t-1\t",
            "4\t1\t1\t1\t1\t0\t784\t473\t896\t63\t-1\t",
            "5\t1\t1\t1\t1\t1\t784\t480\t144\t51\t90.0\t2024",
            "5\t1\t1\t1\t1\t2\t945\t473\t128\t62\t80.0\t年",
            "5\t1\t1\t1\t1\t3\t1046\t469\t44\t87\t60.0\t第",
            "5\t1\t1\t1\t2\t1\t375\t620\t100\t60\t95.0\t 　",
            "5\t1\t2\t1\t1\t1\t375\t777\t79\t58\t50.0\t四川",
            "");

    @Test
    void wordsAreJoinedIntoLinesWithTheirBoxAndConfidence() {
        List<TesseractTsv.Line> lines = TesseractTsv.lines(TSV);

        assertThat(lines).hasSize(2);
        TesseractTsv.Line first = lines.get(0);
        assertThat(first.text()).isEqualTo("2024 年 第");
        assertThat(first.left()).isEqualTo(784);
        assertThat(first.top()).isEqualTo(469);
        assertThat(first.width()).isEqualTo(1090 - 784);
        assertThat(first.height()).isEqualTo(556 - 469);
        assertThat(first.charSize()).isEqualTo(62);
        // Weighted by characters: (90×4 + 80 + 60) / 6.
        assertThat(first.confidence()).isCloseTo(500.0 / 6, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(lines.get(1).text()).isEqualTo("四川");
    }
}
