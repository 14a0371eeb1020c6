package io.github.bulletinextractor.internal.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RunningLinesTest {

    private static PageLine line(String text) {
        return new PageLine(text, 0, 0, 16, 0);
    }

    @Test
    void headersRepeatedOnMostPagesAreRunning() {
        List<List<PageLine>> pages = List.of(
                List.of(line("窗口工作周报 第12期"), line("一、动态"), line("第 1 页")),
                List.of(line("窗口工作周报 第12期"), line("（一）本周"), line("第 2 页")),
                List.of(line("窗口工作周报 第12期"), line("（二）下周"), line("第 3 页")));
        RunningLines running = RunningLines.of(pages);

        assertThat(running.isRunning(pages.get(1).get(0), 0, 3)).isTrue();
        assertThat(running.isRunning(pages.get(1).get(2), 2, 3)).isTrue();
        assertThat(running.isRunning(pages.get(1).get(1), 1, 3)).isFalse();
    }

    @Test
    void shortDocumentsHaveNone() {
        List<List<PageLine>> pages = List.of(List.of(line("页眉"), line("a")), List.of(line("页眉"), line("b")));

        assertThat(RunningLines.of(pages).isRunning(pages.get(0).get(0), 0, 2)).isFalse();
    }
}
