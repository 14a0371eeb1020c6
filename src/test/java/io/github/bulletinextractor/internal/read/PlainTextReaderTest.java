package io.github.bulletinextractor.internal.read;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bulletinextractor.model.Warning;
import io.github.bulletinextractor.model.WarningCode;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PlainTextReaderTest {

    private static final String TEXT = "2024年第 12 期（总第 483 期）\n（3月25日—3月29日）\n"
            + "四川省政府政务服务和公共资源交易服务中心 2024年 4月 8日\n三、厅（局）长进大厅\n"
            + "本周，生态环境厅副厅长高洁，水利厅一级巡视员都勤到省政务服务大厅窗口调研值守。\n";

    private static String decode(byte[] bytes, List<Warning> warnings) {
        return PlainTextReader.decode(bytes, Path.of("x.txt"), warnings);
    }

    @ParameterizedTest
    @ValueSource(strings = {"UTF-8", "GB18030", "GBK", "Big5", "UTF-16LE", "UTF-16BE"})
    void readsChineseEncodings(String charset) {
        String text =
                charset.equals("Big5") ? "本週，共計諮詢 1838人次、受理 951件。\n三、廳（局）長進大廳\n" + TEXT.replace("政务", "政務") : TEXT;
        byte[] bytes = text.getBytes(Charset.forName(charset));
        if (charset.startsWith("UTF-16")) {
            bytes = withBom(bytes, charset.endsWith("LE"));
        }
        List<Warning> warnings = new ArrayList<>();

        String decoded = decode(bytes, warnings);

        assertThat(decoded).isEqualTo(charset.equals("Big5") ? new String(bytes, Charset.forName("Big5")) : text);
        assertThat(decoded).doesNotContain("\uFFFD");
    }

    @Test
    void utf8ByteOrderMarkIsDropped() {
        byte[] body = TEXT.getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[body.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(body, 0, bytes, 3, body.length);

        assertThat(decode(bytes, new ArrayList<>())).isEqualTo(TEXT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"第3期", "本周，共计咨询 1838人次", "省中心"})
    void shortSimplifiedTextIsReadAsGb18030WithAWarning(String text) {
        List<Warning> warnings = new ArrayList<>();

        assertThat(decode(text.getBytes(Charset.forName("GB18030")), warnings)).isEqualTo(text);
        assertThat(warnings).extracting(Warning::code).containsExactly(WarningCode.UNCERTAIN_ENCODING);
        assertThat(warnings.get(0).message()).contains("GB18030");
    }

    @ParameterizedTest
    @ValueSource(strings = {"廳（局）長進大廳", "本週，共計諮詢"})
    void shortTraditionalTextIsReadAsBig5(String text) {
        assertThat(decode(text.getBytes(Charset.forName("Big5")), new ArrayList<>()))
                .isEqualTo(text);
    }

    private static byte[] withBom(byte[] bytes, boolean littleEndian) {
        byte[] out = new byte[bytes.length + 2];
        out[0] = (byte) (littleEndian ? 0xFF : 0xFE);
        out[1] = (byte) (littleEndian ? 0xFE : 0xFF);
        System.arraycopy(bytes, 0, out, 2, bytes.length);
        return out;
    }

    @Test
    void formFeedsStartPagesAndAnyLineEndEndsALine() {
        RawDocument document = PlainTextReader.ofText("一\r\n二\r三\n四\f五\n\f \n", "text/plain", new ArrayList<>());

        assertThat(document.lines()).extracting(SourceLine::text).containsExactly("一", "二", "三", "四", "五", "");
        assertThat(document.lines()).extracting(SourceLine::page).containsExactly(1, 1, 1, 1, 2, 2);
        assertThat(document.pageCount()).isEqualTo(2);
    }

    /** The one-pass splitter gives the lines and pages the two regular expressions it replaced gave. */
    @Test
    void splitsAsTheRegularExpressionsDid() {
        Random random = new Random(6);
        String alphabet = "ab \r\n\f\t";
        for (int n = 0; n < 5_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(16); i > 0; i--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            RawDocument document = PlainTextReader.ofText(text.toString(), "text/plain", new ArrayList<>());
            assertThat(document.lines())
                    .as(text.toString()
                            .replace("\r", "\\r")
                            .replace("\n", "\\n")
                            .replace("\f", "\\f"))
                    .isEqualTo(byRegularExpressions(text.toString()));
        }
    }

    private static List<SourceLine> byRegularExpressions(String text) {
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
        return lines;
    }
}
