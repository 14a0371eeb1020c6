package io.github.bulletinextractor.internal.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bulletinextractor.TestData;
import io.github.bulletinextractor.internal.ReadFailure;
import io.github.bulletinextractor.internal.ocr.OcrEngines;
import io.github.bulletinextractor.model.ErrorCode;
import io.github.bulletinextractor.model.OcrMode;
import io.github.bulletinextractor.model.WarningCode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;

class PdfReaderTest {

    static final ReadLimits LIMITS = new ReadLimits(Path.of("x"), 2_000_000, 500, java.time.Duration.ofSeconds(60));
    private static final Path FILE = Path.of("x.pdf");
    /** OCR off: these tests are about the text layer. */
    private final PdfReader reader = new PdfReader(new Ocr(OcrMode.NEVER, OcrEngines.paddle(1), 1));

    private final PdfReader withoutOcr =
            new PdfReader(new Ocr(OcrMode.AUTO, OcrEngines.unavailable("OCR needs ONNX Runtime on the class path"), 1));

    @Test
    void linesKeepTheirPagesAndIndentedLinesStartParagraphs() throws Exception {
        RawDocument document =
                reader.read(FILE, Files.readAllBytes(TestData.form("weekly-2024-12.pdf")), MediaTypes.PDF, LIMITS);

        assertThat(document.pageCount()).isEqualTo(5);
        assertThat(document.lines())
                .extracting(SourceLine::page)
                .startsWith(1)
                .endsWith(5)
                .isSorted();
        SourceLine heading = document.lines().stream()
                .filter(l -> l.text().startsWith("一、政务工作动态"))
                .findFirst()
                .orElseThrow();
        assertThat(heading.startsParagraph()).isTrue();
        assertThat(document.lines()).noneMatch(l -> l.text().matches("\\s*—\\s*\\d+\\s*—\\s*"));
        assertThat(document.lines()).noneMatch(l -> l.text().matches(".*\\p{IsHan} \\p{IsHan}.*"));
    }

    @Test
    void aPdfWithoutTextIsNoTextLayer() throws Exception {
        byte[] blank = pdf(new String[] {null, null});

        assertThatThrownBy(() -> reader.read(FILE, blank, MediaTypes.PDF, LIMITS))
                .isInstanceOfSatisfying(
                        ReadFailure.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.NO_TEXT_LAYER));
    }

    @Test
    void pagesWithoutTextAreReportedAndLeftOut() throws Exception {
        byte[] mixed = pdf(new String[] {"Weekly bulletin 2024 issue 12", null, "Report to the centre"});

        RawDocument document = reader.read(FILE, mixed, MediaTypes.PDF, LIMITS);

        assertThat(document.pageCount()).isEqualTo(3);
        assertThat(document.warnings()).singleElement().satisfies(w -> {
            assertThat(w.code()).isEqualTo(WarningCode.NO_TEXT_LAYER);
            assertThat(w.page()).isEqualTo(2);
            assertThat(w.message()).contains("[2]");
        });
        assertThat(document.lines()).extracting(SourceLine::page).containsExactly(1, 3);
    }

    @Test
    void aScanWithoutOcrIsOcrUnavailableWithTheReason() throws Exception {
        byte[] blank = pdf(new String[] {null, null});

        assertThatThrownBy(() -> withoutOcr.read(FILE, blank, MediaTypes.PDF, LIMITS))
                .isInstanceOfSatisfying(ReadFailure.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.OCR_UNAVAILABLE);
                    assertThat(e.getMessage()).contains("OCR needs ONNX Runtime on the class path");
                });
    }

    @Test
    void withoutOcrPagesWithoutTextAreLeftOutWithTheReason() throws Exception {
        byte[] mixed = pdf(new String[] {"Weekly bulletin 2024 issue 12", null});

        RawDocument document = withoutOcr.read(FILE, mixed, MediaTypes.PDF, LIMITS);

        assertThat(document.ocrPages()).isEmpty();
        assertThat(document.warnings()).singleElement().satisfies(w -> {
            assertThat(w.code()).isEqualTo(WarningCode.NO_TEXT_LAYER);
            assertThat(w.message()).contains("[2]", "OCR needs ONNX Runtime");
        });
    }

    @Test
    void passwordProtectedIsEncrypted() throws Exception {
        byte[] protectedPdf;
        try (PDDocument document = new PDDocument()) {
            document.addPage(new PDPage());
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "user", new AccessPermission());
            document.protect(policy);
            protectedPdf = save(document);
        }

        assertThatThrownBy(() -> reader.read(FILE, protectedPdf, MediaTypes.PDF, LIMITS))
                .isInstanceOfSatisfying(
                        ReadFailure.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.ENCRYPTED));
    }

    @Test
    void truncatedIsCorrupt() throws Exception {
        byte[] whole = Files.readAllBytes(TestData.form("weekly-2024-37.pdf"));
        byte[] truncated = java.util.Arrays.copyOf(whole, 2000);

        assertThatThrownBy(() -> reader.read(FILE, truncated, MediaTypes.PDF, LIMITS))
                .isInstanceOfSatisfying(
                        ReadFailure.class,
                        e -> assertThat(e.code()).isIn(ErrorCode.CORRUPT_FILE, ErrorCode.NO_TEXT_LAYER));
    }

    @Test
    void aBlankPageWithoutAContentStreamKeepsTheNumbersOfThePagesAfterIt() throws Exception {
        byte[] withBlank;
        try (PDDocument document = new PDDocument()) {
            document.addPage(new PDPage()); // as scanners write a blank page: no content stream at all
            addTextPage(document, "Weekly bulletin 2024 issue 12");
            addTextPage(document, "Report to the centre");
            withBlank = save(document);
        }

        RawDocument document = reader.read(FILE, withBlank, MediaTypes.PDF, LIMITS);

        assertThat(document.pageCount()).isEqualTo(3);
        assertThat(document.lines()).extracting(SourceLine::page).containsExactly(2, 3);
        assertThat(document.warnings())
                .singleElement()
                .satisfies(w -> assertThat(w.page()).isEqualTo(1));
    }

    @Test
    void aPdfWithoutPagesIsEmptyWithAReason() throws Exception {
        byte[] empty;
        try (PDDocument document = new PDDocument()) {
            empty = save(document);
        }

        assertThatThrownBy(() -> withoutOcr.read(FILE, empty, MediaTypes.PDF, LIMITS))
                .isInstanceOfSatisfying(ReadFailure.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.EMPTY_FILE);
                    assertThat(e.reason()).isEqualTo("the PDF has no pages");
                });
    }

    private static void addTextPage(PDDocument document, String text) throws IOException {
        PDPage page = new PDPage();
        document.addPage(page);
        try (PDPageContentStream content = new PDPageContentStream(document, page)) {
            content.beginText();
            content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
            content.newLineAtOffset(72, 700);
            content.showText(text);
            content.endText();
        }
    }

    /** A PDF with one page per entry: the text in Helvetica, or nothing for null. */
    private static byte[] pdf(String[] pages) throws IOException {
        try (PDDocument document = new PDDocument()) {
            for (String text : pages) {
                if (text != null) {
                    addTextPage(document, text);
                    continue;
                }
                PDPage page = new PDPage();
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.addRect(72, 72, 200, 200);
                    content.stroke();
                }
            }
            return save(document);
        }
    }

    private static byte[] save(PDDocument document) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        document.save(out);
        return out.toByteArray();
    }
}
