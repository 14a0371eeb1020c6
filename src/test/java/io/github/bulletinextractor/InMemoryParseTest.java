package io.github.bulletinextractor;

import static io.github.bulletinextractor.TestData.PARSER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bulletinextractor.model.Bulletin;
import io.github.bulletinextractor.model.ErrorCode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Content in memory or from a stream is read as the same file would be, under one error contract. */
class InMemoryParseTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "testdata/bulletins/weekly-2024-12.txt",
                "testdata/forms/weekly-2024-12.pdf",
                "testdata/forms/weekly-2024-12.docx",
                "testdata/forms/weekly-2024-37.gb18030.txt"
            })
    void bytesAndStreamsGiveTheRecordOfTheFile(String path) throws Exception {
        Path file = Path.of(path);
        byte[] content = Files.readAllBytes(file);
        String name = file.getFileName().toString();

        Bulletin fromFile = PARSER.parse(file);

        assertThat(PARSER.parse(content, name)).isEqualTo(fromFile);
        try (InputStream in = new ByteArrayInputStream(content)) {
            assertThat(PARSER.parse(in, name)).isEqualTo(fromFile);
        }
    }

    @Test
    void aStreamOverTheSizeLimitIsTooLargeBeforeItIsReadToTheEnd() {
        BulletinParser small = BulletinParser.builder().maxFileSize(1000).build();
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                return 'a';
            }
        };

        assertThatThrownBy(() -> small.parse(endless, "endless.txt"))
                .isInstanceOfSatisfying(BulletinReadException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.TOO_LARGE);
                    assertThat(e.getMessage()).contains("endless.txt", "1000");
                });
    }

    @Test
    void aFailingStreamIsNotReadable() {
        InputStream failing = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("connection reset");
            }
        };

        assertThatThrownBy(() -> PARSER.parse(failing, "upload.pdf"))
                .isInstanceOfSatisfying(BulletinReadException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.NOT_READABLE);
                    assertThat(e.getMessage()).contains("upload.pdf", "connection reset");
                });
    }

    @Test
    void textIsRefusedAsAFileWouldBe() {
        assertThatThrownBy(() -> PARSER.parse("Dear colleagues, the meeting moves to Friday.", "memo.txt"))
                .isInstanceOfSatisfying(
                        BulletinReadException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.NOT_A_BULLETIN));
        assertThatThrownBy(() -> PARSER.parse(" \n\n ", "blank.txt"))
                .isInstanceOfSatisfying(
                        BulletinReadException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.EMPTY_FILE));
        assertThatThrownBy(() ->
                        BulletinParser.builder().maxCharacters(10).build().parse("2024年第 12 期\n一、工作动态", "long.txt"))
                .isInstanceOfSatisfying(
                        BulletinReadException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.TOO_LARGE));
        assertThatThrownBy(() -> PARSER.parse(new byte[0], "empty.pdf"))
                .isInstanceOfSatisfying(
                        BulletinReadException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.EMPTY_FILE));
    }
}
