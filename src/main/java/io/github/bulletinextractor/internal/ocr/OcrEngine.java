package io.github.bulletinextractor.internal.ocr;

import java.awt.image.BufferedImage;
import java.util.concurrent.Future;

/** Recognises the printed text of page images. Implementations are thread-safe. */
public interface OcrEngine {

    /** Why the engine cannot be used here (its libraries missing from the class path), or "" when it can. */
    String whyUnavailable();

    /**
     * Starts reading a page; the work runs on the engine's own threads, which never outnumber the
     * processors, however many callers read at once.
     *
     * @param grey the page, 8-bit greyscale
     * @param dpi  its resolution, which tells the engine the size of its type
     * @return the page read, or an {@link java.util.concurrent.ExecutionException} whose cause is
     *         an {@link OcrFailure}
     */
    Future<OcrPage> read(BufferedImage grey, int dpi);

    /** The engine could not read a page: its runtime failed or is missing. */
    final class OcrFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public OcrFailure(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
