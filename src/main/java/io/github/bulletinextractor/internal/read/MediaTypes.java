package io.github.bulletinextractor.internal.read;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

/**
 * Tells a file's media type from its first bytes, falling back to the file name only where the
 * content carries no signature (plain text and Markdown).
 */
public final class MediaTypes {

    public static final String TEXT = "text/plain";
    public static final String MARKDOWN = "text/markdown";
    public static final String PDF = "application/pdf";
    public static final String ZIP = "application/zip";
    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public static final String ODT = "application/vnd.oasis.opendocument.text";
    public static final String OLE2 = "application/x-tika-msoffice";
    public static final String RTF = "application/rtf";
    public static final String HTML = "text/html";
    public static final String BINARY = "application/octet-stream";
    public static final String PNG = "image/png";
    public static final String JPEG = "image/jpeg";
    public static final String TIFF = "image/tiff";

    /** The page images {@link ScanReader} reads. */
    static final Set<String> IMAGES = Set.of(PNG, JPEG, TIFF);

    /** The formats {@link TikaReader} reads. */
    static final Set<String> TIKA_FORMATS = Set.of(DOCX, ODT, OLE2, RTF, HTML);

    private MediaTypes() {}

    public static String detect(byte[] content, String fileName) {
        if (startsWith(content, "%PDF-")) {
            return PDF;
        }
        if (startsWith(content, "PK\u0003\u0004")) {
            return ZipContents.officeType(content);
        }
        if (content.length >= 8
                && (content[0] & 0xFF) == 0xD0
                && (content[1] & 0xFF) == 0xCF
                && (content[2] & 0xFF) == 0x11
                && (content[3] & 0xFF) == 0xE0) {
            return OLE2;
        }
        if (startsWith(content, "\u0089PNG")) {
            return PNG;
        }
        if (content.length >= 3
                && (content[0] & 0xFF) == 0xFF
                && (content[1] & 0xFF) == 0xD8
                && (content[2] & 0xFF) == 0xFF) {
            return JPEG;
        }
        if (startsWith(content, "II*\u0000") || startsWith(content, "MM\u0000*")) {
            return TIFF;
        }
        if (startsWith(content, "{\\rtf")) {
            return RTF;
        }
        String head = new String(content, 0, Math.min(content.length, 1024), StandardCharsets.ISO_8859_1)
                .stripLeading()
                .toLowerCase(Locale.ROOT);
        // An XML declaration, a comment or a byte-order mark may come before the html element.
        if (head.startsWith("<") && (head.contains("<!doctype html") || head.contains("<html"))
                || head.startsWith("\u00ef\u00bb\u00bf<") && head.contains("<html")) {
            return HTML;
        }
        if (looksBinary(content)) {
            return BINARY;
        }
        String name = fileName.toLowerCase(Locale.ROOT);
        return name.endsWith(".md") || name.endsWith(".markdown") ? MARKDOWN : TEXT;
    }

    private static boolean startsWith(byte[] content, String signature) {
        if (content.length < signature.length()) {
            return false;
        }
        for (int i = 0; i < signature.length(); i++) {
            if (content[i] != (byte) signature.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Control bytes other than tab, line feed, carriage return and form feed do not occur in text;
     * UTF-16 text is recognised by its byte-order mark before this test.
     */
    private static boolean looksBinary(byte[] content) {
        if (content.length >= 2
                && ((content[0] & 0xFF) == 0xFE && (content[1] & 0xFF) == 0xFF
                        || (content[0] & 0xFF) == 0xFF && (content[1] & 0xFF) == 0xFE)) {
            return false;
        }
        int sample = Math.min(content.length, 8192);
        int control = 0;
        for (int i = 0; i < sample; i++) {
            int b = content[i] & 0xFF;
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x1B) {
                control++;
            }
        }
        return control > 0 && control * 100 >= sample; // tolerate a stray control byte, not a binary file
    }
}
