package io.github.bulletinextractor;

import static io.github.bulletinextractor.TestData.BULLETINS;
import static io.github.bulletinextractor.TestData.FORMS;
import static io.github.bulletinextractor.TestData.PARSER;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.github.bulletinextractor.model.Bulletin;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every form an archivist may hold of a sample bulletin (PDF, DOCX, DOC, ODT, RTF, HTML, text in a
 * Chinese encoding, in Traditional characters) gives the record its plain text gives, apart from
 * where it came from ({@code source}, {@code page}) and the spaces layout puts between words.
 * The forms are made by {@code testdata/generator/make-fixtures.sh}.
 */
class CrossFormatTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    static Stream<Path> forms() throws IOException {
        try (Stream<Path> files = Files.list(FORMS)) {
            return files.filter(Files::isRegularFile).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("forms")
    void givesTheRecordOfItsText(Path form) throws Exception {
        Bulletin fromForm = PARSER.parse(form);
        Bulletin fromText = PARSER.parse(textOf(form));

        assertThat(comparable(fromForm).toPrettyString())
                .isEqualTo(comparable(fromText).toPrettyString());
    }

    /** The sample bulletin a form was made from: same name up to the first dot. */
    private static Path textOf(Path form) throws IOException {
        String name = form.getFileName().toString();
        String base = name.substring(0, name.indexOf('.'));
        try (Stream<Path> files = Files.list(BULLETINS)) {
            return files.filter(f -> f.getFileName().toString().startsWith(base + "."))
                    .findFirst()
                    .orElseThrow();
        }
    }

    /** The record without source and pages, Traditional characters as Simplified, whitespace removed from text. */
    private static JsonNode comparable(Bulletin bulletin) throws IOException {
        ObjectNode json = (ObjectNode) JSON.readTree(BulletinJson.toJsonLine(bulletin));
        json.remove("source");
        return normalised(json);
    }

    private static JsonNode normalised(JsonNode node) {
        if (node instanceof ObjectNode object) {
            for (Map.Entry<String, JsonNode> field : object.properties()) {
                field.setValue(field.getKey().equals("page") ? NullNode.instance : normalised(field.getValue()));
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                array.set(i, normalised(array.get(i)));
            }
        } else if (node.isTextual()) {
            return new TextNode(io.github.bulletinextractor.internal.text.FoldedText.of(node.asText())
                    .folded()
                    .replaceAll("\\s", ""));
        }
        return node;
    }
}
