package io.github.bulletinextractor.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.code_intelligence.jazzer.mutation.annotation.NotNull;
import io.github.bulletinextractor.BulletinParser;
import io.github.bulletinextractor.BulletinReadException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Fuzz target for the file readers on raw bytes (detection, PDF, Word, HTML, text): a file either
 * gives a record or a {@link BulletinReadException}, never anything else.
 */
class FileFuzzTest {

    private static final BulletinParser PARSER =
            BulletinParser.builder().timeout(Duration.ofSeconds(10)).build();

    @FuzzTest
    void readers(@NotNull byte[] content) throws IOException {
        Path file = Files.createTempFile("fuzz-", ".bin");
        try {
            Files.write(file, content);
            PARSER.parse(file);
        } catch (BulletinReadException expected) {
            // a typed failure is a right answer for bad bytes
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
