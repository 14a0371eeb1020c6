package io.github.bulletinextractor.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bulletinextractor.TestData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class FoldedTextTest {

    @Test
    void foldsFullWidthFormsAndDropsLayoutSpaces() {
        FoldedText text = FoldedText.of("（一）3月 23日，受理 951件：１２３");

        assertThat(text.folded()).isEqualTo("(一)3月23日,受理951件:123");
    }

    @Test
    void keepsSpacesBetweenLatinWords() {
        assertThat(FoldedText.of("ETC 安装 A B 12 ETC 2").folded()).isEqualTo("ETC安装A B 12 ETC 2");
    }

    @Test
    void joinsDigitsThatLayoutSpacedApart() {
        assertThat(FoldedText.of("咨询 15 985人次").folded()).isEqualTo("咨询15985人次");
    }

    @Test
    void keepsCircledNumbersApartFromDigits() {
        assertThat(FoldedText.of("①项目").folded()).isEqualTo("①项目");
    }

    @Test
    void mapsFoldedRangesBackToThePrintedText() {
        FoldedText text = FoldedText.of("本周，共计咨询 1838人次");
        int start = text.folded().indexOf("1838");

        assertThat(text.original(start, start + 6)).isEqualTo("1838人次");
        assertThat(text.original(0, 3)).isEqualTo("本周，");
        assertThat(text.originalFrom(start)).isEqualTo("1838人次");
        assertThat(text.original(2, 2)).isEmpty();
    }

    /** A slice is what folding the sliced text afresh gives, wherever the cut falls. */
    @Test
    void sliceFoldsLikeTheSlicedText() throws IOException {
        Random random = new Random(20261125);
        String[] samples = {"（一）3月 23日，受理 951件：１２３", "A B  CD 2 中心 ETC\u3000主任 廳長 ㈠ ①", " 前导 空格 ", ""};
        try (Stream<Path> files = Files.list(TestData.BULLETINS)) {
            samples = Stream.concat(Stream.of(samples), files.sorted().map(FoldedTextTest::read))
                    .toArray(String[]::new);
        }
        for (String sample : samples) {
            FoldedText whole = FoldedText.of(sample);
            for (int n = 0; n < 300; n++) {
                int from = sample.isEmpty() ? 0 : random.nextInt(sample.length());
                int to = from + random.nextInt(Math.min(200, sample.length() - from) + 1);
                if (from > 0 && Character.isLowSurrogate(sample.charAt(from))
                        || to < sample.length() && to > 0 && Character.isLowSurrogate(sample.charAt(to))) {
                    continue;
                }
                FoldedText slice = whole.slice(from, to);
                FoldedText fresh = FoldedText.of(sample.substring(from, to));
                assertThat(slice.folded())
                        .as("%s [%d, %d)", sample.length(), from, to)
                        .isEqualTo(fresh.folded());
                for (int i = 0; i < fresh.length(); i++) {
                    assertThat(slice.original(i, i + 1)).isEqualTo(fresh.original(i, i + 1));
                }
            }
        }
    }

    /** A paragraph's view joined from its lines' is what folding the paragraph afresh gives. */
    @Test
    void joinFoldsLikeTheJoinedText() {
        Random random = new Random(7);
        String[] pieces = {"受理", "951件", "A", "b", "2", "，", "（一）", "廳", "㈠", "\u3000", " ", "\u2007", "ETC"};
        for (int n = 0; n < 5_000; n++) {
            StringBuilder text = new StringBuilder();
            List<FoldedText> parts = new ArrayList<>();
            List<Integer> offsets = new ArrayList<>();
            for (int lines = 1 + random.nextInt(4); lines > 0; lines--) {
                StringBuilder line = new StringBuilder();
                for (int k = 1 + random.nextInt(4); k > 0; k--) {
                    line.append(pieces[random.nextInt(pieces.length)]);
                }
                if (text.length() > 0 && random.nextBoolean()) {
                    text.append(' ');
                }
                offsets.add(text.length());
                parts.add(FoldedText.of(line.toString()));
                text.append(line);
            }
            FoldedText joined = FoldedText.join(text.toString(), parts, offsets);
            FoldedText fresh = FoldedText.of(text.toString());
            assertThat(joined.folded()).as("[%s]", text).isEqualTo(fresh.folded());
            for (int i = 0; i < fresh.length(); i++) {
                assertThat(joined.originalIndex(i)).as("[%s] at %d", text, i).isEqualTo(fresh.originalIndex(i));
            }
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
