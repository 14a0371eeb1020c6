package io.github.bulletinextractor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.bulletinextractor.archive.ArchiveFixture;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The progress bar on a terminal that shows standard output and standard error together, as a
 * person running the tool sees them: no message, record or stack trace may run into the bar.
 */
class ProgressLineTest {

    private static final String SAMPLE = "testdata/bulletins/weekly-2024-12.txt";
    /** A whole frame of the bar, and nothing else on its line (bar of 30, count, rate, time left, padding). */
    private static final String FRAME = "\\[[# ]{30}] \\d+/\\d+ files, [\\d.,]+ files/s(, ETA \\w+)? *";

    @TempDir
    Path dir;

    /** What a terminal shows of everything written: the run's lines, both streams interleaved as written. */
    private List<String> screen;

    private int code;

    private void runOnATerminal(String... args) {
        ByteArrayOutputStream written = new ByteArrayOutputStream();
        PrintStream terminal = new PrintStream(written, true, StandardCharsets.UTF_8);
        code = new Main(InputStream.nullInputStream(), terminal, terminal, true).run(args);
        screen = shown(written.toString(StandardCharsets.UTF_8));
    }

    /** Each line as a terminal leaves it: a carriage return goes back to its start, and what follows overwrites it. */
    private static List<String> shown(String written) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        int column = 0;
        for (char c : written.toCharArray()) {
            if (c == '\n') {
                lines.add(line.toString());
                line.setLength(0);
                column = 0;
            } else if (c == '\r') {
                column = 0;
            } else {
                if (column < line.length()) {
                    line.setCharAt(column, c);
                } else {
                    line.append(c);
                }
                column++;
            }
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }

    private void assertNoLineMixesTheBarWithAnythingElse() {
        List<String> mixed = screen.stream()
                .filter(l -> l.contains("files/s") && !l.matches(FRAME))
                .map(l -> l.length() > 200 ? l.substring(0, 200) + "…" : l)
                .toList();
        assertThat(mixed).as("lines where the bar and something else meet").isEmpty();
        assertThat(screen).as("the bar is drawn").anyMatch(l -> l.matches(FRAME));
    }

    @Test
    void failuresStackTracesAndRecordsPrintedDuringAPrintRunKeepClearOfTheBar() throws Exception {
        Path empty = Files.write(dir.resolve("empty.txt"), new byte[0]);
        Path missing = dir.resolve("missing.txt");

        runOnATerminal(
                "extract", "--threads", "1", "--verbose", SAMPLE, empty.toString(), SAMPLE, missing.toString(), SAMPLE);

        assertThat(code).isEqualTo(1);
        assertNoLineMixesTheBarWithAnythingElse();
        assertThat(screen)
                .map(String::strip)
                .contains(empty + ": EMPTY_FILE: the file is empty (0 bytes)", missing + ": NOT_FOUND: no such file")
                .anySatisfy(l -> assertThat(l).startsWith("at "))
                .anySatisfy(l -> assertThat(l).matches("\\[#{30}] 5/5 files, .*"))
                .anySatisfy(l -> assertThat(l).startsWith("5 files: 3 parsed"));
        assertThat(screen)
                .filteredOn(l -> l.startsWith("{"))
                .hasSize(3)
                .allSatisfy(l -> assertThat(new ObjectMapper()
                                .readTree(l)
                                .at("/issue/number")
                                .asInt())
                        .isEqualTo(12));
    }

    @Test
    void failuresOfAnArchiveRunKeepClearOfTheBar() throws Exception {
        Path archive = ArchiveFixture.archive(dir);

        runOnATerminal("extract", "--threads", "1", "--out", dir.resolve("out").toString(), archive.toString());

        assertThat(code).isEqualTo(1);
        assertNoLineMixesTheBarWithAnythingElse();
        assertThat(screen)
                .anySatisfy(l -> assertThat(l).startsWith(archive.resolve("2024/c-broken.pdf") + ": CORRUPT_FILE: "));
    }
}
