package io.github.bulletinextractor.internal.read;

import io.github.bulletinextractor.internal.ReadFailure;
import io.github.bulletinextractor.internal.ocr.OcrEngine;
import io.github.bulletinextractor.internal.ocr.OcrLine;
import io.github.bulletinextractor.internal.ocr.OcrPage;
import io.github.bulletinextractor.model.ErrorCode;
import io.github.bulletinextractor.model.OcrMode;
import io.github.bulletinextractor.model.Warning;
import io.github.bulletinextractor.model.WarningCode;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;

/**
 * Which pages a parser reads with OCR, and reading them: the pages of a file go to the engine
 * several at once, so that a file of many pages keeps the engine's threads busy, while images are
 * made one at a time on the reading thread in page order.
 */
public final class Ocr {

    /** Below this mean confidence (0–100) a page is flagged for checking. */
    static final double LOW_CONFIDENCE = 90;
    /** Each page read with OCR adds this to the file's time limit: a page takes about a second on two cores. */
    static final Duration TIME_PER_PAGE = Duration.ofSeconds(30);
    /** Characters of context kept on either side of a place OCR is unsure of. */
    private static final int CONTEXT = 8;
    /**
     * What OCR makes of a page number, — 2 —, at worst: dashes, 一 and digits. Looser than the
     * normaliser's PageFurniture (一 alone passes), so trusted only on a page's centred last line.
     */
    private static final Pattern FOLIO = Pattern.compile("[\\s\\d一—–\\-－_~]{1,7}");

    private final OcrMode mode;
    private final OcrEngine engine;
    /** How many pages of one file are given to the engine before the first is waited for. */
    private final int pagesAtOnce;

    public Ocr(OcrMode mode, OcrEngine engine, int pagesAtOnce) {
        this.mode = mode;
        this.engine = engine;
        this.pagesAtOnce = pagesAtOnce;
    }

    OcrMode mode() {
        return mode;
    }

    /** Whether a page is to be read with OCR, given whether its text layer is usable. */
    boolean wanted(boolean usableText) {
        return mode == OcrMode.ALWAYS || mode == OcrMode.AUTO && !usableText;
    }

    /** Why OCR cannot be used here ("" when it can): its libraries missing, or turned off. */
    String whyUnavailable() {
        return mode == OcrMode.NEVER ? "OCR is turned off (--ocr never)" : engine.whyUnavailable();
    }

    /** A page's image and its resolution. */
    record PageImage(BufferedImage image, int dpi) {}

    /** Makes the image of a page (from 1) when its turn comes, on the reading thread. */
    interface PageRenderer {
        PageImage image(int page) throws IOException, ReadFailure;
    }

    /** What OCR read from the pages of a file. */
    static final class Result {
        final Map<Integer, List<PageLine>> pages = new TreeMap<>();
        final List<Warning> warnings = new ArrayList<>();
        final List<OcrDoubt> doubts = new ArrayList<>();
    }

    private record Pending(int page, int dpi, Future<OcrPage> reading) {}

    /**
     * Reads the pages with OCR.
     *
     * @param pages the pages to read, from 1, in order
     * @throws ReadFailure {@code OCR_UNAVAILABLE} when the engine is missing or fails,
     *                               {@code TIMEOUT} when the file's time is up
     */
    Result read(List<Integer> pages, PageRenderer renderer, Path file, ReadLimits limits)
            throws ReadFailure, IOException {
        String why = whyUnavailable();
        if (!why.isEmpty()) {
            throw new ReadFailure(file, ErrorCode.OCR_UNAVAILABLE, "needs OCR, but " + why);
        }
        Result result = new Result();
        Deque<Pending> pending = new ArrayDeque<>();
        try {
            for (int page : pages) {
                limits.checkTime();
                limits.extend(TIME_PER_PAGE);
                PageImage image = renderer.image(page);
                pending.add(new Pending(page, image.dpi(), engine.read(grey(image.image()), image.dpi())));
                if (pending.size() >= pagesAtOnce) {
                    take(pending.poll(), file, limits, result);
                }
            }
            while (!pending.isEmpty()) {
                take(pending.poll(), file, limits, result);
            }
        } finally {
            pending.forEach(p -> p.reading().cancel(false));
        }
        return result;
    }

