package io.github.bulletinextractor.internal.read;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bulletinextractor.TestData;
import io.github.bulletinextractor.model.Bulletin;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScanResolutionTest {

    @TempDir
    Path dir;

    @Test
    void aPageBoxOfNoPaperSizeIsTakenForA4() {
        // The page was sized from an image that carried no resolution: its pixels taken for points, or at 96 dpi.
        assertThat(ScanResolution.of(1753, 1753)).isEqualTo(150);
        assertThat(ScanResolution.of(1753, 1315)).isEqualTo(150);
        // A4 as it should be: 1753 px over 841 pt.
        assertThat(ScanResolution.of(1753, 841)).isEqualTo(150);
        // An A3 page at 300 dpi.
        assertThat(ScanResolution.of(4961, 1191)).isEqualTo(300);
        assertThat(ScanResolution.ofImage(2339)).isEqualTo(200);
    }

    /** A 150 dpi scan whose page box took each pixel for a point (1240×1753 pt), as for a JPEG without a resolution. */
    @Test
    void aScanWhosePageBoxCameFrom96DpiIsRead() throws Exception {
        byte[] page = Files.readAllBytes(TestData.scan("weekly-2024-12.scan.pdf"));
        Path pdf = dir.resolve("no-resolution.scan.pdf");
        try (PDDocument source = Loader.loadPDF(page);
                PDDocument document = new PDDocument()) {
            PDImageXObject image = (PDImageXObject) source.getPage(0)
                    .getResources()
                    .getXObject(source.getPage(0)
                            .getResources()
                            .getXObjectNames()
                            .iterator()
                            .next());
            java.awt.image.BufferedImage at200 =
                    new java.awt.image.BufferedImage(1654, 2339, java.awt.image.BufferedImage.TYPE_BYTE_GRAY);
            java.awt.Graphics2D g = at200.createGraphics();
            g.setRenderingHint(
                    java.awt.RenderingHints.KEY_INTERPOLATION, java.awt.RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.drawImage(image.getImage(), 0, 0, 1654, 2339, null);
            g.dispose();
            float width = 1654 * 72f / 96;
            float height = 2339 * 72f / 96;
            PDPage sized = new PDPage(new PDRectangle(width, height));
            document.addPage(sized);
            PDImageXObject copy = JPEGFactory.createFromImage(document, at200);
            try (PDPageContentStream content = new PDPageContentStream(document, sized)) {
                content.drawImage(copy, 0, 0, width, height);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            Files.write(pdf, out.toByteArray());
        }

        Bulletin bulletin = TestData.PARSER.parse(pdf);

        assertThat(bulletin.issue().year()).isEqualTo(2024);
        assertThat(bulletin.issue().number()).isEqualTo(12);
        assertThat(bulletin.source().ocrPages()).containsExactly(1);
    }
}
