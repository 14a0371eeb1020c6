package io.github.bulletinextractor;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/**
 * Whether Tesseract with its Chinese data can be run here. Tests that need it skip without it on a
 * developer's machine, but fail in CI, where {@code .ci/run} installs it and sets {@code REQUIRE_OCR=1}.
 */
public final class OcrAvailability {

    private OcrAvailability() {
    }

    public static void assumeOrRequire() {
        boolean available = available();
        if (!available && "1".equals(System.getenv("REQUIRE_OCR"))) {
            fail("REQUIRE_OCR=1 but tesseract with chi_sim is not installed: apt-get install tesseract-ocr tesseract-ocr-chi-sim");
        }
        assumeTrue(available, "tesseract with chi_sim is not installed; OCR tests skipped");
    }

    private static boolean available() {
        try {
            Process process = new ProcessBuilder("tesseract", "--list-langs").redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return process.waitFor(30, TimeUnit.SECONDS) && output.lines().anyMatch("chi_sim"::equals);
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
