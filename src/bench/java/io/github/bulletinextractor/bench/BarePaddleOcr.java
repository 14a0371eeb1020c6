package io.github.bulletinextractor.bench;

import com.benjaminwan.ocrlibrary.OcrResult;
import io.github.mymonstercat.Model;
import io.github.mymonstercat.ocr.InferenceEngine;
import io.github.mymonstercat.ocr.config.HardwareConfig;
import io.github.mymonstercat.ocr.config.ParamConfig;
import java.nio.file.Path;
import java.util.List;

/**
 * A bare PP-OCRv4 program to measure the library's OCR against: RapidOCR-Java, which runs the same
 * ONNX models with its own C++ pipeline (OpenCV, ONNX Runtime) through JNI, on each page image.
 */
final class BarePaddleOcr {

    /** The page height at which the library searches an A4 page for text (150 dpi). */
    static final int LIBRARY_DETECTION_SIDE = 1754;

    private final InferenceEngine engine;
    private final ParamConfig config;

    /**
     * @param detectionSide the longest side pages are searched for text at, 0 for the page's own
     *                      (RapidOCR's default)
     */
    BarePaddleOcr(int detectionSide) {
        engine = InferenceEngine.getInstance(
                Model.ONNX_PPOCR_V4, new HardwareConfig(Runtime.getRuntime().availableProcessors(), -1));
        config = ParamConfig.getDefaultConfig();
        config.setMaxSideLen(detectionSide);
    }

    /** Reads the pages and returns how many characters it found. */
    long read(List<Path> pages) {
        long characters = 0;
        for (Path page : pages) {
            OcrResult result = engine.runOcr(page.toString(), config);
            characters += result.getStrRes().length();
        }
        return characters;
    }
}
