package io.github.bulletinextractor;

import static io.github.bulletinextractor.TestData.BULLETINS;
import static io.github.bulletinextractor.TestData.PARSER;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each bulletin against the facts a person wrote down from its text before the parser was run on it
 * ({@code testdata/facts}). The expected records of {@link GoldenFileTest} hold more; these facts
 * guard them, so that a record regenerated from the code cannot silently take in a mistake.
 */
class HandWrittenFactsTest {

    private static final Path FACTS = Path.of("testdata", "facts");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> SCALARS = List.of(
            "series",
            "frequency",
            "issue",
            "period",
            "publishedOn",
            "publisher",
            "caseCounts",
            "distribution",
            "copies");
    private static final List<String> VISIT_FIELDS =
            List.of("date", "endDate", "department", "unit", "name", "titles", "activity");

    static Stream<Path> facts() throws IOException {
        try (Stream<Path> files = Files.list(FACTS)) {
            return files.filter(f -> f.toString().endsWith(".facts.json")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("facts")
    void parserAgreesWithTheHandWrittenFacts(Path factsFile) throws Exception {
        JsonNode facts = JSON.readTree(factsFile.toFile());
        JsonNode record = JSON.readTree(BulletinJson.toJsonLine(PARSER.parse(bulletinOf(factsFile))));

        for (String field : SCALARS) {
            assertThat(record.get(field)).as(field).isEqualTo(facts.get(field));
        }
        assertThat(outline(record.get("sections"))).as("section outline").isEqualTo(facts.get("outline"));
        assertThat(project(record.get("visits"), VISIT_FIELDS))
                .as("visits")
                .isEqualTo(project(facts.get("visits"), VISIT_FIELDS));
        assertThat(quantities(record.get("metrics"))).as("metrics").isEqualTo(quantities(facts.get("quantities")));
        assertThat(project(record.get("attachments"), List.of("title")))
                .as("attachments")
                .isEqualTo(project(facts.get("attachments"), List.of("title")));
    }

    private static Path bulletinOf(Path factsFile) throws IOException {
        String base = factsFile.getFileName().toString().replace(".facts.json", "");
        try (Stream<Path> files = Files.list(BULLETINS)) {
            return files.filter(f -> f.getFileName().toString().startsWith(base + "."))
                    .findFirst()
                    .orElseThrow();
        }
    }

    private static ArrayNode outline(JsonNode sections) {
        ArrayNode outline = JSON.createArrayNode();
        for (JsonNode section : sections) {
            outline.addObject()
                    .<com.fasterxml.jackson.databind.node.ObjectNode>set("label", section.get("label"))
                    .<com.fasterxml.jackson.databind.node.ObjectNode>set("level", section.get("level"))
                    .<com.fasterxml.jackson.databind.node.ObjectNode>set("ordinal", section.get("ordinal"))
                    .<com.fasterxml.jackson.databind.node.ObjectNode>set("heading", section.get("heading"))
                    .set("children", outline(section.get("children")));
        }
        return outline;
    }

    private static ArrayNode project(JsonNode items, List<String> fields) {
        ArrayNode projected = JSON.createArrayNode();
        for (JsonNode item : items) {
            var node = projected.addObject();
            fields.forEach(field -> node.set(field, item.get(field)));
        }
        return projected;
    }

    /** Value, unit and scope; values compared as decimals so that 54200 and 54200.0 agree. */
    private static List<String> quantities(JsonNode items) {
        return java.util.stream.StreamSupport.stream(items.spliterator(), false)
                .map(q -> q.get("value").decimalValue().stripTrailingZeros().toPlainString() + " "
                        + q.get("unit").asText() + " " + q.get("scope").asText())
                .toList();
    }
}
