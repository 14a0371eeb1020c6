package io.github.bulletinextractor.internal.read;

import io.github.bulletinextractor.BulletinReadException;
import io.github.bulletinextractor.ErrorCode;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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
    /** A line read with less confidence than this (0–100) is read again on its own. */
    private static final double RETRY_BELOW = 75;
    /** A part of a page read on its own is enlarged this many times: Tesseract reads larger type better. */
    private static final int PART_SCALE = 2;
    /** The white around a lost line read on its own, as a share of its height. */
    private static final double LOST_MARGIN = 0.3;
    /** A lost line read with less confidence than this is taken for specks or marks, not text. */
    private static final double LOST_MIN_CONFIDENCE = 50;
    /** A page number, — 12 —, is five characters at most. */
    private static final int MAX_FOLIO = 5;
    /** The white around a line read again, as shares of its height. */
    private static final double[] RETRY_MARGINS = {0.1, 0.3, 0.4};
    /**
     * A line read again is also read made black and white at these levels (0–255): Tesseract's
     * line recogniser works on the grey image, and on grey noise and JPEG blur it read a clean
     * 三、厅（局）长进大厅 as 局|下) however it was cut out; in black and white, as printed.
     */
    private static final int[] RETRY_THRESHOLDS = {166, 179};
    /** In place of a level: the part is read as it is, in grey. */
    private static final int GREY = 0;

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
        BufferedImage grey = grey(image);
        List<PageLine> lines = new ArrayList<>();
        double confidence = 0;
        int characters = 0;
        for (TesseractTsv.Line line : withLostLines(grey, dpi, TesseractTsv.lines(run(grey, dpi, List.of(), file, limits)),
                file, limits)) {
            if (line.confidence() < RETRY_BELOW) {
                line = readAgain(grey, dpi, line, file, limits);
            }
            String repaired = OcrRepair.line(line.text());
            if (!repaired.isEmpty()) {
                lines.add(new PageLine(repaired, line.left(), line.width(), line.charSize(), 0));
                confidence += line.confidence() * repaired.length();
                characters += repaired.length();
            }
        }
        dropFolio(lines, grey.getWidth());
        for (int i = 0; i + 1 < lines.size(); i++) {
            List<String> texts = OcrWords.correctedAcross(lines.get(i).text(), lines.get(i + 1).text());
            lines.set(i, lines.get(i).withText(texts.get(0)));
            lines.set(i + 1, lines.get(i + 1).withText(texts.get(1)));
        }
        return new Page(lines, characters == 0 ? 0 : confidence / characters);
    }

    /**
     * Drops the page number from the foot of the page when it was read as something else: a short
     * line centred on the page, last on it (— 2 — read as 人 came between 受理31 and 662件 of a
     * number the page break split). Read right, the normaliser would drop it as page furniture anyway.
     */
    static void dropFolio(List<PageLine> lines, int pageWidth) {
        if (lines.size() < 2) {
            return;
        }
        PageLine last = lines.get(lines.size() - 1);
        boolean isShort = last.text().codePointCount(0, last.text().length()) <= MAX_FOLIO;
        if (isShort && Math.abs(last.x() + last.width() / 2 - pageWidth / 2.0) < last.charSize()) {
            lines.remove(lines.size() - 1);
        }
    }

    /**
     * The lines read, with the lines the page layout passed over ({@link LostLines}) read on their
     * own and put in their place. A lost band may hold more than one line, so it is read as a block.
     */
    private List<TesseractTsv.Line> withLostLines(BufferedImage page, int dpi, List<TesseractTsv.Line> read, Path file,
                                                  ReadLimits limits) throws BulletinReadException {
        List<TesseractTsv.Line> lines = new ArrayList<>(read);
        for (Rectangle band : LostLines.in(page, read)) {
            List<TesseractTsv.Line> found = new ArrayList<>();
            for (TesseractTsv.Line line : readPart(page, dpi, band, LOST_MARGIN, GREY, "6", file, limits)) {
                if (line.confidence() >= LOST_MIN_CONFIDENCE) {
                    found.add(line);
                }
            }
            int below = 0;
            while (below < lines.size() && lines.get(below).top() <= band.y) {
                below++;
            }
            lines.addAll(below, found);
        }
        return lines;
    }

    /**
     * A line read with little confidence, read again on its own, enlarged twice, with a few margins
     * of white around it: Tesseract reads a lone line of larger type better (a garbled period line,
     * 06月3上6月目）, came out as printed, (6月3日一6月7日)), but how well depends on the margin, and
     * on whether it is read in grey or in black and white, so the most confident of the readings is kept.
     */
    private TesseractTsv.Line readAgain(BufferedImage page, int dpi, TesseractTsv.Line line, Path file,
                                        ReadLimits limits) throws BulletinReadException {
        TesseractTsv.Line best = line;
        Rectangle box = new Rectangle(line.left(), line.top(), line.width(), line.height());
        for (double share : RETRY_MARGINS) {
            best = moreConfident(best, line, readPart(page, dpi, box, share, GREY, "7", file, limits));
        }
        for (int threshold : RETRY_THRESHOLDS) {
            best = moreConfident(best, line, readPart(page, dpi, box, RETRY_MARGINS[1], threshold, "7", file, limits));
        }
        return best;
    }

    private static TesseractTsv.Line moreConfident(TesseractTsv.Line best, TesseractTsv.Line line,
                                                   List<TesseractTsv.Line> again) {
        return again.size() == 1 && again.get(0).confidence() > best.confidence() ? line.readAs(again.get(0)) : best;
    }

    /**
     * The lines of a part of the page, cut out with a margin of white ({@code share} of its height)
     * and enlarged, as Tesseract reads them with page segmentation mode {@code psm}; none when
     * Tesseract crashes on it, which it can on a sliver of a page.
     */
    private List<TesseractTsv.Line> readPart(BufferedImage page, int dpi, Rectangle part, double share, int threshold,
                                             String psm, Path file, ReadLimits limits) throws BulletinReadException {
        int margin = (int) Math.round(part.height * share);
        Rectangle cut = new Rectangle(part.x - margin, part.y - margin, part.width + 2 * margin, part.height + 2 * margin)
                .intersection(new Rectangle(page.getWidth(), page.getHeight()));
        if (cut.isEmpty()) {
            return List.of();
        }
        BufferedImage alone = Ocr.enlarged(page.getSubimage(cut.x, cut.y, cut.width, cut.height), PART_SCALE);
        if (threshold != GREY) {
            blackAndWhite(alone, threshold);
        }
        try {
            return TesseractTsv.lines(run(alone, dpi * PART_SCALE, List.of("--psm", psm), file, limits)).stream()
                    .map(line -> line.onPage(cut.x, cut.y, PART_SCALE)).toList();
        } catch (BulletinReadException e) {
            if (e.code() == ErrorCode.TIMEOUT) {
                throw e;
            }
            return List.of();
        }
    }

    /** Makes a greyscale image black where darker than {@code threshold} and white elsewhere. */
    private static void blackAndWhite(BufferedImage grey, int threshold) {
        byte[] pixels = ((DataBufferByte) grey.getRaster().getDataBuffer()).getData();
        for (int i = 0; i < pixels.length; i++) {
            pixels[i] = (pixels[i] & 0xff) < threshold ? 0 : (byte) 255;
        }
    }

    /** Runs Tesseract on one image and returns its TSV. */
    private String run(BufferedImage image, int dpi, List<String> options, Path file, ReadLimits limits)
            throws BulletinReadException {
        // The page goes in and the words come out through files, so that waiting for the process is
        // all there is to time out: a pipe could block either side.
        Path page = null;
        Path words = null;
        Process process = null;
        try {
            page = Files.createTempFile("bulletin-page", ".pgm");
            words = Files.createTempFile("bulletin-page", ".tsv");
            Files.write(page, greyscalePgm(image));
            List<String> arguments = new ArrayList<>(List.of(command, "stdin", "stdout", "-l", LANGUAGE));
            arguments.addAll(options);
            arguments.addAll(List.of("--dpi", Integer.toString(dpi), "tsv"));
            ProcessBuilder builder = new ProcessBuilder(arguments)
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
            return Files.readString(words, StandardCharsets.UTF_8);
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

    @Override
    public String whyUnavailable() {
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

    private static BufferedImage grey(BufferedImage image) {
        return image.getType() == BufferedImage.TYPE_BYTE_GRAY ? image : Ocr.enlarged(image, 1);
    }

    /** The image as an 8-bit greyscale PGM, which Tesseract reads without decoding a compressed format. */
    static byte[] greyscalePgm(BufferedImage image) {
        BufferedImage grey = grey(image);
        byte[] header = ("P5\n" + grey.getWidth() + " " + grey.getHeight() + "\n255\n").getBytes(StandardCharsets.US_ASCII);
        byte[] pgm = Arrays.copyOf(header, header.length + grey.getWidth() * grey.getHeight());
        // Row by row through the raster, which knows where a sub-image's rows start in its buffer.
        byte[] row = new byte[grey.getWidth()];
        for (int y = 0; y < grey.getHeight(); y++) {
            grey.getRaster().getDataElements(0, y, grey.getWidth(), 1, row);
            System.arraycopy(row, 0, pgm, header.length + y * grey.getWidth(), grey.getWidth());
        }
        return pgm;
    }
}
