package io.github.bulletinextractor.internal.read;

import io.github.bulletinextractor.BulletinReadException;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;

/** Recognises the printed text of a page image. */
interface OcrEngine {

    /** Why the engine cannot be used here (not installed, its Chinese data missing), or "" when it can. */
    String whyUnavailable();

    /**
     * The page's lines in reading order, with where each stands in the image, repaired by
     * {@link OcrRepair}, and the engine's confidence in them.
     *
     * @param dpi the image's resolution, which the engine needs to tell type sizes
     * @throws BulletinReadException {@code OCR_UNAVAILABLE} when the engine is missing or fails,
     *                               {@code TIMEOUT} when the file's time is up
     */
    Page recognise(BufferedImage image, int dpi, Path file, ReadLimits limits) throws BulletinReadException;

    /**
     * A recognised page.
     *
     * @param lines      its lines, with positions in pixels
     * @param confidence the engine's mean confidence in its characters, from 0 to 100
     */
    record Page(List<PageLine> lines, double confidence) {
    }
}