    /** Waits for a page and adds its lines, with warnings where it was read with little confidence or not at all. */
    private static void take(Pending pending, Path file, ReadLimits limits, Result result) throws ReadFailure {
        OcrPage page;
        try {
            page = pending.reading().get(limits.remaining().toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            pending.reading().cancel(false);
            throw limits.timedOut();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw limits.timedOut();
        } catch (ExecutionException e) {
            throw new ReadFailure(
                    file,
                    ErrorCode.OCR_UNAVAILABLE,
                    "OCR failed on page " + pending.page() + ": " + e.getCause().getMessage(),
                    e.getCause());
        }
        int number = pending.page();
        if (page.confidence() < LOW_CONFIDENCE && !page.lines().isEmpty()) {
            result.warnings.add(new Warning(
                    WarningCode.OCR_LOW_CONFIDENCE,
                    "OCR read page %d with %.0f%% confidence; check what was extracted from it against the scan"
                            .formatted(number, page.confidence()),
                    number));
        }
        List<PageLine> lines = new ArrayList<>();
        double points = 72.0 / pending.dpi(); // lines in points, as a PDF's are
        for (OcrLine line : page.lines()) {
            for (OcrLine.Doubt doubt : line.doubts()) {
                OcrDoubt found = doubt(number, line.text(), doubt);
                result.doubts.add(found);
                if (found.unread()) {
                    result.warnings.add(new Warning(
                            WarningCode.OCR_UNREAD_CHARACTER,
                            found.describe() + " on page " + number
                                    + " (one outside its dictionary, or lost to the scan); nothing was put in its place: check the scan",
                            number));
                }
            }
            String text = OcrRepair.line(line.text());
            if (!text.isEmpty()) {
                lines.add(new PageLine(text, line.left() * points, line.width() * points, line.charSize() * points, 0));
            }
        }
        withoutFolio(lines);
        result.pages.put(number, lines);
    }

    private static OcrDoubt doubt(int page, String text, OcrLine.Doubt doubt) {
        int start = doubt.offset();
        int end = start + doubt.length();
        return new OcrDoubt(
                page,
                text.substring(Math.max(0, start - CONTEXT), start),
                text.substring(start, end),
                text.substring(end, Math.min(text.length(), end + CONTEXT)),
                doubt.confidence());
    }

    /**
     * Drops the page number from the foot of the page where OCR read it as something other than a
     * number ({@code — 1 —} read as 一): the last line, centred, of nothing but dashes, 一 and digits.
     * Read right, the normaliser drops it as page furniture anyway.
     */
    static void withoutFolio(List<PageLine> lines) {
        if (lines.size() < 2) {
            return;
        }
        PageLine last = lines.get(lines.size() - 1);
        double margin = PageLine.leftMargin(lines);
        boolean centred = Math.abs(last.x() + last.width() / 2 - PageLine.textCentre(lines, margin)) < last.charSize();
        if (centred && FOLIO.matcher(last.text()).matches()) {
            lines.remove(lines.size() - 1);
        }
    }

    /** The image in 8-bit greyscale, which is what the engine reads. */
    private static BufferedImage grey(BufferedImage image) {
        if (image.getType() == BufferedImage.TYPE_BYTE_GRAY) {
            return image;
        }
        BufferedImage grey = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = grey.createGraphics();
        g.setColor(Color.WHITE); // what is transparent in the image is paper
        g.fillRect(0, 0, grey.getWidth(), grey.getHeight());
        g.drawImage(image, 0, 0, null);
        g.dispose();
        return grey;
    }
}
