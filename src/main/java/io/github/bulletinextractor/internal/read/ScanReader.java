package io.github.bulletinextractor.internal.read;

import io.github.bulletinextractor.BulletinReadException;
import io.github.bulletinextractor.ErrorCode;
import io.github.bulletinextractor.OcrMode;
import io.github.bulletinextractor.model.Warning;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Reads scanned pages, PNG, JPEG or TIFF (every page of a multi-page TIFF), with OCR. A folder of
 * such images, one per page, is read as one bulletin ({@link PageImages}). Pages are decoded one
 * at a time, so a long scan does not hold every page in memory at once.
 */
public final class ScanReader implements DocumentReader {

    /** A scan's resolution is not read from the file: pages are taken to be A4, 11.7 inches high. */
    private static final double A4_HEIGHT_INCHES = 11.69;

    private final Ocr ocr;

    public ScanReader(Ocr ocr) {
        this.ocr = ocr;
    }

    @Override
    public boolean reads(String mediaType) {
        return MediaTypes.IMAGES.contains(mediaType);
    }

    @Override
    public RawDocument read(Path file, byte[] content, String mediaType, ReadLimits limits)
            throws BulletinReadException {
        return readPages(file, List.of(content), mediaType, limits);
    }

    /** Reads the images, in order, as the pages of one bulletin; each may hold several (TIFF). */
    public RawDocument readPages(Path file, List<byte[]> images, String mediaType, ReadLimits limits)
            throws BulletinReadException {
        if (ocr.mode() == OcrMode.NEVER) {
            throw new BulletinReadException(file, ErrorCode.NO_TEXT_LAYER,
                    "a page image has no text to read without OCR, and " + ocr.whyUnavailable());
        }
        List<Warning> warnings = new ArrayList<>();
        List<List<PageLine>> pages = new ArrayList<>();
        List<Integer> ocrPages = new ArrayList<>();
        for (byte[] content : images) {
            try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
                ImageReader reader = readerFor(in, file);
                try {
                    int count = decoded(file, () -> {
                        reader.setInput(in);
                        return reader.getNumImages(true);
                    });
                    limits.checkPages(pages.size() + count);
                    for (int i = 0; i < count; i++) {
                        int index = i;
                        BufferedImage image = decoded(file, () -> reader.read(index));
                        int dpi = (int) Math.round(Math.max(image.getWidth(), image.getHeight()) / A4_HEIGHT_INCHES);
                        pages.add(ocr.recognise(image, dpi, pages.size() + 1, file, limits, warnings));
                        ocrPages.add(pages.size());
                    }
                } finally {
                    reader.dispose();
                }
            } catch (IOException e) {
                throw notAnImage(file, e);
            }
        }
        return PageLines.document(pages, Set.of(), mediaType, warnings, ocrPages);
    }

    /** A step of decoding an image; ImageIO reports bad data as runtime exceptions as well as I/O ones. */
    private interface Decoding<T> {
        T run() throws IOException;
    }

    /** The step's result; its failure, and only its, is a damaged image (not one of OCR). */
    private static <T> T decoded(Path file, Decoding<T> step) throws BulletinReadException {
        try {
            return step.run();
        } catch (IOException | RuntimeException e) {
            throw notAnImage(file, e);
        }
    }

    private static BulletinReadException notAnImage(Path file, Exception e) {
        return new BulletinReadException(file, ErrorCode.CORRUPT_FILE, "not a readable image: " + e.getMessage(), e);
    }

    private static ImageReader readerFor(ImageInputStream in, Path file) throws BulletinReadException {
        Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
        if (readers == null || !readers.hasNext()) {
            throw new BulletinReadException(file, ErrorCode.CORRUPT_FILE, "not a readable image");
        }
        return readers.next();
    }
}
