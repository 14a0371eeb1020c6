package io.github.bulletinextractor.internal.read;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import io.github.bulletinextractor.internal.ReadFailure;
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
 * decoding cleanly; GB18030 (and so GBK and GB2312) and Big5 by ICU's charset detector, or for
 * texts too short for it by which reading gives common characters. A form feed starts a new page,
 * as printers and some converters write them.
 */
public final class PlainTextReader implements DocumentReader {

    /** From this ICU confidence (0–100) on, its guess is taken as it is. */
    private static final int CONFIDENT = 50;
    /** The encodings of Chinese text files that are not Unicode: Simplified, then Traditional. */
    private static final List<String> CHINESE = List.of("GB18030", "Big5");

    @Override
    public boolean reads(String mediaType) {
        return MediaTypes.TEXT.equals(mediaType) || MediaTypes.MARKDOWN.equals(mediaType);
    }

    @Override
    public String formats() {
        return "plain text and Markdown";
    }

    @Override
    public RawDocument read(Path file, byte[] content, String mediaType, ReadLimits limits) throws ReadFailure {
        List<Warning> warnings = new ArrayList<>();
        String text = decode(content, file, warnings);
        limits.checkCharacters(text.length());
        return ofText(text, mediaType, warnings);
    }

    /** Lines of text already decoded; a form feed starts a new page. */
    public static RawDocument ofText(String text, String mediaType, List<Warning> warnings) {
        String body = withoutTrailingFormFeed(text);
        boolean paginated = body.indexOf('\f') >= 0;
        List<SourceLine> lines = new ArrayList<>();
        int page = 1;
        // One pass: \f ends a page, and \n, \r or \r\n a line. Each break is found with indexOf, which
        // is faster than a loop over the characters, and looked for again only once passed.
        int newline = body.indexOf('\n');
        int carriageReturn = body.indexOf('\r');
        int formFeed = body.indexOf('\f');
        for (int start = 0; start <= body.length(); ) {
            newline = newline >= 0 && newline < start ? body.indexOf('\n', start) : newline;
            carriageReturn = carriageReturn >= 0 && carriageReturn < start ? body.indexOf('\r', start) : carriageReturn;
            formFeed = formFeed >= 0 && formFeed < start ? body.indexOf('\f', start) : formFeed;
            int end = earliest(earliest(newline, carriageReturn), earliest(formFeed, body.length()));
            lines.add(new SourceLine(body.substring(start, end), paginated ? page : null));
            if (end == carriageReturn && end + 1 == newline) {
                end++;
            }
            if (end == formFeed || end == body.length()) {
                page++;
            }
            start = end + 1;
        }
        return new RawDocument(lines, mediaType, paginated ? page - 1 : null, warnings);
    }

    /** The earlier of two positions, -1 standing for none. */
    private static int earliest(int a, int b) {
        return a < 0 ? b : b < 0 ? a : Math.min(a, b);
    }

    /** A form feed ends a page; one followed only by white space does not start another. */
    private static String withoutTrailingFormFeed(String text) {
        int end = text.length();
        int cut = -1;
        while (end > 0 && " \t\n\u000B\f\r".indexOf(text.charAt(end - 1)) >= 0) {
            end--;
            if (text.charAt(end) == '\f') {
                cut = end;
            }
        }
        return cut < 0 ? text : text.substring(0, cut);
    }

    static String decode(byte[] content, Path file, List<Warning> warnings) {
        if (hasPrefix(content, 0xEF, 0xBB, 0xBF)) {
            return new String(content, 3, content.length - 3, StandardCharsets.UTF_8);
        }
        if (hasPrefix(content, 0xFE, 0xFF) || hasPrefix(content, 0xFF, 0xFE)) {
            return new String(content, StandardCharsets.UTF_16);
        }
        String utf8 = strict(content, StandardCharsets.UTF_8);
        if (utf8 != null) {
            return utf8;
        }
        CharsetDetector detector = new CharsetDetector();
        detector.setText(content);
        for (CharsetMatch match : detector.detectAll()) {
            if (CHINESE.contains(match.getName()) && match.getConfidence() >= CONFIDENT) {
                String decoded = strict(content, Charset.forName(match.getName()));
                if (decoded != null) {
                    return decoded;
                }
            }
        }
        // Short texts give ICU too little to go on: of the Chinese encodings that decode the bytes
        // cleanly, take the one whose reading uses the most common characters.
        String best = null;
        String bestCharset = "GB18030";
        int bestScore = -1;
        for (String name : CHINESE) {
            String decoded = strict(content, Charset.forName(name));
            int score = decoded == null ? -1 : CommonCharacters.count(decoded, name);
            if (score > bestScore) {
                best = decoded;
                bestCharset = name;
                bestScore = score;
            }
        }
        warnings.add(new Warning(
                WarningCode.UNCERTAIN_ENCODING,
                file.getFileName() + ": encoding guessed as " + bestCharset + (best == null ? " (with errors)" : ""),
                null));
        return best != null ? best : new String(content, Charset.forName(bestCharset));
    }

    private static String strict(byte[] content, Charset charset) {
        try {
            return charset.newDecoder()
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
