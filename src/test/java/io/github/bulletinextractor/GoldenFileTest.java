package io.github.bulletinextractor;

import static io.github.bulletinextractor.TestData.BULLETINS;
import static io.github.bulletinextractor.TestData.EXPECTED;
import static io.github.bulletinextractor.TestData.PARSER;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each bulletin in {@code testdata/bulletins} against its hand-checked record in
 * {@code testdata/expected} (same base name, {@code .json}).
 */
class GoldenFileTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    static Stream<Path> bulletins() throws IOException {
        try (Stream<Path> files = Files.list(BULLETINS)) {
            return files.filter(GoldenFileTest::isBulletin).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bulletins")
    void matchesItsExpectedRecord(Path bulletin) throws Exception {
        Path expectedFile = EXPECTED.resolve(baseName(bulletin) + ".json");
        assertThat(expectedFile)
                .as("every sample bulletin needs a hand-checked expected record")
                .exists();

        JsonNode expected = JSON.readTree(expectedFile.toFile());
        JsonNode actual = JSON.readTree(BulletinJson.toPrettyJson(PARSER.parse(bulletin)));

        assertThat(actual.toPrettyString()).isEqualTo(expected.toPrettyString());
    }

    @Test
    void everyExpectedRecordHasItsBulletin() throws IOException {
        List<String> bulletinNames = bulletins().map(GoldenFileTest::baseName).toList();
        try (Stream<Path> expected = Files.list(EXPECTED)) {
            assertThat(expected.map(GoldenFileTest::baseName)).allMatch(bulletinNames::contains);
        }
    }

    private static boolean isBulletin(Path file) {
        String name = file.getFileName().toString();
        return Files.isRegularFile(file) && !name.startsWith(".");
    }

    private static String baseName(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? name : name.substring(0, dot);
    }
}
