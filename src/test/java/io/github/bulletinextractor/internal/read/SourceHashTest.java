package io.github.bulletinextractor.internal.read;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bulletinextractor.BulletinJson;
import io.github.bulletinextractor.TestData;
import io.github.bulletinextractor.archive.ArchiveFiles;
import io.github.bulletinextractor.archive.ArchiveOutput;
import io.github.bulletinextractor.model.Bulletin;
import io.github.bulletinextractor.model.Source;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceHashTest {

    private static final Path SCAN_FOLDER = TestData.scan("synthetic-weekly-2024-50-pdf24.scan");

    @TempDir
    Path dir;

    @Test
    void aFolderOfPageImagesHashesAsItsImagesReadInPageOrder() throws Exception {
        List<byte[]> pages = new ArrayList<>();
        for (Path image : PageImages.inFolder(SCAN_FOLDER)) {
            pages.add(Files.readAllBytes(image));
        }

        assertThat(SourceHash.of(SCAN_FOLDER)).isEqualTo(SourceHash.of(pages)).hasSize(64);
    }

    @Test
    void aFileHashesAsItsBytes() throws Exception {
        Path file = TestData.bulletin("weekly-2024-12.txt");

        assertThat(SourceHash.of(file)).isEqualTo(SourceHash.of(List.of(Files.readAllBytes(file))));
    }

    /** The resume check of an archive run: a scanned issue kept as a folder is up to date, not read again with OCR. */
    @Test
    void aRecordOfAFolderOfPageImagesIsUpToDate() throws Exception {
        ArchiveFiles.Entry entry = new ArchiveFiles.Entry(SCAN_FOLDER, Path.of("scan"));
        ArchiveOutput output = new ArchiveOutput(dir);
        Bulletin record = new Bulletin(
                Bulletin.SCHEMA_VERSION,
                new Source("scan", "image/png", SourceHash.of(SCAN_FOLDER), 4, List.of(1, 2, 3, 4)),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null);
        Files.writeString(output.jsonOf(entry), BulletinJson.toPrettyJson(record));

        assertThat(output.isUpToDate(entry)).isTrue();
    }
}
