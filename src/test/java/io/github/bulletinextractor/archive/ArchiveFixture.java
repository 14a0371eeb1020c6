package io.github.bulletinextractor.archive;

import io.github.bulletinextractor.TestData;
import java.nio.file.Files;
import java.nio.file.Path;

/** Archive folders for tests, built from the test data. */
public final class ArchiveFixture {

    private ArchiveFixture() {}

    /** An archive folder: the four real samples, a broken file in the middle, and files to skip. */
    public static Path archive(Path dir) throws Exception {
        Path root = Files.createDirectories(dir.resolve("archive"));
        Files.createDirectories(root.resolve("2024"));
        Files.createDirectories(root.resolve("2025"));
        Files.createDirectories(root.resolve(".git"));
        Files.copy(TestData.bulletin("weekly-2024-12.txt"), root.resolve("2024/a-weekly-12.txt"));
        Files.copy(TestData.form("weekly-2024-37.pdf"), root.resolve("2024/b-weekly-37.pdf"));
        Files.write(root.resolve("2024/c-broken.pdf"), "%PDF-1.7 cut short".getBytes());
        Files.copy(TestData.form("weekly-2023-21.docx"), root.resolve("2024/d-weekly-2023-21.docx"));
        Files.copy(TestData.bulletin("monthly-2025-03.txt"), root.resolve("2025/monthly-03.txt"));
        Files.writeString(root.resolve("2024/~$d-weekly-2023-21.docx"), "lock file");
        Files.writeString(root.resolve(".DS_Store"), "hidden");
        Files.writeString(root.resolve(".git/config"), "hidden folder");
        return root;
    }
}
