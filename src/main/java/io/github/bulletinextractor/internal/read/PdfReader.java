package io.github.bulletinextractor.internal.read;

import io.github.bulletinextractor.internal.ReadFailure;
import io.github.bulletinextractor.model.ErrorCode;
import io.github.bulletinextractor.model.OcrMode;
import io.github.bulletinextractor.model.Warning;
import io.github.bulletinextractor.model.WarningCode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Reads PDF with PDFBox: lines in reading order, page by page, with the page they are on and a
 * paragraph-start mark where a line is indented from the margin. Running headers and footers
 * repeated on most pages are dropped; page numbers are left to the normaliser, which removes them
 * from every format alike. Pages without usable text are rendered and read with OCR where
 * {@link Ocr} allows, else reported, never passed off as empty.
 */
public final class PdfReader implements DocumentReader {

    private static final int MIN_SCAN_DPI = 100;
    private static final int MAX_SCAN_DPI = 600;
    /** Print drawn as shapes is rendered at this resolution for OCR: body type then stands 66 pixels high. */
    private static final int SHAPES_DPI = 300;

    private final Ocr ocr;

    public PdfReader(Ocr ocr) {
        this.ocr = ocr;
    }

    @Override
    public boolean reads(String mediaType) {
        return MediaTypes.PDF.equals(mediaType);
    }

    @Override
    public String formats() {
        return "PDF";
    }

    @Override
    public RawDocument read(Path file, byte[] content, String mediaType, ReadLimits limits) throws ReadFailure {
        try (PDDocument document = Loader.loadPDF(content)) {
            int pageCount = document.getNumberOfPages();
            if (pageCount == 0) {
                throw new ReadFailure(file, ErrorCode.EMPTY_FILE, "the PDF has no pages");
            }
            limits.checkPages(pageCount);
            PdfLineCollector collector = new PdfLineCollector(limits);
            collector.getText(document);
            return withOcr(file, document, collector.pages(pageCount), limits);
        } catch (ReadLimits.Stopped e) {
            throw e.failure();
        } catch (StackOverflowError e) {
            throw new ReadFailure(file, ErrorCode.CORRUPT_FILE, "the PDF is nested too deeply to read", null);
        } catch (InvalidPasswordException e) {
            throw new ReadFailure(file, ErrorCode.ENCRYPTED, "the PDF is protected by a password", e);
        } catch (IOException e) {
            throw new ReadFailure(file, ErrorCode.CORRUPT_FILE, "not a readable PDF: " + e.getMessage(), e);
        }
    }

    /**
     * A scanned page is rendered at the resolution of its scan: PDFBox scales images without
     * smoothing unless the PDF asks for it, so rendering a 150 dpi scan at 300 dpi only makes it
     * blocky, while the OCR engine resamples what it reads smoothly itself. A page without an image
     * (glyphs drawn as shapes) is rendered at {@link #SHAPES_DPI}.
     */
    private static int renderingDpi(PDPage page) throws IOException {
        float pageLongSide =
                Math.max(page.getMediaBox().getWidth(), page.getMediaBox().getHeight());
        int dpi = 0;
        PDResources resources = page.getResources();
        if (resources != null && pageLongSide > 0) {
            for (COSName name : resources.getXObjectNames()) {
                if (resources.getXObject(name) instanceof PDImageXObject image) {
                    dpi = Math.max(dpi, ScanResolution.of(Math.max(image.getWidth(), image.getHeight()), pageLongSide));
                }
            }
        }
        return dpi == 0 ? SHAPES_DPI : Math.max(MIN_SCAN_DPI, Math.min(MAX_SCAN_DPI, dpi));
    }

    /** Pages without usable text (and with {@code --ocr always} every page) read with OCR where it can be. */
    private RawDocument withOcr(Path file, PDDocument document, List<List<PageLine>> pages, ReadLimits limits)
            throws ReadFailure, IOException {
        Set<Integer> leftOut = new TreeSet<>();
        List<Integer> toRead = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            boolean usable =
                    TextLayer.isUsable(pages.get(i).stream().map(PageLine::text).collect(Collectors.joining()));
            if (!ocr.wanted(usable)) {
                if (!usable) {
                    leftOut.add(i + 1);
                }
            } else if (ocr.mode() == OcrMode.AUTO && !ocr.whyUnavailable().isEmpty()) {
                leftOut.add(i + 1); // reported below; with --ocr always missing OCR is an error
            } else {
                toRead.add(i + 1);
            }
        }
        List<Warning> warnings = new ArrayList<>();
        List<OcrDoubt> doubts = List.of();
        if (!toRead.isEmpty()) {
            PDFRenderer renderer = new PDFRenderer(document);
            Ocr.Result read = ocr.read(
                    toRead,
                    page -> {
                        int dpi = renderingDpi(document.getPage(page - 1));
                        return new Ocr.PageImage(renderer.renderImageWithDPI(page - 1, dpi, ImageType.GRAY), dpi);
                    },
                    file,
                    limits);
            read.pages.forEach((page, lines) -> pages.set(page - 1, lines));
            warnings.addAll(read.warnings);
            doubts = read.doubts;
        }
        if (leftOut.size() == pages.size()) {
            String why = ocr.whyUnavailable();
            throw new ReadFailure(
                    file,
                    ocr.mode() == OcrMode.NEVER ? ErrorCode.NO_TEXT_LAYER : ErrorCode.OCR_UNAVAILABLE,
                    (pages.size() == 1 ? "the page has" : "no page has")
                            + " usable text (a scan, or fonts without a Unicode mapping), and " + why);
        }
        if (!leftOut.isEmpty()) {
            warnings.add(new Warning(
                    WarningCode.NO_TEXT_LAYER,
                    "no usable text on page(s) " + leftOut + " (a scan, or fonts without a Unicode mapping), left out: "
                            + ocr.whyUnavailable(),
                    leftOut.iterator().next()));
        }
        return PageLines.document(pages, leftOut, MediaTypes.PDF, warnings, toRead, doubts);
    }
}
