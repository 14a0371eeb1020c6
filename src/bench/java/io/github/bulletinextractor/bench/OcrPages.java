package io.github.bulletinextractor.bench;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * The first page of every scanned fixture ({@code testdata/scans/*.scan.pdf}, 150–300 dpi) as a
 * PNG page image, which both the library and the bare program read: each holds a masthead, so
 * the library takes each for a bulletin.
 */
final class OcrPages {

    private OcrPages() {}

    static List<Path> firstPages(Path folder) throws IOException {
        Files.createDirectories(folder);
        List<Path> pages = new ArrayList<>();
        for (Path scan : Samples.list(Samples.TESTDATA.resolve("scans"), ".scan.pdf")) {
            Path png = folder.resolve(scan.getFileName().toString().replace(".scan.pdf", ".page-1.png"));
            if (!Files.exists(png)) {
                ImageIO.write(firstImage(scan), "png", png.toFile());
            }
            pages.add(png);
        }
        return pages;
    }

    private static BufferedImage firstImage(Path scan) throws IOException {
        try (PDDocument document = Loader.loadPDF(scan.toFile())) {
            PDResources resources = document.getPage(0).getResources();
            for (COSName name : resources.getXObjectNames()) {
                if (resources.getXObject(name) instanceof PDImageXObject image) {
                    return image.getImage();
                }
            }
        }
        throw new IOException(scan + " has no scanned image on its first page");
    }
}
