package io.github.bulletinextractor.archive;

import static io.github.bulletinextractor.TestData.PARSER;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.bulletinextractor.model.ErrorCode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArchiveTest {

    @TempDir
    Path dir;

    @Test
    void listsFilesInAStableOrderSkippingHiddenAndTemporaryOnes() throws Exception {
        Path root = ArchiveFixture.archive(dir);

        List<ArchiveFiles.Entry> entries = ArchiveFiles.list(List.of(root), (f, why) -> {
            throw new AssertionError(f + " " + why);
        });

        assertThat(entries)
                .extracting(e -> e.relative().toString().replace('\\', '/'))
                .containsExactly(
                        "archive/2024/a-weekly-12.txt",
                        "archive/2024/b-weekly-37.pdf",
                        "archive/2024/c-broken.pdf",
                        "archive/2024/d-weekly-2023-21.docx",
                        "archive/2025/monthly-03.txt");
    }

    @Test
    void aFolderOfPageImagesIsOneEntry() throws Exception {
        Path root = Files.createDirectories(dir.resolve("archive"));
        Files.writeString(root.resolve("weekly-12.txt"), "text");
        Path scan = Files.createDirectories(root.resolve("weekly-13"));
        Files.write(scan.resolve("p1.png"), new byte[] {1});
        Files.write(scan.resolve("p2.png"), new byte[] {1});
        Files.write(scan.resolve(".DS_Store"), new byte[] {1});
        Path mixed = Files.createDirectories(root.resolve("mixed"));
        Files.write(mixed.resolve("cover.jpg"), new byte[] {1});
        Files.writeString(mixed.resolve("weekly-14.txt"), "text");

        List<ArchiveFiles.Entry> entries = ArchiveFiles.list(List.of(root), (f, why) -> {
            throw new AssertionError(f + " " + why);
        });

        assertThat(entries)
                .extracting(e -> e.relative().toString().replace('\\', '/'))
                .containsExactly(
                        "archive/mixed/cover.jpg",
                        "archive/mixed/weekly-14.txt",
                        "archive/weekly-12.txt",
                        "archive/weekly-13");
    }

    @Test
    void aSymbolicLinkLoopIsReportedNotFollowed() throws Exception {
        Path root = ArchiveFixture.archive(dir);
        Files.createSymbolicLink(root.resolve("2025/loop"), root);
        List<String> problems = new ArrayList<>();

        List<ArchiveFiles.Entry> entries = ArchiveFiles.list(List.of(root), (f, why) -> problems.add(why));

        assertThat(entries).hasSize(5);
        assertThat(problems).containsExactly("symbolic link loop, not followed");
    }

    @Test
    void linksToNothingAndSpecialFilesAreReportedNotSkippedInSilence() throws Exception {
        Path root = ArchiveFixture.archive(dir);
        Files.createSymbolicLink(root.resolve("2025/dangling.pdf"), root.resolve("no-such-file.pdf"));
        Files.createSymbolicLink(root.resolve("2025/self.pdf"), root.resolve("2025/self.pdf"));
        boolean fifo = mkfifo(root.resolve("2025/pipe.txt"));
        List<String> problems = new ArrayList<>();

        List<ArchiveFiles.Entry> entries =
                ArchiveFiles.list(List.of(root), (f, why) -> problems.add(f.getFileName() + ": " + why));

        assertThat(entries).hasSize(5);
        assertThat(problems)
                .contains(
                        "dangling.pdf: symbolic link to nothing (its target is missing or a loop), skipped",
                        "self.pdf: symbolic link to nothing (its target is missing or a loop), skipped");
        if (fifo) {
            assertThat(problems).contains("pipe.txt: not a regular file but a named pipe, socket or device, skipped");
        }
    }

    @Test
    void aNamedPipeNamedDirectlyFailsAtOnceInsteadOfWaitingForAWriter() throws Exception {
        Path pipe = dir.resolve("pipe.txt");
        org.junit.jupiter.api.Assumptions.assumeTrue(mkfifo(pipe), "mkfifo is not available here");

        assertThat(org.assertj.core.api.Assertions.catchThrowableOfType(
                        () -> PARSER.parse(pipe), io.github.bulletinextractor.BulletinReadException.class))
                .satisfies(e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.NOT_READABLE);
                    assertThat(e.reason()).contains("named pipe");
                });
    }

    @Test
    void theOutputFolderInsideTheArchiveIsNotRead() throws Exception {
        Path root = ArchiveFixture.archive(dir);
        Path out = Files.createDirectories(root.resolve("out"));
        Files.writeString(out.resolve("weekly-12.json"), "{}");

        List<ArchiveFiles.Entry> entries = ArchiveFiles.list(List.of(root), out, (f, why) -> {});

        assertThat(entries).hasSize(5).noneMatch(e -> e.file().startsWith(out));
    }

    private static boolean mkfifo(Path path) throws InterruptedException {
        try {
            return new ProcessBuilder("mkfifo", path.toString()).start().waitFor() == 0;
        } catch (java.io.IOException e) {
            return false;
        }
    }

    @Test
    void resultsComeInFileOrderWithTheFailureInItsPlace() throws Exception {
        List<ArchiveFiles.Entry> entries = ArchiveFiles.list(List.of(ArchiveFixture.archive(dir)), (f, why) -> {});

        List<ParseResult> results;
        try (Stream<ParseResult> stream = Archive.parse(PARSER, entries, 3)) {
            results = stream.toList();
        }

        assertThat(results).extracting(ParseResult::entry).isEqualTo(entries);
        assertThat(results)
                .extracting(ParseResult.Parsed.class::isInstance)
                .containsExactly(true, true, false, true, true);
        ParseResult.Failed broken = (ParseResult.Failed) results.get(2);
        assertThat(broken.code()).isEqualTo(ErrorCode.CORRUPT_FILE);
        assertThat(broken.message()).startsWith(entries.get(2).file() + ": not a readable PDF");
        assertThat(((ParseResult.Parsed) results.get(1)).bulletin().issue().number())
                .isEqualTo(37);
    }

    @Test
    void filesOfTheSameNameKeepTheirWholePath() throws Exception {
        Path a = Files.createDirectories(dir.resolve("a"));
        Path b = Files.createDirectories(dir.resolve("b"));
        Files.writeString(a.resolve("x.txt"), "第 1 期");
        Files.writeString(b.resolve("x.txt"), "第 2 期");
        Files.writeString(b.resolve("~周报.txt"), "a real file whose name starts with a tilde");

        List<ArchiveFiles.Entry> entries =
                ArchiveFiles.list(List.of(a.resolve("x.txt"), b.resolve("x.txt"), b), (f, why) -> {});

        assertThat(entries)
                .extracting(ArchiveFiles.Entry::relative)
                .doesNotHaveDuplicates()
                .hasSize(4);
        assertThat(entries.get(0).relative().toString()).endsWith("a/x.txt").isNotEqualTo("x.txt");
        assertThat(entries)
                .extracting(e -> e.relative().getFileName().toString())
                .contains("~周报.txt");
    }
}
