package io.github.bulletinextractor;

import java.nio.file.Path;

/**
 * What the tests share: one parser with the default options, and the folders of {@code testdata}
 * (paths relative to the project root, where Maven runs the tests). A test that needs other options
 * builds its own parser.
 */
public final class TestData {

    /** The parser with the default options: parsers are immutable and thread-safe, so every test may use this one. */
    public static final BulletinParser PARSER = BulletinParser.create();

    /** The bulletins as text and Markdown, each with its record in {@link #EXPECTED}. */
    public static final Path BULLETINS = Path.of("testdata", "bulletins");
    /** Bulletins in the other formats: PDF, Word, ODT, RTF, HTML, text in other encodings. */
    public static final Path FORMS = Path.of("testdata", "forms");
    /** The hand-checked record of each bulletin, {@code NAME.json}. */
    public static final Path EXPECTED = Path.of("testdata", "expected");
    /** Scanned forms: image-only PDFs, TIFFs and folders of page images. */
    public static final Path SCANS = Path.of("testdata", "scans");

    private TestData() {}

    /** A bulletin of {@link #BULLETINS}, e.g. {@code bulletin("weekly-2024-12.txt")}. */
    public static Path bulletin(String fileName) {
        return BULLETINS.resolve(fileName);
    }

    /** A form of {@link #FORMS}, e.g. {@code form("weekly-2024-12.pdf")}. */
    public static Path form(String fileName) {
        return FORMS.resolve(fileName);
    }

    /** A record of {@link #EXPECTED}, e.g. {@code expected("weekly-2024-12.json")}. */
    public static Path expected(String fileName) {
        return EXPECTED.resolve(fileName);
    }

    /** A scan of {@link #SCANS}, e.g. {@code scan("weekly-2024-12.scan.pdf")}. */
    public static Path scan(String fileName) {
        return SCANS.resolve(fileName);
    }
}
