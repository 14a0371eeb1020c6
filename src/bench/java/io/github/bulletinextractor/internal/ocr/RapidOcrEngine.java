package io.github.bulletinextractor.internal.ocr;

import com.benjaminwan.ocrlibrary.OcrResult;
import com.benjaminwan.ocrlibrary.Point;
import com.benjaminwan.ocrlibrary.TextBlock;
import io.github.mymonstercat.Model;
import io.github.mymonstercat.ocr.InferenceEngine;
import io.github.mymonstercat.ocr.config.HardwareConfig;
import io.github.mymonstercat.ocr.config.ParamConfig;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import javax.imageio.ImageIO;

/**
 * RapidOCR-Java (the same PP-OCRv4 models run by its own C++ pipeline through JNI) behind this
 * library's engine interface, to measure it on the scans through the same pipeline. It reads a
 * file, so each page is written as a PNG first; it is one native engine per process, so pages are
 * read one at a time; it gives no character positions, so characters are spread evenly over their
 * box (which leaves the doubts meaningless; the fields are what is compared).
 */
public final class RapidOcrEngine implements OcrEngine {

    private final InferenceEngine engine;
    private final ParamConfig config;

    /** @param detectionSide the longest side pages are searched for text at, 0 for the page's own */
    public RapidOcrEngine(int detectionSide) {
        engine = InferenceEngine.getInstance(
                Model.ONNX_PPOCR_V4, new HardwareConfig(Runtime.getRuntime().availableProcessors(), -1));
        config = ParamConfig.getDefaultConfig();
        config.setMaxSideLen(detectionSide);
    }

    @Override
    public String whyUnavailable() {
        return "";
    }

    @Override
    public synchronized Future<OcrPage> read(BufferedImage grey, int dpi) {
        Path png = null;
        try {
            png = Files.createTempFile("rapidocr-page", ".png");
            ImageIO.write(grey, "png", png.toFile());
            OcrResult result = engine.runOcr(png.toString(), config);
            List<Reading> readings = new ArrayList<>();
            for (TextBlock block : result.getTextBlocks()) {
                String text = block.getText();
                if (text.isEmpty()) {
                    continue;
                }
                TextBox box = box(block.getBoxPoint());
                float[] confidences = new float[text.length()];
                double[] centres = new double[text.length()];
                for (int i = 0; i < text.length(); i++) {
                    float[] scores = block.getCharScores();
                    confidences[i] = scores != null && i < scores.length ? scores[i] : block.getBoxScore();
                    centres[i] = (i + 0.5) * box.width() / text.length();
                }
                readings.add(new Reading(box, text, confidences, centres));
            }
            return CompletableFuture.completedFuture(LineBuilder.page(readings, false));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (png != null) {
                png.toFile().delete();
            }
        }
    }

    /** The box from its four corners, clockwise from the top left. */
    private static TextBox box(List<Point> p) {
        double cx = p.stream().mapToDouble(Point::getX).average().orElse(0);
        double cy = p.stream().mapToDouble(Point::getY).average().orElse(0);
        double width = Math.hypot(
                p.get(1).getX() - p.get(0).getX(), p.get(1).getY() - p.get(0).getY());
        double height = Math.hypot(
                p.get(3).getX() - p.get(0).getX(), p.get(3).getY() - p.get(0).getY());
        double angle = Math.atan2(
                p.get(1).getY() - p.get(0).getY(), p.get(1).getX() - p.get(0).getX());
        return MinAreaRectangle.upright(cx, cy, width, height, angle);
    }
}
