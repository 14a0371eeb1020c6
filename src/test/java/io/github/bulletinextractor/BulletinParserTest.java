package io.github.bulletinextractor;

import static io.github.bulletinextractor.TestData.BULLETINS;
import static io.github.bulletinextractor.TestData.PARSER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bulletinextractor.model.Bulletin;
import io.github.bulletinextractor.model.ErrorCode;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BulletinParserTest {

    private static final Path SAMPLE = TestData.bulletin("weekly-2024-12.txt");

    @TempDir
    Path dir;

    @Test
    void describesTheSourceFile() throws Exception {
        Bulletin bulletin = PARSER.parse(SAMPLE);

        assertThat(bulletin.source().fileName()).isEqualTo("weekly-2024-12.txt");
        assertThat(bulletin.source().mediaType()).isEqualTo("text/plain");
        assertThat(bulletin.source().sha256()).hasSize(64).matches("[0-9a-f]+");
        assertThat(bulletin.source().pageCount()).isNull();
    }

    @Test
    void textInMemoryGivesTheSameRecordAsTheFile() throws Exception {
        String text = Files.readString(SAMPLE);

        Bulletin fromText = PARSER.parse(text, "weekly-2024-12.txt");
        Bulletin fromFile = PARSER.parse(SAMPLE);

        assertThat(fromText).usingRecursiveComparison().ignoringFields("source").isEqualTo(fromFile);
    }

    @Test
    void readsGb18030Text() throws Exception {
        Path gbk = dir.resolve("gbk.txt");
        Files.write(gbk, Files.readString(SAMPLE).getBytes(Charset.forName("GB18030")));

        Bulletin bulletin = PARSER.parse(gbk);

        assertThat(bulletin.issue().number()).isEqualTo(12);
        assertThat(bulletin.publisher()).isEqualTo("四川省政府政务服务和公共资源交易服务中心");
    }

    @Test
    void formFeedsArePageBreaks() throws Exception {
        Bulletin bulletin = PARSER.parse("2024年第 5 期\n\f一、工作动态\n\f（一）本周，窗口运行平稳。", "paged.txt");

        assertThat(bulletin.source().pageCount()).isEqualTo(3);
        assertThat(bulletin.sections().get(0).page()).isEqualTo(2);
        assertThat(bulletin.sections().get(0).children().get(0).page()).isEqualTo(3);
    }

    @Test
    void aFormFeedAtTheEndStartsNoPage() throws Exception {
        assertThat(PARSER.parse("第 1 期\fa\f", "t.txt").source().pageCount()).isEqualTo(2);
    }

    @Test
    void missingFileIsNotFound() {
        assertThatThrownBy(() -> PARSER.parse(dir.resolve("nothing.txt")))
                .isInstanceOfSatisfying(BulletinReadException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.NOT_FOUND);
                    assertThat(e.getMessage()).contains("nothing.txt");
                });
    }

    @Test
    void folderIsNotReadable() {
        assertThatThrownBy(() -> PARSER.parse(dir))
                .isInstanceOfSatisfying(
                        BulletinReadException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.NOT_READABLE));
    }

    @Test
    void emptyFileAndBlankFileAreEmpty() throws Exception {
        Path empty = Files.write(dir.resolve("empty.txt"), new byte[0]);
        Path blank = Files.writeString(dir.resolve("blank.txt"), "\n \n\t\n");

        for (Path file : List.of(empty, blank)) {
            assertThatThrownBy(() -> PARSER.parse(file))
                    .isInstanceOfSatisfying(
                            BulletinReadException.class,
                            e -> assertThat(e.code()).isEqualTo(ErrorCode.EMPTY_FILE));
        }
    }

    @Test
    void contentDecidesTheFormatWhateverTheName() throws Exception {
        Path pdf =
                Files.write(dir.resolve("scan.txt"), "%PDF-1.7\n%\u00e2\u00e3".getBytes(StandardCharsets.ISO_8859_1));
        Path noise = Files.write(dir.resolve("noise.txt"), new byte[] {0, 1, 2, 3, 4, 5, 6, 7, 8, 0, 0, 0});

        assertThatThrownBy(() -> PARSER.parse(pdf)).isInstanceOfSatisfying(BulletinReadException.class, e -> {
            assertThat(e.code()).isEqualTo(ErrorCode.CORRUPT_FILE);
            assertThat(e.reason()).startsWith("not a readable PDF");
        });
        assertThatThrownBy(() -> PARSER.parse(noise))
                .isInstanceOfSatisfying(
                        BulletinReadException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.UNSUPPORTED_FORMAT));
    }

    @Test
    void fileOverTheLimitIsTooLarge() throws Exception {
        BulletinParser small = BulletinParser.builder().maxFileSize(100).build();

        assertThatThrownBy(() -> small.parse(SAMPLE))
                .isInstanceOfSatisfying(
                        BulletinReadException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.TOO_LARGE));
        assertThatThrownBy(() -> BulletinParser.builder().maxFileSize(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void oneParserServesManyThreads() throws Exception {
        List<Path> samples;
        try (var files = Files.list(BULLETINS)) {
            samples = files.sorted().toList();
        }
        List<String> sequential = samples.stream().map(this::json).toList();

        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            for (int round = 0; round < 10; round++) {
                List<Future<String>> results =
                        samples.stream().map(f -> pool.submit(() -> json(f))).toList();
                for (int i = 0; i < samples.size(); i++) {
                    assertThat(results.get(i).get()).isEqualTo(sequential.get(i));
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private String json(Path file) {
        try {
            return BulletinJson.toJsonLine(PARSER.parse(file));
        } catch (BulletinReadException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void jsonReadsBackIntoTheSameRecord() throws Exception {
        Bulletin bulletin = PARSER.parse(SAMPLE);

        assertThat(BulletinJson.fromJson(BulletinJson.toPrettyJson(bulletin))).isEqualTo(bulletin);
    }

    @Test
    void recordsAreImmutable() throws Exception {
        Bulletin bulletin = PARSER.parse(SAMPLE);

        assertThatThrownBy(() -> bulletin.sections().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> bulletin.visits().get(0).titles().add("x"))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aWordFileNamedPdfIsReadAsWord() throws Exception {
        Path misnamed = Files.copy(TestData.form("weekly-2024-12.docx"), dir.resolve("weekly.pdf"));

        Bulletin bulletin = PARSER.parse(misnamed);

        assertThat(bulletin.source().mediaType())
                .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(bulletin.issue().number()).isEqualTo(12);
    }

    @Test
    void pdfRecordsCarryPages() throws Exception {
        Bulletin bulletin = PARSER.parse(TestData.form("weekly-2024-12.pdf"));

        assertThat(bulletin.source().pageCount()).isEqualTo(5);
        assertThat(bulletin.sections())
                .extracting(io.github.bulletinextractor.model.Section::page)
                .doesNotContainNull();
        assertThat(bulletin.visits())
                .extracting(io.github.bulletinextractor.model.Visit::page)
                .containsOnly(3);
        assertThat(bulletin.metrics())
                .extracting(io.github.bulletinextractor.model.Metric::page)
                .doesNotContainNull()
                .isSorted();
    }
}
