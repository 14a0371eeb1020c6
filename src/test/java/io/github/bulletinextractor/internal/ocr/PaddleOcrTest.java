package io.github.bulletinextractor.internal.ocr;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.GraphicsEnvironment;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The engine end to end, with the real models from the class path. One engine serves all the
 * tests, as one serves a whole run of the tool.
 */
@Timeout(120)
class PaddleOcrTest {

    private static final int DPI = 150;
    /** Body type at 150 dpi: 16 points is some 33 pixels. */
    private static final int TYPE_SIZE = 33;

    private static final String SAMPLE = "政务服务";

    private static PaddleOcr engine;

    @BeforeAll
    static void loadTheModels() throws Exception {
        engine = new PaddleOcr(2);
    }

    private static OcrPage read(BufferedImage image) throws Exception {
        return engine.read(image, DPI).get(60, SECONDS);
    }

    private static String text(OcrPage page) {
        return page.lines().stream().map(OcrLine::text).collect(Collectors.joining("\n"));
    }

    /** A font that draws Chinese, Noto Sans CJK SC by preference; the test is skipped without one. */
    private static Font chineseFont() {
        Font noto = new Font("Noto Sans CJK SC", Font.PLAIN, TYPE_SIZE);
        if (noto.getFamily().startsWith("Noto Sans CJK") && noto.canDisplayUpTo(SAMPLE) == -1) {
            return noto;
        }
        Font any = Arrays.stream(
                        GraphicsEnvironment.getLocalGraphicsEnvironment().getAllFonts())
                .filter(f -> f.canDisplayUpTo(SAMPLE) == -1)
                .findFirst()
                .orElse(null);
        Assumptions.assumeTrue(any != null, "no font here draws Chinese");
        return any.deriveFont(Font.PLAIN, TYPE_SIZE);
    }

    private static BufferedImage white(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.dispose();
        return image;
    }

    /** Lines of black type on white, 1.6 lines apart, as a scanner would give them. */
    private static BufferedImage printed(String... lines) {
        Font font = chineseFont();
        BufferedImage image = white(900, 80 + (int) (lines.length * TYPE_SIZE * 1.6));
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.BLACK);
        g.setFont(font);
        for (int i = 0; i < lines.length; i++) {
            g.drawString(lines[i], 60, 40 + TYPE_SIZE + (int) (i * TYPE_SIZE * 1.6));
        }
        g.dispose();
        return image;
    }

    private static BufferedImage turnedRound(BufferedImage image) {
        BufferedImage out = white(image.getWidth(), image.getHeight());
        Graphics2D g = out.createGraphics();
        g.drawImage(
                image,
                AffineTransform.getRotateInstance(Math.PI, image.getWidth() / 2.0, image.getHeight() / 2.0),
                null);
        g.dispose();
        return out;
    }

    @Test
    void readsAPrintedLine() throws Exception {
        OcrPage page = read(printed("政务服务大厅窗口工作周报"));

        assertThat(page.lines()).singleElement().satisfies(line -> {
            assertThat(line.text()).isEqualTo("政务服务大厅窗口工作周报");
            // Type 33 pixels high: its advance is near that, and the line starts near x = 60.
            assertThat(line.charSize()).isBetween(28.0, 38.0);
            assertThat(line.left()).isBetween(45.0, 65.0);
            assertThat(line.doubts()).isEmpty();
        });
        assertThat(page.confidence()).isGreaterThan(90);
        assertThat(page.turned()).isFalse();
    }

    @Test
    void readsAPageScannedUpsideDown() throws Exception {
        BufferedImage upright = printed("政务服务大厅窗口工作周报", "本周共受理办件一千二百件", "办结率达到百分之九十九");

        OcrPage page = read(turnedRound(upright));

        assertThat(page.turned()).isTrue();
        assertThat(text(page)).isEqualTo(text(read(upright)));
    }

    @Test
    void aBlankPageHasNoLines() throws Exception {
        OcrPage page = read(white(1240, 1754)); // A4 at 150 dpi

        assertThat(page.lines()).isEmpty();
        assertThat(page.confidence()).isZero();
    }

    @Test
    void hostileImagesGiveAPageWithoutFailing() throws Exception {
        BufferedImage noise = new BufferedImage(300, 300, BufferedImage.TYPE_BYTE_GRAY);
        Random random = new Random(42);
        for (int y = 0; y < 300; y++) {
            for (int x = 0; x < 300; x++) {
                noise.getRaster().setSample(x, y, 0, random.nextInt(256));
            }
        }
        BufferedImage black = new BufferedImage(200, 200, BufferedImage.TYPE_BYTE_GRAY);
        List<BufferedImage> images = List.of(
                noise,
                black,
                white(1, 1),
                new BufferedImage(1, 1, BufferedImage.TYPE_BYTE_GRAY),
                white(5, 4000),
                white(4000, 5),
                stripes(5, 4000),
                stripes(4000, 5));

        for (BufferedImage image : images) {
            OcrPage page = read(image);

            assertThat(page).as("%dx%d", image.getWidth(), image.getHeight()).isNotNull();
            assertThat(page.confidence()).isBetween(0.0, 100.0);
        }
    }

    /** Black and white bands three pixels wide, which a detector may take for anything. */
    private static BufferedImage stripes(int width, int height) {
        BufferedImage image = white(width, height);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                if ((x + y) / 3 % 2 == 0) {
                    image.getRaster().setSample(x, y, 0, 0);
                }
            }
        }
        return image;
    }

    @Test
    void aPageLargerThanTheDetectorTakesIsScaledDown() throws Exception {
        // 600 dpi would make this 5,000 pixels wide at detection: it is searched at 4,096 at most.
        BufferedImage wide = white(10000, 200);
        Graphics2D g = wide.createGraphics();
        g.setColor(Color.BLACK);
        g.setFont(chineseFont().deriveFont(66f));
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.drawString("政务服务大厅", 100, 130);
        g.dispose();

        OcrPage page = engine.read(wide, 300).get(60, SECONDS);

        assertThat(text(page)).contains("政务服务");
    }

    @Test
    void readingFromManyThreadsAtOnceGivesWhatOneThreadGets() throws Exception {
        BufferedImage image = printed("政务服务大厅窗口工作周报", "2024年3月25日—3月29日", "本周共受理办件1234件，办结率99.5%");
        OcrPage alone = read(image);
        assertThat(alone.lines()).hasSize(3);

        int threads = 8;
        ExecutorService callers = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<OcrPage>> pages = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                pages.add(callers.submit(() -> {
                    start.await();
                    return engine.read(image, DPI).get(60, SECONDS);
                }));
            }
            start.countDown();
            for (Future<OcrPage> page : pages) {
                assertThat(page.get(90, SECONDS)).isEqualTo(alone);
            }
        } finally {
            callers.shutdownNow();
        }
    }
}
