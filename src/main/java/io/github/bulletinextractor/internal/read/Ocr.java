package io.github.bulletinextractor.internal.read;

import io.github.bulletinextractor.BulletinReadException;
import io.github.bulletinextractor.OcrMode;
import io.github.bulletinextractor.model.Warning;
import io.github.bulletinextractor.model.WarningCode;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** Which pages a parser reads with OCR, and the engine it reads them with. */
public final class Ocr {

    /** Below this mean confidence (Tesseract's, 0–100) a page is flagged for checking. */
    static final double LOW_CONFIDENCE = 70;
    /**
     * Scans of less are smoothly enlarged to this resolution first: Tesseract's Chinese model reads
     * 300 dpi best, and at 150–200 dpi it lost whole headings (厅（局）长进大厅 read as 玫、丰局长进大后).
     */
    static final int OCR_DPI = 300;
    /** Each page read with OCR adds this to the file's time limit: a page takes 2–7 s on two cores. */
    static final Duration TIME_PER_PAGE = Duration.ofSeconds(30);

    private final OcrMode mode;
    private final OcrEngine engine;

    public Ocr(OcrMode mode, String tesseractCommand) {
        this.mode = mode;
        this.engine = new Tesseract(tesseractCommand);
    }

    OcrMode mode() {
        return mode;
    }

    /** Whether a page is to be read with OCR, given whether its text layer is usable. */
    boolean wanted(boolean usableText) {
        return mode == OcrMode.ALWAYS || mode == OcrMode.AUTO && !usableText;
    }

    /** Why OCR cannot be used here ("" when it can): Tesseract or its Chinese data missing, or turned off. */
    String whyUnavailable() {
        return mode == OcrMode.NEVER ? "OCR is turned off (--ocr never)" : engine.whyUnavailable();
    }

    /**
     * Reads page {@code pageNumber} (from 1) from its image, adding a warning to {@code warnings}
     * when the engine is not confident of it.
     */
    List<PageLine> recognise(BufferedImage image, int dpi, int pageNumber, Path file, ReadLimits limits,
                             List<Warning> warnings) throws BulletinReadException {
        limits.checkTime();
        limits.extend(TIME_PER_PAGE);
        BufferedImage clean = Specks.removed(image, dpi);
        OcrEngine.Page page = dpi >= OCR_DPI ? engine.recognise(clean, dpi, file, limits)
                : engine.recognise(enlarged(clean, (double) OCR_DPI / dpi), OCR_DPI, file, limits);
        if (page.confidence() < LOW_CONFIDENCE) {
            warnings.add(new Warning(WarningCode.OCR_LOW_CONFIDENCE, "OCR read page %d with %.0f%% confidence; check what was extracted from it against the scan"
                    .formatted(pageNumber, page.confidence()), pageNumber));
        }
        return page.lines();
    }

    /** The image scaled up by {@code scale}, smoothly, in greyscale. */
    static BufferedImage enlarged(BufferedImage image, double scale) {
        BufferedImage out = new BufferedImage((int) Math.round(image.getWidth() * scale),
                (int) Math.round(image.getHeight() * scale), BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        g.drawImage(image, 0, 0, out.getWidth(), out.getHeight(), null);
        g.dispose();
        return out;
    }
}
