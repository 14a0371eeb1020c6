package io.github.bulletinextractor.internal.read;

import io.github.bulletinextractor.internal.ReadFailure;
import io.github.bulletinextractor.model.ErrorCode;
import java.nio.file.Path;
import java.util.List;

/**
 * The Tika parser module each office format needs, and whether it is on the class path. The
 * modules are optional dependencies of the library, so a program that reads only text and PDF
 * does not carry Tika and POI; a file that needs a missing one is refused by name.
 */
final class OfficeModules {

    /** The Tika version the library is built and tested with; a test holds it to the pom's. */
    static final String TIKA_VERSION = "3.3.1";

    private static final String WORD = "tika-parser-microsoft-module";
    private static final String HTML = "tika-parser-html-module";
    private static final String MISC_OFFICE = "tika-parser-miscoffice-module";

    private OfficeModules() {}

    /** What a file of this type is called in messages. */
    static String describe(String mediaType) {
        return switch (mediaType) {
            case MediaTypes.DOCX -> "Word document";
            case MediaTypes.ODT -> "OpenDocument text";
            case MediaTypes.OLE2 -> "Word 97-2003 document";
            case MediaTypes.RTF -> "RTF document";
            default -> "HTML page";
        };
    }

    /**
     * The Maven coordinates that read this type: Tika's core, which its modules expect to be given
     * (they declare it {@code provided}), and the module.
     */
    static String coordinates(String mediaType) {
        String module = switch (mediaType) {
            case MediaTypes.DOCX, MediaTypes.OLE2, MediaTypes.RTF -> WORD;
            case MediaTypes.HTML -> HTML;
            default -> MISC_OFFICE;
        };
        return "org.apache.tika:tika-core:" + TIKA_VERSION + " and org.apache.tika:" + module + ":" + TIKA_VERSION;
    }

    /**
     * @throws ReadFailure {@code UNSUPPORTED_FORMAT} naming the coordinates to add when a
     *                               class the format is read with is not on the class path
     */
    static void requireFor(Path file, String mediaType) throws ReadFailure {
        for (String name : classesFor(mediaType)) {
            try {
                Class.forName(name, false, OfficeModules.class.getClassLoader());
            } catch (ClassNotFoundException | LinkageError e) {
                throw missing(file, mediaType, null);
            }
        }
    }

    /** The refusal of a file whose module is missing; {@code e} when a module was there but a class it needs was not. */
    static ReadFailure missing(Path file, String mediaType, LinkageError e) {
        return new ReadFailure(
                file,
                ErrorCode.UNSUPPORTED_FORMAT,
                "is a " + describe(mediaType)
                        + ", which is read with the optional dependencies " + coordinates(mediaType)
                        + "; add them to read such files",
                e);
    }

    /**
     * Tika's core, its parser for the type, and the library under it: a module without its core or
     * its library reads nothing.
     */
    private static List<String> classesFor(String mediaType) {
        List<String> classes = new java.util.ArrayList<>(List.of("org.apache.tika.parser.AutoDetectParser"));
        classes.addAll(
                switch (mediaType) {
                    case MediaTypes.DOCX ->
                        List.of(
                                "org.apache.tika.parser.microsoft.ooxml.OOXMLParser",
                                "org.apache.poi.xwpf.usermodel.XWPFDocument");
                    case MediaTypes.OLE2 ->
                        List.of("org.apache.tika.parser.microsoft.OfficeParser", "org.apache.poi.hwpf.HWPFDocument");
                    case MediaTypes.HTML -> List.of("org.apache.tika.parser.html.JSoupParser", "org.jsoup.Jsoup");
                    case MediaTypes.RTF -> List.of("org.apache.tika.parser.microsoft.rtf.RTFParser");
                    default -> List.of("org.apache.tika.parser.odf.OpenDocumentParser");
                });
        return classes;
    }
}
