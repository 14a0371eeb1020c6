package io.github.bulletinextractor.internal.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PageImagesTest {

    @TempDir
    Path dir;

    @Test
    void pagesComeInTheOrderOfTheNumbersInTheirNames() throws Exception {
        for (String name : new String[] {"scan-10.png", "scan-2.png", "scan-1.png", "Scan-3.TIF", ".hidden"}) {
            Files.write(dir.resolve(name), new byte[] {1});
        }

        assertThat(PageImages.inFolder(dir))
                .extracting(p -> p.getFileName().toString())
                .containsExactly("scan-1.png", "scan-2.png", "Scan-3.TIF", "scan-10.png");
    }

    @Test
    void theLastNumberOfANameIsItsPage() {
        assertThat(PageImages.pageNumber(Path.of("weekly-2024-12-p7.jpg"))).isEqualTo(7);
        assertThat(PageImages.pageNumber(Path.of("cover.png"))).isZero();
    }

    @Test
    void aFolderWithAnythingButImagesIsNotAScan() throws Exception {
        Files.write(dir.resolve("p1.png"), new byte[] {1});
        Files.writeString(dir.resolve("notes.txt"), "x");

        assertThat(PageImages.inFolder(dir)).isEmpty();
        assertThat(PageImages.inFolder(Files.createDirectories(dir.resolve("empty"))))
                .isEmpty();
    }
}
