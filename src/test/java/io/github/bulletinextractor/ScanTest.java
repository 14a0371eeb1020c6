package io.github.bulletinextractor;

import static io.github.bulletinextractor.TestData.FORMS;
import static io.github.bulletinextractor.TestData.PARSER;
import static io.github.bulletinextractor.TestData.SCANS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bulletinextractor.model.Bulletin;
import io.github.bulletinextractor.model.ErrorCode;
import io.github.bulletinextractor.model.OcrMode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The scanned forms of the sample PDFs ({@code testdata/scans}, made by
 * {@code fixtures/ScanFixtures}) read with OCR give the fields their born-digital forms give:
 * masthead, section tree, visits, case counts, distribution and print run. Field accuracy is
 * measured and printed per scan, with the fields read wrong, and written to {@code target/ocr-accuracy.txt}
 * ({@link FieldComparison}). OCR runs in-process (PP-OCRv4 with ONNX Runtime, test dependencies
 * from Maven), so these tests run wherever the suite does.
 */
class ScanTest {

    /** The share of all fields of all scans read right: issue 13 asks for 97% (measured 99.6%). */
    private static final double TARGET = 0.97;
    /** The share each scan must get right on its own: issue 13 asks for 90% (measured 98.2–100%). */
    private static final double FLOOR = 0.90;

    private static final List<String> REPORT = new ArrayList<>();
    private static int rightFields;
    private static int allFields;
    private static int allPages;
    private static double allSeconds;

    static Stream<Path> scans() throws IOException {
        try (Stream<Path> files = Files.list(SCANS)) {
            return files.sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scans")
    void givesTheFieldsOfItsBornDigitalForm(Path scan) throws Exception {
        long started = System.nanoTime();
        Bulletin scanned = PARSER.parse(scan);
        double seconds = (System.nanoTime() - started) / 1e9;
        Bulletin digital = PARSER.parse(FORMS.resolve(baseName(scan) + ".pdf"));

        assertThat(scanned.source().ocrPages()).hasSize(scanned.source().pageCount());
        FieldComparison comparison = FieldComparison.of(digital, scanned);
        REPORT.add("%-62s %3d/%3d fields  %5.1f%%  %2d pages  %4.1f s/page"
                .formatted(
                        scan.getFileName(),
                        comparison.right(),
                        comparison.total(),
                        100 * comparison.accuracy(),
                        scanned.source().pageCount(),
                        seconds / scanned.source().pageCount()));
        REPORT.addAll(comparison.wrong());
        rightFields += comparison.right();
        allFields += comparison.total();
        allPages += scanned.source().pageCount();
        allSeconds += seconds;
        assertThat(comparison.accuracy())
                .as("%s: fields wrong:%n%s", scan, String.join("\n", comparison.wrong()))
                .isGreaterThanOrEqualTo(FLOOR);
    }

    @Test
    void aBlankScanHoldsNoText() throws Exception {
        Path blank = Files.createTempFile("blank", ".png");
        try {
            java.awt.image.BufferedImage white =
                    new java.awt.image.BufferedImage(1240, 1754, java.awt.image.BufferedImage.TYPE_BYTE_GRAY);
            java.awt.Graphics2D g = white.createGraphics();
            g.setColor(java.awt.Color.WHITE);
            g.fillRect(0, 0, white.getWidth(), white.getHeight());
            g.dispose();
            javax.imageio.ImageIO.write(white, "png", blank.toFile());

            assertThatThrownBy(() -> PARSER.parse(blank))
                    .isInstanceOfSatisfying(
                            BulletinReadException.class,
                            e -> assertThat(e.code()).isEqualTo(ErrorCode.EMPTY_FILE));
        } finally {
            Files.delete(blank);
        }
    }

    @Test
    void withOcrTurnedOffAScanIsNoTextLayer() {
        BulletinParser noOcr = BulletinParser.builder().ocr(OcrMode.NEVER).build();

        assertThatThrownBy(() -> noOcr.parse(SCANS.resolve("weekly-2024-12.scan.pdf")))
                .isInstanceOfSatisfying(
                        BulletinReadException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.NO_TEXT_LAYER));
    }

    @AfterAll
    static void report() throws IOException {
        if (REPORT.isEmpty()) {
            return;
        }
        double accuracy = (double) rightFields / allFields;
        REPORT.add("%-62s %3d/%3d fields  %5.1f%%  %2d pages  %4.1f s/page"
                .formatted("all scans", rightFields, allFields, 100 * accuracy, allPages, allSeconds / allPages));
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target", "ocr-accuracy.txt"), REPORT);
        REPORT.forEach(System.out::println);
        assertThat(accuracy).as("share of all fields of the scans read right").isGreaterThanOrEqualTo(TARGET);
    }

    private static String baseName(Path scan) {
        String name = scan.getFileName().toString();
        return name.substring(0, name.indexOf(".scan"));
    }
}
