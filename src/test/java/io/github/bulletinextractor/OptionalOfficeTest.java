package io.github.bulletinextractor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Office formats are read with optional dependencies (Tika's parser modules and POI): a program
 * that embeds the library without them still reads text and PDF, and an office file is refused
 * with {@code UNSUPPORTED_FORMAT} naming the module to add, never a {@code NoClassDefFoundError}.
 * The library is loaded here by a class loader that hides them.
 */
class OptionalOfficeTest {

    private static final String TIKA = Pom.property("tika.version");

    @ParameterizedTest
    @CsvSource({
        "weekly-2024-12.docx, Word document, tika-parser-microsoft-module",
        "weekly-2023-21.doc, Word 97-2003 document, tika-parser-microsoft-module",
        "weekly-2024-12.html, HTML page, tika-parser-html-module",
        "weekly-2024-12.odt, OpenDocument text, tika-parser-miscoffice-module",
        "monthly-2025-03.rtf, RTF document, tika-parser-microsoft-module"
    })
    void withoutTikaAnOfficeFileNamesTheModuleToAdd(String file, String kind, String module) throws Exception {
        Parser parser = new Parser(List.of("org.apache.tika.", "org.apache.poi.", "org.jsoup."));

        Throwable e = parser.refusal(TestData.form(file));

        assertThat(e.getClass().getMethod("code").invoke(e)).hasToString("UNSUPPORTED_FORMAT");
        assertThat(e.getMessage())
                .contains(file, kind, "org.apache.tika:tika-core:" + TIKA, "org.apache.tika:" + module + ":" + TIKA);
    }

    @Test
    void withoutTikaTextAndPdfStillRead() throws Exception {
        Parser parser = new Parser(List.of("org.apache.tika.", "org.apache.poi.", "org.jsoup."));

        assertThat(parser.parse(TestData.form("weekly-2024-12.pdf"))).contains("2024", "四川省政府政务服务和公共资源交易服务中心");
        assertThat(parser.parse(TestData.bulletin("weekly-2024-12.txt"))).contains("屈洪斌");
    }

    /** Tika's modules declare their core as provided: a module alone cannot read. */
    @Test
    void aModuleWithoutTikasCoreIsRefused() throws Exception {
        Parser parser = new Parser(List.of("org.apache.tika.parser.AutoDetectParser", "org.apache.tika.parser.Parser"));

        Throwable e = parser.refusal(TestData.form("weekly-2024-12.docx"));

        assertThat(e.getClass().getMethod("code").invoke(e)).hasToString("UNSUPPORTED_FORMAT");
        assertThat(e.getMessage()).contains("org.apache.tika:tika-core:" + TIKA);
    }

    /** The module without the library under it once read a Word file as empty (EMPTY_FILE). */
    @Test
    void aWordModuleWithoutPoiIsRefusedAndHtmlStillReads() throws Exception {
        Parser parser = new Parser(List.of("org.apache.poi."));

        Throwable e = parser.refusal(TestData.form("weekly-2024-12.docx"));

        assertThat(e.getClass().getMethod("code").invoke(e)).hasToString("UNSUPPORTED_FORMAT");
        assertThat(e.getMessage()).contains("org.apache.tika:tika-parser-microsoft-module:" + TIKA);
        assertThat(parser.parse(TestData.form("weekly-2024-12.html"))).contains("屈洪斌");
    }

    /** A BulletinParser loaded without the hidden packages. */
    private static final class Parser {
        private final Object parser;
        private final Method parse;

        Parser(List<String> hidden) throws ReflectiveOperationException {
            ClassLoader loader = new HidingClassLoader(OptionalOfficeTest.class.getClassLoader(), hidden, List.of());
            Class<?> parserClass = Class.forName(BulletinParser.class.getName(), true, loader);
            parser = parserClass.getMethod("create").invoke(null);
            parse = parserClass.getMethod("parse", Path.class);
        }

        String parse(Path file) throws ReflectiveOperationException {
            return parse.invoke(parser, file).toString();
        }

        Throwable refusal(Path file) {
            Throwable e = assertThrows(InvocationTargetException.class, () -> parse.invoke(parser, file))
                    .getCause();
            assertThat(e.getClass().getName()).isEqualTo(BulletinReadException.class.getName());
            return e;
        }
    }
}
