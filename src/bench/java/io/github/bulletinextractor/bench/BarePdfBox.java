package io.github.bulletinextractor.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * The floor: PDFBox's text stripping, sorted by position, and nothing else. Also run as a program
 * (classpath PDFBox only) for the whole-process comparison with the command-line tool.
 */
public final class BarePdfBox {

    private BarePdfBox() {}

    static String text(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            return stripper.getText(document);
        }
    }

    public static void main(String[] args) throws IOException {
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        out.print(text(Path.of(args[0])));
        out.flush();
    }
}
