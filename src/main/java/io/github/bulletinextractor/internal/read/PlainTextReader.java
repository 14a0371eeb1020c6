package io.github.bulletinextractor.internal.read;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import io.github.bulletinextractor.model.Warning;
import io.github.bulletinextractor.model.WarningCode;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads plain text and Markdown. UTF-8 and UTF-16 are recognised by their byte-order marks or by
 * decoding cleanly; anything else is guessed with ICU's charset detector. A form feed starts a new
 * page, as printers and some converters write them.
 */
public final class PlainTextReader implements DocumentReader {

    /** Below this ICU confidence (0–100) a guessed encoding is reported as uncertain. */
    private static final int CONFIDENT = 50;

    @Override
    public boolean reads(String mediaType) {
        return MediaTypes.TEXT.equals(mediaType) || MediaTypes.MARKDOWN.equals(mediaType);
    }

    @Override
    public RawDocument read(Path file, byte[] content, String mediaType) {
        List<Warning> warnings = new ArrayList<>();
        return ofText(decode(content, file, warnings), mediaType, warnings);
    }

    /** Lines of text already decoded; a form feed starts a new page. */
    public static RawDocument ofText(String text, String mediaType, List<Warning> warnings) {
        // A form feed ends a page; one at the very end does not start another.
        String body = text.replaceFirst("\f[\\s]*$", "");
        boolean paginated = body.indexOf('\f') >= 0;
        List<SourceLine> lines = new ArrayList<>();
        int page = 1;
        for (String pageText : body.split("\f", -1)) {
            for (String line : pageText.split("\r\n|\r|\n", -1)) {
                lines.add(new SourceLine(line, paginated ? page : null));
            }
            page++;
        }
        return new RawDocument(lines, mediaType, paginated ? page - 1 : null, warnings);
    }

    static String decode(byte[] content, Path file, List<Warning> warnings) {
        if (hasPrefix(content, 0xEF, 0xBB, 0xBF)) {
            return new String(content, 3, content.length - 3, StandardCharsets.UTF_8);
        }
        if (hasPrefix(content, 0xFE, 0xFF) || hasPrefix(content, 0xFF, 0xFE)) {
            return new String(content, StandardCharsets.UTF_16);
        }
        String utf8 = strictUtf8(content);
        if (utf8 != null) {
            return utf8;
        }
        CharsetDetector detector = new CharsetDetector();
        detector.setText(content);
        CharsetMatch match = detector.detect();
        Charset charset = match == null || !Charset.isSupported(match.getName())
                ? Charset.forName("GB18030") : Charset.forName(match.getName());
        int confidence = match == null ? 0 : match.getConfidence();
        if (confidence < CONFIDENT) {
            warnings.add(new Warning(WarningCode.UNCERTAIN_ENCODING,
                    file.getFileName() + ": encoding guessed as " + charset.name() + " with confidence "
                            + confidence + "/100", null));
        }
        return new String(content, charset);
    }

    private static String strictUtf8(byte[] content) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static boolean hasPrefix(byte[] content, int... prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((content[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
