import io.github.bulletinextractor.internal.WarningLog;
import io.github.bulletinextractor.internal.normalize.Normaliser;
import io.github.bulletinextractor.internal.normalize.Paragraph;
import io.github.bulletinextractor.internal.read.PlainTextReader;
import io.github.bulletinextractor.internal.segment.BlockClassifier;
import io.github.bulletinextractor.internal.segment.NumberingStyles;
import io.github.bulletinextractor.internal.segment.Segmenter;
import io.github.bulletinextractor.internal.segment.StructuredDocument;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.ibm.icu.text.Transliterator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Prints the paragraphs of a sample bulletin as JSON, each with the role it plays on the page, for
 * make-fixtures.sh to lay out as an official document. With --traditional the text is converted to
 * Traditional characters (for the Big5 fixture).
 */
public class ParagraphDump {
    public static void main(String[] args) throws Exception {
        String text = Files.readString(Path.of(args[0]));
        boolean traditional = args.length > 1 && args[1].equals("--traditional");
        BlockClassifier classifier = new BlockClassifier(NumberingStyles.standard());
        List<Paragraph> paragraphs = new Normaliser(classifier)
                .paragraphs(PlainTextReader.ofText(text, "text/plain", List.of()).lines());
        StructuredDocument document = new Segmenter(classifier).segment(paragraphs, new WarningLog());
        List<Map<String, String>> out = new ArrayList<>();
        Transliterator toTraditional = Transliterator.getInstance("Simplified-Traditional");
        boolean afterMarker = false;
        for (Paragraph p : paragraphs) {
            String role;
            if (document.masthead().contains(p)) {
                role = "masthead";
            } else if (document.backMatter().contains(p)) {
                String t = p.text().strip();
                if (t.matches("附件\\s*\\d*")) {
                    role = "attachment-marker";
                    afterMarker = true;
                } else if (afterMarker) {
                    role = "attachment-title";
                    afterMarker = false;
                } else {
                    role = "back";
                }
            } else {
                role = p.heading() ? "heading" : "body";
            }
            Map<String, String> item = new LinkedHashMap<>();
            item.put("role", role);
            item.put("text", traditional ? toTraditional.transliterate(p.text()) : p.text());
            item.put("bold", Integer.toString(p.boldLead()));
            out.add(item);
        }
        System.out.println(new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(out));
    }
}
