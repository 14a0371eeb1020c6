package io.github.bulletinextractor.internal.read;

import io.github.bulletinextractor.BulletinReadException;
import io.github.bulletinextractor.ErrorCode;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;

/**
 * OCR with the {@code tesseract} program and its Simplified Chinese data (Debian packages
 * {@code tesseract-ocr} and {@code tesseract-ocr-chi-sim}), one process per page. The page goes in
 * as a greyscale PGM and comes back as TSV: every word with its box and
 * confidence, from which lines are rebuilt with their positions, so that indents and running
 * headers are told as on a PDF page.
 *
 * <p>Each process is limited to one thread: on two cores Tesseract's own threads spent more time
 * waiting on each other than working (7 s a page against 2 s).
 */
final class Tesseract implements OcrEngine {

    static final String LANGUAGE = "chi_sim";
    static final String HOW_TO_INSTALL = "install it with: apt-get install tesseract-ocr tesseract-ocr-chi-sim";

    private final String command;
    /** Why Tesseract cannot be used, or "" when it can; null until first asked. Checked once per parser. */
    private volatile String unavailable;

    Tesseract(String command) {
        this.command = command;
    }

    @Override
    public Page recognise(BufferedImage image, int dpi, Path file, ReadLimits limits) throws BulletinReadException {
        String why = whyUnavailable();
        if (!why.isEmpty()) {
            throw new BulletinReadException(file, ErrorCode.OCR_UNAVAILABLE, "needs OCR, but " + why);
        }
        // The page goes in and the words come out through files, so that waiting for the process is
        // all there is to time out: a pipe could block either side.
        Path page = null;
        Path words = null;
        Process process = null;
        try {
            page = Files.createTempFile("bulletin-page", ".pgm");
            words = Files.createTempFile("bulletin-page", ".tsv");
            Files.write(page, greyscalePgm(image));
            ProcessBuilder builder = new ProcessBuilder(command, "stdin", "stdout", "-l", LANGUAGE,
                    "--dpi", Integer.toString(dpi), "tsv")
                    .redirectInput(page.toFile()).redirectOutput(words.toFile())
                    .redirectError(ProcessBuilder.Redirect.DISCARD);
            builder.environment().put("OMP_THREAD_LIMIT", "1");
            process = builder.start();
            if (!process.waitFor(limits.remaining().toMillis(), TimeUnit.MILLISECONDS)) {
                throw limits.timedOut();
            }
            if (process.exitValue() != 0) {
                throw new BulletinReadException(file, ErrorCode.OCR_UNAVAILABLE,
                        "tesseract failed on a page (exit code " + process.exitValue() + ")");
            }
            return TesseractTsv.page(Files.readString(words, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new BulletinReadException(file, ErrorCode.OCR_UNAVAILABLE,
                    "tesseract could not be run on a page: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw limits.timedOut();
        } finally {
            if (process != null) {
                process.destroyForcibly();
            }
            deleteQuietly(page);
            deleteQuietly(words);
        }
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                // a temporary file left behind is harmless
            }
        }
    }

    /** Why Tesseract with Chinese cannot be used here, or "" if it can. */
    String whyUnavailable() {
        String why = unavailable;
        if (why == null) {
            why = check();
            unavailable = why;
        }
        return why;
    }

    private String check() {
        try {
            Process process = new ProcessBuilder(command, "--list-langs").redirectErrorStream(true).start();
            String languages = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
                process.destroyForcibly();
                return command + " --list-langs failed; " + HOW_TO_INSTALL;
            }
            return Arrays.asList(languages.split("\\R")).contains(LANGUAGE) ? ""
                    : "Tesseract has no Chinese language data (" + LANGUAGE + "); " + HOW_TO_INSTALL;
        } catch (IOException e) {
            return "Tesseract (" + command + ") is not installed; " + HOW_TO_INSTALL;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "the check for Tesseract was interrupted";
        }
    }

    /** The image as an 8-bit greyscale PGM, which Tesseract reads without decoding a compressed format. */
    static byte[] greyscalePgm(BufferedImage image) {
        BufferedImage grey = image;
        if (image.getType() != BufferedImage.TYPE_BYTE_GRAY) {
            grey = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
            Graphics2D g = grey.createGraphics();
            g.drawImage(image, 0, 0, null);
            g.dispose();
        }
        byte[] header = ("P5\n" + grey.getWidth() + " " + grey.getHeight() + "\n255\n").getBytes(StandardCharsets.US_ASCII);
        byte[] pixels = ((DataBufferByte) grey.getRaster().getDataBuffer()).getData();
        byte[] pgm = Arrays.copyOf(header, header.length + grey.getWidth() * grey.getHeight());
        // The raster of a sub-image can be wider than the image: copy row by row.
        int stride = grey.getRaster().getSampleModel().getWidth();
        for (int y = 0; y < grey.getHeight(); y++) {
            System.arraycopy(pixels, y * stride, pgm, header.length + y * grey.getWidth(), grey.getWidth());
        }
        return pgm;
    }
}
