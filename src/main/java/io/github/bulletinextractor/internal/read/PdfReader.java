package io.github.bulletinextractor.internal.read;

import io.github.bulletinextractor.BulletinReadException;
import io.github.bulletinextractor.ErrorCode;
import io.github.bulletinextractor.model.Warning;
import io.github.bulletinextractor.model.WarningCode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * Reads PDF with PDFBox: lines in reading order, page by page, with the page they are on and a
 * paragraph-start mark where a line is indented from the margin. Running headers and footers
 * repeated on most pages are dropped; page numbers are left to the normaliser, which removes them
 * from every format alike. Pages without usable text are reported, never passed off as empty.
 */
public final class PdfReader implements DocumentReader {

    @Override
    public boolean reads(String mediaType) {
        return MediaTypes.PDF.equals(mediaType);
    }

    @Override
    public RawDocument read(Path file, byte[] content, String mediaType, ReadLimits limits)
            throws BulletinReadException {
        try (PDDocument document = Loader.loadPDF(content)) {
            limits.checkPages(document.getNumberOfPages());
            PdfLineCollector collector = new PdfLineCollector(limits);
            collector.getText(document);
            return lines(file, collector.pages(), document.getNumberOfPages());
        } catch (ReadLimits.Stopped e) {
            throw e.failure();
        } catch (StackOverflowError e) {
            throw new BulletinReadException(file, ErrorCode.CORRUPT_FILE, "the PDF is nested too deeply to read", null);
        } catch (InvalidPasswordException e) {
            throw new BulletinReadException(file, ErrorCode.ENCRYPTED, "the PDF is protected by a password", e);
        } catch (IOException e) {
            throw new BulletinReadException(file, ErrorCode.CORRUPT_FILE, "not a readable PDF: " + e.getMessage(), e);
        }
    }

    private static RawDocument lines(Path file, List<List<PdfLine>> pages, int pageCount)
            throws BulletinReadException {
        List<Warning> warnings = new ArrayList<>();
        List<Integer> unusable = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            if (!TextLayer.isUsable(pages.get(i).stream().map(PdfLine::text).collect(Collectors.joining()))) {
                unusable.add(i + 1);
            }
        }
        if (unusable.size() == pageCount) {
            throw new BulletinReadException(file, ErrorCode.NO_TEXT_LAYER, (pageCount == 1 ? "the page has" : "no page has")
                    + " usable text (a scan, or fonts without a Unicode mapping); OCR is not supported");
        }
        if (!unusable.isEmpty()) {
            warnings.add(new Warning(WarningCode.NO_TEXT_LAYER, "no usable text on page(s) " + unusable
                    + " (a scan, or fonts without a Unicode mapping); left out", unusable.get(0)));
        }
        List<SourceLine> lines = new ArrayList<>();
        RunningLines running = RunningLines.of(pages);
        for (int i = 0; i < pages.size(); i++) {
            if (unusable.contains(i + 1)) {
                continue;
            }
            List<PdfLine> page = pages.get(i);
            double margin = PdfLine.leftMargin(page);
            double centre = PdfLine.textCentre(page, margin);
            for (int j = 0; j < page.size(); j++) {
                PdfLine line = page.get(j);
                if (running.isRunning(line, j, page.size())) {
                    continue;
                }
                lines.add(new SourceLine(line.text(), i + 1, line.startsParagraph(margin, centre), false,
                        line.boldLead()));
            }
        }
        return new RawDocument(lines, MediaTypes.PDF, pageCount, warnings);
    }
}
