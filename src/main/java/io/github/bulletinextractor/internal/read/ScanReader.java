package io.github.bulletinextractor.internal.read;

import io.github.bulletinextractor.internal.ReadFailure;
import io.github.bulletinextractor.model.ErrorCode;
import io.github.bulletinextractor.model.OcrMode;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Reads scanned pages, PNG, JPEG or TIFF (every page of a multi-page TIFF), with OCR. A folder of
 * such images, one per page, is read as one bulletin ({@link PageImages}). Pages are decoded as
 * the OCR engine is ready for them, so a long scan does not hold every page in memory at once.
 */
public final class ScanReader implements DocumentReader {

    /** More pixels than any page of paper scanned for reading: an A3 page at 600 dpi has some 70 million. */
    static final long MAX_PIXELS = 72_000_000L;

    private final Ocr ocr;

    public ScanReader(Ocr ocr) {
        this.ocr = ocr;
    }

    @Override
    public boolean reads(String mediaType) {
        return MediaTypes.IMAGES.contains(mediaType);
    }

    @Override
    public String formats() {
        return "page images PNG/JPEG/TIFF and folders of them";
    }

    @Override
    public RawDocument read(Path file, byte[] content, String mediaType, ReadLimits limits) throws ReadFailure {
        return read(file, List.of(content), mediaType, limits);
    }

    /** Reads the images, in order, as the pages of one bulletin; each may hold several (TIFF). */
    @Override
    public RawDocument read(Path file, List<byte[]> images, String mediaType, ReadLimits limits) throws ReadFailure {
        if (ocr.mode() == OcrMode.NEVER) {
            throw new ReadFailure(
                    file,
                    ErrorCode.NO_TEXT_LAYER,
                    "a page image has no text to read without OCR, and " + ocr.whyUnavailable());
        }
        try (Decoder decoder = new Decoder(file, images)) {
            int count = decoder.pageCount();
            limits.checkPages(count);
            List<Integer> pages = IntStream.rangeClosed(1, count).boxed().toList();
            Ocr.Result read = ocr.read(pages, decoder::page, file, limits);
            return PageLines.document(
                    new ArrayList<>(read.pages.values()), Set.of(), mediaType, read.warnings, pages, read.doubts);
        } catch (IOException e) {
            throw notAnImage(file, e);
        }
    }

    /** The pages of the images, decoded one at a time in page order. */
    private static final class Decoder implements AutoCloseable {
        private final Path file;
        private final List<byte[]> images;
        /** How many pages each image holds. */
        private final int[] counts;

        private int current = -1;
        private ImageInputStream in;
        private ImageReader reader;

        Decoder(Path file, List<byte[]> images) throws ReadFailure, IOException {
            this.file = file;
            this.images = images;
            this.counts = new int[images.size()];
            for (int i = 0; i < images.size(); i++) {
                open(i);
                counts[i] = decoded(file, () -> reader.getNumImages(true));
            }
        }

        int pageCount() {
            return IntStream.of(counts).sum();
        }

        /** Page {@code page}, from 1; pages are asked for in order. */
        Ocr.PageImage page(int page) throws ReadFailure, IOException {
            int index = page - 1;
            int image = 0;
            while (index >= counts[image]) {
                index -= counts[image++];
            }
            if (image != current) {
                open(image);
            }
            int inImage = index;
            long pixels = (long) decoded(file, () -> reader.getWidth(inImage))
                    * decoded(file, () -> reader.getHeight(inImage));
            if (pixels > MAX_PIXELS) {
                // Known from the header before the image is decoded into memory.
                throw new ReadFailure(
                        file,
                        ErrorCode.TOO_LARGE,
                        "page " + page + " is an image of " + pixels + " pixels, over the limit of " + MAX_PIXELS
                                + " (an A3 page scanned at 600 dpi has 70 million)");
            }
            BufferedImage decoded = decoded(file, () -> reader.read(inImage));
            int dpi = ScanResolution.ofImage(Math.max(decoded.getWidth(), decoded.getHeight()));
            return new Ocr.PageImage(decoded, dpi);
        }

        private void open(int image) throws ReadFailure, IOException {
            close();
            in = ImageIO.createImageInputStream(new ByteArrayInputStream(images.get(image)));
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                throw new ReadFailure(file, ErrorCode.CORRUPT_FILE, "not a readable image");
            }
            reader = readers.next();
            decoded(file, () -> {
                reader.setInput(in);
                return null;
            });
            current = image;
        }

        @Override
        public void close() throws IOException {
            if (reader != null) {
                reader.dispose();
                reader = null;
            }
            if (in != null) {
                in.close();
                in = null;
            }
        }
    }

    /** A step of decoding an image; ImageIO reports bad data as runtime exceptions as well as I/O ones. */
    private interface Decoding<T> {
        T run() throws IOException;
    }

    /** The step's result; its failure, and only its, is a damaged image (not one of OCR). */
    private static <T> T decoded(Path file, Decoding<T> step) throws ReadFailure {
        try {
            return step.run();
        } catch (IOException | RuntimeException e) {
            throw notAnImage(file, e);
        }
    }

    private static ReadFailure notAnImage(Path file, Exception e) {
        return new ReadFailure(file, ErrorCode.CORRUPT_FILE, "not a readable image: " + why(e), e);
    }

    /** A failure in words, never empty: ImageIO's messages may be blank, or end in a colon before a cause. */
    private static String why(Throwable e) {
        String message = e.getMessage() == null ? "" : e.getMessage().strip();
        Throwable cause = e.getCause();
        if ((message.isEmpty() || message.endsWith(":")) && cause != null && cause != e) {
            return (message.isEmpty() ? "" : message + " ") + why(cause);
        }
        return message.isEmpty() ? e.getClass().getSimpleName() : message;
    }
}
