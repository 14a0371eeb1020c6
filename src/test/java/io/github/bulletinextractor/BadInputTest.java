package io.github.bulletinextractor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bulletinextractor.model.Bulletin;
import io.github.bulletinextractor.model.ErrorCode;
import io.github.bulletinextractor.model.OcrMode;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every file of {@code testdata/bad} (made by {@code testdata/generator/make-bad-inputs.sh}) gets
 * its documented answer: a typed failure naming the file, or a record where the file is good.
 */
class BadInputTest {

    private static final Path BAD = Path.of("testdata", "bad");
    /** OCR off: these files are about what cannot be read; a PDF without text is NO_TEXT_LAYER (ScanTest covers OCR). */
    private static final BulletinParser PARSER =
            BulletinParser.builder().ocr(OcrMode.NEVER).build();

    /** The answer for each file: an error code, or null for a file that parses. */
    static final Map<String, ErrorCode> ANSWERS = new TreeMap<>(Map.ofEntries(
            Map.entry("empty.txt", ErrorCode.EMPTY_FILE),
            Map.entry("truncated.pdf", ErrorCode.CORRUPT_FILE),
            Map.entry("truncated.docx", ErrorCode.CORRUPT_FILE),
            Map.entry("encrypted.pdf", ErrorCode.ENCRYPTED),
            Map.entry("password.docx", ErrorCode.ENCRYPTED),
            Map.entry("random-bytes.pdf", ErrorCode.UNSUPPORTED_FORMAT),
            Map.entry("binary-noise.txt", ErrorCode.UNSUPPORTED_FORMAT),
            Map.entry("no-text-layer.pdf", ErrorCode.NO_TEXT_LAYER),
            Map.entry("memo-english.txt", ErrorCode.NOT_A_BULLETIN),
            Map.entry("notice-chinese.txt", ErrorCode.NOT_A_BULLETIN),
            Map.entry("zip-bomb.docx", ErrorCode.TOO_LARGE),
            Map.entry("deeply-nested.html", ErrorCode.NOT_A_BULLETIN)));

    static Stream<Arguments> failures() {
        return ANSWERS.entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @ParameterizedTest(name = "{0} is {1}")
    @MethodSource("failures")
    void eachBadFileGetsItsTypedFailure(String name, ErrorCode code) {
        Path file = BAD.resolve(name);

        assertThatThrownBy(() -> PARSER.parse(file)).isInstanceOfSatisfying(BulletinReadException.class, e -> {
            assertThat(e.code()).isEqualTo(code);
            assertThat(e.getMessage()).startsWith(file.toString() + ": ");
            assertThat(e.file()).isEqualTo(file);
        });
    }

    @Test
    void theCorpusHoldsNoFileWithoutAnAnswer() throws Exception {
        try (Stream<Path> files = Files.list(BAD)) {
            assertThat(files.map(f -> f.getFileName().toString()))
                    .allMatch(name -> ANSWERS.containsKey(name)
                            || name.equals("word-named.pdf")
                            || name.equals("窗口工作周报 2024年 第37期.txt"));
        }
    }

    @Test
    void goodFilesAmongTheBadParse() throws Exception {
        Bulletin misnamed = PARSER.parse(BAD.resolve("word-named.pdf"));
        Bulletin spaced = PARSER.parse(BAD.resolve("窗口工作周报 2024年 第37期.txt"));

        assertThat(misnamed.issue().number()).isEqualTo(12);
        assertThat(spaced.issue().number()).isEqualTo(37);
        assertThat(spaced.source().fileName()).isEqualTo("窗口工作周报 2024年 第37期.txt");
    }

    @Test
    void aVeryLargeTextOnOneLineIsTooLarge(@TempDir Path dir) throws Exception {
        Path big = dir.resolve("big.txt");
        byte[] line = "本周，窗口运行平稳。".repeat(1000).getBytes(StandardCharsets.UTF_8);
        try (var out = Files.newOutputStream(big)) {
            for (int i = 0; i < 1000; i++) { // some 30 MB, no line break
                out.write(line);
            }
        }

        assertThatThrownBy(() -> PARSER.parse(big))
                .isInstanceOfSatisfying(
                        BulletinReadException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.TOO_LARGE));
    }

    @Test
    void theTimeLimitStopsTheWork() {
        BulletinParser hurried =
                BulletinParser.builder().timeout(Duration.ofNanos(1)).build();

        assertThatThrownBy(() -> hurried.parse(TestData.form("weekly-2024-12.pdf")))
                .isInstanceOfSatisfying(BulletinReadException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.TIMEOUT);
                    assertThat(e.reason()).contains("was stopped");
                });
    }

    @Test
    void limitsAreOptions() {
        BulletinParser strict =
                BulletinParser.builder().maxPages(2).maxCharacters(100).build();

        assertThatThrownBy(() -> strict.parse(TestData.form("weekly-2024-12.pdf")))
                .isInstanceOfSatisfying(BulletinReadException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.TOO_LARGE);
                    assertThat(e.reason()).contains("5 pages");
                });
        assertThatThrownBy(() -> strict.parse(TestData.bulletin("weekly-2024-12.txt")))
                .isInstanceOfSatisfying(
                        BulletinReadException.class, e -> assertThat(e.reason()).contains("100 characters"));
    }

    @Test
    void aFolderThatCannotBeReadIsReported(@TempDir Path dir) throws Exception {
        Assumptions.assumeFalse(
                "root".equals(System.getProperty("user.name")),
                "root reads every folder, so there is no unreadable folder to make");
        Path locked = Files.createDirectories(dir.resolve("locked"));
        Files.writeString(locked.resolve("x.txt"), "第 1 期");
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        try {
            List<String> problems = new java.util.ArrayList<>();
            io.github.bulletinextractor.archive.ArchiveFiles.list(List.of(dir), (f, why) -> problems.add(why));
            assertThat(problems).singleElement().asString().startsWith("cannot be read");
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
        }
    }

    /** The whole corpus, with good files among the bad, through the CLI in a JVM of 512 MB. */
    @Test
    void aBatchIn512MegabytesSurvivesTheCorpusAndKeepsTheGoodRecords(@TempDir Path dir) throws Exception {
        Path mixed = Files.createDirectories(dir.resolve("mixed"));
        try (Stream<Path> files = Files.list(BAD)) {
            for (Path file : files.toList()) {
                Files.copy(file, mixed.resolve(file.getFileName()));
            }
        }
        Files.copy(TestData.bulletin("monthly-2025-03.txt"), mixed.resolve("monthly-2025-03.txt"));
        Path out = dir.resolve("out");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(
                        java,
                        "-Xmx512m",
                        "-cp",
                        System.getProperty("java.class.path"),
                        "io.github.bulletinextractor.cli.Main",
                        "extract",
                        "--quiet",
                        "--threads",
                        "2",
                        "--out",
                        out.toString(),
                        mixed.toString())
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("log.txt").toFile())
                .start();
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).as("finishes").isTrue();

        String log = Files.readString(dir.resolve("log.txt"));
        assertThat(process.exitValue()).as(log).isEqualTo(1);
        assertThat(log).doesNotContain("OutOfMemoryError").doesNotContain("\tat ");
        assertThat(Files.readAllLines(out.resolve("failures.csv"))).hasSize(1 + ANSWERS.size());
        assertThat(Files.readAllLines(out.resolve("bulletins.jsonl"))).hasSize(3);
        assertThat(out.resolve("mixed" + File.separator + "monthly-2025-03.txt.json"))
                .exists();
    }
}
