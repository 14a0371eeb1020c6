package io.github.bulletinextractor.internal.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bulletinextractor.TestData;
import io.github.bulletinextractor.internal.ReadFailure;
import io.github.bulletinextractor.model.ErrorCode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class TikaReaderTest {

    static final ReadLimits LIMITS = new ReadLimits(Path.of("x"), 2_000_000, 500, java.time.Duration.ofSeconds(60));
    private static final Path FILE = Path.of("x");
    private final TikaReader reader = new TikaReader();

    @Test
    void wordParagraphsAreWholeParagraphs() throws Exception {
        RawDocument document =
                reader.read(FILE, Files.readAllBytes(TestData.form("weekly-2024-12.docx")), MediaTypes.DOCX, LIMITS);

        assertThat(document.lines()).allMatch(l -> l.startsParagraph() && l.endsParagraph());
        assertThat(document.lines()).extracting(SourceLine::text).contains("一、政务工作动态", "（名单见附件）");
        assertThat(document.mediaType()).isEqualTo(MediaTypes.DOCX, LIMITS);
    }

    @Test
    void boldRunInTitlesAreMarked() throws Exception {
        RawDocument document = reader.read(
                FILE,
                Files.readAllBytes(TestData.form("synthetic-weekly-2024-23-two-groups.docx")),
                MediaTypes.DOCX,
                LIMITS);

        SourceLine line = document.lines().stream()
                .filter(l -> l.text().startsWith("（三）窗口人员仪容仪表。"))
                .findFirst()
                .orElseThrow();
        assertThat(line.boldLead()).isEqualTo("（三）窗口人员仪容仪表。".length());
    }

    @Test
    void htmlTableRowsAreLinesAndBreaksSplitLines() throws Exception {
        String html = "<html><head><title>ignored</title></head><body><p>一、动态</p>"
                + "<p>第一行<br/>第二行</p><table><tr><td>省发展改革委</td><td>经济和信息化厅</td></tr></table></body></html>";

        RawDocument document = reader.read(FILE, html.getBytes(StandardCharsets.UTF_8), MediaTypes.HTML, LIMITS);

        assertThat(document.lines())
                .extracting(SourceLine::text)
                .containsExactly("一、动态", "第一行", "第二行", "省发展改革委 经济和信息化厅");
        assertThat(document.lines()).extracting(SourceLine::startsParagraph).containsExactly(true, true, false, true);
        assertThat(document.lines()).extracting(SourceLine::endsParagraph).containsExactly(true, false, true, true);
    }

    @Test
    void truncatedWordFileIsCorrupt() throws Exception {
        byte[] whole = Files.readAllBytes(TestData.form("weekly-2024-12.docx"));

        assertThatThrownBy(() -> reader.read(FILE, Arrays.copyOf(whole, whole.length / 2), MediaTypes.DOCX, LIMITS))
                .isInstanceOfSatisfying(ReadFailure.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.CORRUPT_FILE);
                    assertThat(e.reason()).startsWith("not a readable Word document");
                });
    }

    @Test
    void theTikaVersionNamedInRefusalsIsThePoms() {
        assertThat(OfficeModules.TIKA_VERSION).isEqualTo(io.github.bulletinextractor.Pom.property("tika.version"));
    }
}
