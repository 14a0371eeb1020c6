package io.github.bulletinextractor.internal.read;

import static io.github.bulletinextractor.TestData.FORMS;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

class MediaTypesTest {

    @Test
    void contentDecidesNotTheName() throws IOException {
        assertThat(detect("weekly-2024-12.docx", "report.pdf")).isEqualTo(MediaTypes.DOCX);
        assertThat(detect("weekly-2024-12.pdf", "report.docx")).isEqualTo(MediaTypes.PDF);
        assertThat(detect("weekly-2024-12.odt", "x.txt")).isEqualTo(MediaTypes.ODT);
        assertThat(detect("weekly-2023-21.doc", "x.txt")).isEqualTo(MediaTypes.OLE2);
        assertThat(detect("monthly-2025-03.rtf", "x.txt")).isEqualTo(MediaTypes.RTF);
        assertThat(detect("weekly-2024-12.html", "x.txt")).isEqualTo(MediaTypes.HTML);
    }

    @Test
    void textIsTextOrMarkdownByName() {
        byte[] text = "2024年第 12 期".getBytes(StandardCharsets.UTF_8);
        assertThat(MediaTypes.detect(text, "a.txt")).isEqualTo(MediaTypes.TEXT);
        assertThat(MediaTypes.detect(text, "a.md")).isEqualTo(MediaTypes.MARKDOWN);
        assertThat(MediaTypes.detect(text, "a.pdf")).isEqualTo(MediaTypes.TEXT);
    }

    @Test
    void htmlAfterAnXmlDeclarationOrDoctypeIsHtml() {
        assertThat(MediaTypes.detect(
                        "<!DOCTYPE html><html><body><p>x</p></body></html>".getBytes(StandardCharsets.UTF_8), "a"))
                .isEqualTo(MediaTypes.HTML);
        assertThat(MediaTypes.detect(
                        "<?xml version=\"1.0\"?>\n<html><body/></html>".getBytes(StandardCharsets.UTF_8), "a"))
                .isEqualTo(MediaTypes.HTML);
    }

    @Test
    void otherZipsAreZipAndNoiseIsBinary() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("data.csv"));
            zip.write("a,b".getBytes(StandardCharsets.UTF_8));
        }
        assertThat(MediaTypes.detect(bytes.toByteArray(), "a.docx")).isEqualTo(MediaTypes.ZIP);
        assertThat(MediaTypes.detect(new byte[] {0, 1, 2, 3, 4, 5, 6, 7, 0, 0}, "a.txt"))
                .isEqualTo(MediaTypes.BINARY);
        assertThat(MediaTypes.detect(new byte[] {'P', 'K', 3, 4, 1, 2}, "a.docx"))
                .isEqualTo(MediaTypes.ZIP);
    }

    private static String detect(String form, String name) throws IOException {
        return MediaTypes.detect(Files.readAllBytes(FORMS.resolve(form)), name);
    }
}
