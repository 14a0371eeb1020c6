package io.github.bulletinextractor.internal.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bulletinextractor.internal.ReadFailure;
import io.github.bulletinextractor.model.ErrorCode;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ReadLimitsTest {

    @Test
    void pagesReadWithOcrGetMoreTimeAndTheMessageSaysSo() throws Exception {
        ReadLimits limits = new ReadLimits(Path.of("scan.pdf"), 1000, 10, Duration.ofMillis(1), Duration.ofMinutes(10));
        Thread.sleep(5);
        assertThatThrownBy(limits::checkTime).isInstanceOf(ReadFailure.class);

        limits.extend(Duration.ofSeconds(30));

        assertThatCode(limits::checkTime).doesNotThrowAnyException();
        assertThat(limits.remaining()).isGreaterThan(Duration.ofSeconds(29));
        assertThat(limits.timedOut().code()).isEqualTo(ErrorCode.TIMEOUT);
        assertThat(limits.timedOut().getMessage()).contains("and 30 s more for the pages read with OCR");
    }

    @Test
    void theTimeForOcrStopsAtItsAllowance() throws Exception {
        ReadLimits limits =
                new ReadLimits(Path.of("scan.pdf"), 1000, 500, Duration.ofMillis(1), Duration.ofSeconds(45));
        Thread.sleep(5);

        limits.extend(Duration.ofSeconds(30));
        limits.extend(Duration.ofSeconds(30));
        limits.extend(Duration.ofSeconds(30));

        assertThat(limits.remaining()).isLessThanOrEqualTo(Duration.ofSeconds(45));
        assertThat(limits.timedOut().getMessage()).contains("and 45 s more for the pages read with OCR");
    }

    @Test
    void aLimitSetByTheUserHoldsForPagesReadWithOcr() throws Exception {
        ReadLimits limits = new ReadLimits(Path.of("scan.pdf"), 1000, 500, Duration.ofMillis(1));
        Thread.sleep(5);

        limits.extend(Duration.ofSeconds(30));

        assertThatThrownBy(limits::checkTime)
                .isInstanceOf(ReadFailure.class)
                .hasMessageContaining("reading took longer than 0 s and was stopped");
    }
}
