package io.github.bulletinextractor.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/** The sample bulletins of {@code testdata} the benchmarks run on, and copies of them for batches. */
final class Samples {

    static final Path TESTDATA = Path.of(System.getProperty("bench.testdata", "testdata"));
    /**
     * The bulletins written for issue 14 (family-*) measure accuracy; the figures keep to the eight
     * samples they were first measured on, so that a figure compares with its history.
     */
    private static final String NOT_MEASURED = "family-";

    private Samples() {}

    /** The eight sample bulletins of {@code testdata/bulletins} as text and Markdown. */
    static List<Path> texts() {
        return list(TESTDATA.resolve("bulletins"), ".txt", ".md");
    }

    /** Every PDF form of the eight samples in {@code testdata/forms}. */
    static List<Path> pdfs() {
        return list(TESTDATA.resolve("forms"), ".pdf");
    }

    /** The samples in the other formats of {@code testdata/forms}: Word, OpenDocument, RTF, HTML, GB18030 and Big5 text. */
    static List<Path> documents() {
        try (Stream<Path> files = Files.list(TESTDATA.resolve("forms"))) {
            return files.filter(f -> !f.getFileName().toString().endsWith(".pdf"))
                    .filter(f -> !f.getFileName().toString().startsWith(NOT_MEASURED))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the forms", e);
        }
    }

    /**
     * A folder of {@code count} documents cycling through {@code sources}, each copy under its own
     * name (and so its own output), made once and reused by later runs.
     */
    static Path copies(Path folder, List<Path> sources, int count) {
        try {
            Files.createDirectories(folder);
            for (int i = 0; i < count; i++) {
                Path source = sources.get(i % sources.size());
                String name = source.getFileName().toString();
                int dot = name.lastIndexOf('.');
                Path copy = folder.resolve(String.format("%05d-%s%s", i, name.substring(0, dot), name.substring(dot)));
                if (!Files.exists(copy)) {
                    Files.copy(source, copy, StandardCopyOption.REPLACE_EXISTING);
                }
            }
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make the batch folder " + folder, e);
        }
    }

    static List<Path> list(Path folder, String... suffixes) {
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> found = files.filter(f ->
                            Arrays.stream(suffixes).anyMatch(f.getFileName().toString()::endsWith))
                    .filter(f -> !f.getFileName().toString().startsWith(NOT_MEASURED))
                    .sorted()
                    .toList();
            if (found.isEmpty()) {
                throw new IllegalStateException(
                        "no samples in " + folder.toAbsolutePath() + "; run the benchmarks from the project folder");
            }
            return found;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder, e);
        }
    }
}
