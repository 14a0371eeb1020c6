package io.github.bulletinextractor.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.Transliterator;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The Traditional-to-Simplified table that {@link FoldedText} uses is ICU's own transliteration,
 * character by character (with the few current forms below), stored so that parsing need not start ICU's transliterator (half a
 * second). Run {@link #main} to write it again after an ICU upgrade.
 */
class TraditionalSimplifiedTableTest {

    static final String RESOURCE = "/io/github/bulletinextractor/internal/text/traditional-simplified.txt";

    /**
     * Where ICU's character-by-character answer is not the form in use today: 諮 is written 咨
     * (咨询) since the 2013 table of standard characters, and 谘 with it.
     */
    private static final String[][] CURRENT_FORMS = {{"諮", "咨"}, {"谘", "咨"}};

    /** Each line: a Traditional character and its Simplified form. */
    static String computeWithIcu() {
        Transliterator toSimplified = Transliterator.getInstance("Traditional-Simplified");
        StringBuilder table = new StringBuilder();
        int[][] ranges = {{0x3400, 0x4DBF}, {0x4E00, 0x9FFF}, {0xF900, 0xFAFF}};
        for (int[] range : ranges) {
            for (int cp = range[0]; cp <= range[1]; cp++) {
                String traditional = new String(Character.toChars(cp));
                String simplified = toSimplified.transliterate(traditional);
                for (String[] current : CURRENT_FORMS) {
                    if (current[0].equals(traditional)) {
                        simplified = current[1];
                    }
                }
                if (simplified.codePointCount(0, simplified.length()) == 1 && !simplified.equals(traditional)) {
                    table.append(traditional).append(simplified).append('\n');
                }
            }
        }
        return table.toString();
    }

    @Test
    void tableIsIcusTransliterationInCurrentForms() throws IOException {
        try (InputStream in = FoldedText.class.getResourceAsStream(RESOURCE)) {
            assertThat(in).as("table resource").isNotNull();
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(computeWithIcu());
        }
    }

    @Test
    void traditionalTextFoldsToSimplified() {
        assertThat(FoldedText.of("三、廳（局）長進大廳").folded()).isEqualTo("三、厅(局)长进大厅");
        assertThat(FoldedText.of("本週，共計諮詢 1838人次").folded()).isEqualTo("本周,共计咨询1838人次");
        assertThat(FoldedText.of("廳長").original(0, 2)).isEqualTo("廳長");
    }

    public static void main(String[] args) throws IOException {
        Files.writeString(Path.of("src/main/resources" + RESOURCE), computeWithIcu(), StandardCharsets.UTF_8);
    }
}
