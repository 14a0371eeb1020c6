package io.github.bulletinextractor;

import static io.github.bulletinextractor.TestData.BULLETINS;
import static io.github.bulletinextractor.TestData.EXPECTED;
import static io.github.bulletinextractor.TestData.PARSER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaException;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.Dialects;
import com.networknt.schema.keyword.DisallowUnknownKeywordFactory;
import io.github.bulletinextractor.model.Bulletin;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The JSON Schema shipped in the jar ({@code bulletin.schema.json}) against what the library
 * writes: it is a sound Draft 2020-12 schema, accepts every golden and every freshly written record,
 * refuses records of the wrong shape, and names every component and enum constant of the model, so
 * it cannot fall behind the records.
 */
class BulletinSchemaTest {

    private static final String SCHEMA_RESOURCE = "/io/github/bulletinextractor/bulletin.schema.json";
    private static final Path SCHEMA_SOURCE = Path.of("src/main/resources" + SCHEMA_RESOURCE);
    private static final String DRAFT_2020_12 = "https://json-schema.org/draft/2020-12/schema";
    /** A golden record with case counts, visits and nested sections, so every part can be broken. */
    private static final Path RICH_GOLDEN_RECORD = EXPECTED.resolve("weekly-2024-12.json");
    /** A PDF, so that page numbers and a page count are written, which no plain-text golden record has. */
    private static final Path PAGINATED_FORM = TestData.form("weekly-2024-12.pdf");

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * Draft 2020-12, refusing keywords it does not know, so that a misspelt {@code requried} fails
     * instead of silently constraining nothing; and asserting formats, which 2020-12 only annotates
     * by default, so that {@code 2024-02-30} is no date.
     */
    private static final SchemaRegistry STRICT_2020_12 = SchemaRegistry.withDialect(
            Dialect.builder(Dialects.getDraft202012())
                    .unknownKeywordFactory(DisallowUnknownKeywordFactory.getInstance())
                    .build(),
            registry -> registry.schemaRegistryConfig(
                    SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));

    private static final Schema SCHEMA = loadShippedSchema();

    // --- the schema itself

    @Test
    void isAValidDraft202012Schema() throws IOException {
        JsonNode schema = shippedSchemaNode();
        Schema metaSchema = STRICT_2020_12.getSchema(SchemaLocation.of(DRAFT_2020_12));

        assertThat(schema.get("$schema").asText()).isEqualTo(DRAFT_2020_12);
        assertThat(metaSchema.validate(schema)).isEmpty();
    }

    @Test
    void theMetaSchemaCheckRefusesAMalformedSchema() throws IOException {
        ObjectNode schema = (ObjectNode) shippedSchemaNode();
        ((ObjectNode) schema.at("/$defs/Bulletin/properties/copies")).put("type", "integr");
        Schema metaSchema = STRICT_2020_12.getSchema(SchemaLocation.of(DRAFT_2020_12));

        assertThat(metaSchema.validate(schema)).isNotEmpty();
    }

    @Test
    void loadsWithNoKeywordUnknownToDraft202012() {
        // Built eagerly: subschemas under $defs are otherwise only built when first reached.
        SCHEMA.initializeValidators();

        assertThat(SCHEMA.getValidators()).isNotEmpty();
    }

    @Test
    void theStrictLoaderRefusesAMisspeltKeyword() throws IOException {
        ObjectNode schema = (ObjectNode) shippedSchemaNode();
        ObjectNode period = (ObjectNode) schema.at("/$defs/Period");
        period.set("requried", period.remove("required"));

        assertThatThrownBy(() -> STRICT_2020_12.getSchema(schema).initializeValidators())
                .isInstanceOf(SchemaException.class)
                .hasMessageContaining("requried");
    }

    @Test
    void theJarShipsTheSchemaOfTheSourceTree() throws IOException {
        byte[] shipped;
        try (InputStream in = BulletinSchemaTest.class.getResourceAsStream(SCHEMA_RESOURCE)) {
            assertThat(in).as("%s on the class path", SCHEMA_RESOURCE).isNotNull();
            shipped = in.readAllBytes();
        }

        assertThat(shipped).isEqualTo(Files.readAllBytes(SCHEMA_SOURCE));
    }

    // --- records that must validate

    static Stream<Path> goldenRecords() throws IOException {
        return sortedFiles(EXPECTED);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("goldenRecords")
    void everyGoldenRecordValidates(Path golden) throws IOException {
        assertThat(errors(JSON.readTree(golden.toFile()))).isEmpty();
    }

    static Stream<Path> bulletins() throws IOException {
        return sortedFiles(BULLETINS);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bulletins")
    void everyRecordTheParserWritesValidates(Path bulletin) throws Exception {
        String written = BulletinJson.toJsonLine(PARSER.parse(bulletin));

        assertThat(SCHEMA.validate(written, InputFormat.JSON)).isEmpty();
    }

    @Test
    void aRecordWithPagesValidates() throws Exception {
        Bulletin bulletin = PARSER.parse(PAGINATED_FORM);
        // Else this would only repeat the plain-text cases, where every page is null.
        assertThat(bulletin.source().pageCount()).isNotNull();
        assertThat(bulletin.sections())
                .anySatisfy(section -> assertThat(section.page()).isNotNull());

        assertThat(SCHEMA.validate(BulletinJson.toPrettyJson(bulletin), InputFormat.JSON))
                .isEmpty();
    }

    @Test
    void aVisitPrintedWithoutItsDepartmentValidates() throws Exception {
        // No golden record has one: an official printed with titles only, and no official before to lend a department.
        String text = String.join(
                "\n",
                "窗口工作周报",
                "2024年第12期（总第483期）",
                "四川省政府政务服务和公共资源交易服务中心 2024年4月8日",
                "（3月25日—3月29日）",
                "一、厅（局）长进大厅",
                "3月26日，机关党委书记赵勇到省政务服务大厅调研值守。");
        Bulletin bulletin = PARSER.parse(text, "visit-without-department.txt");
        assertThat(bulletin.visits())
                .singleElement()
                .satisfies(visit -> assertThat(visit.department()).isNull());

        assertThat(SCHEMA.validate(BulletinJson.toJsonLine(bulletin), InputFormat.JSON))
                .isEmpty();
    }

    // --- records that must be refused

    static Stream<Arguments> wrongRecords() {
        return Stream.of(
                wrong(
                        "issue.year as a string",
                        "/issue/year",
                        r -> object(r, "/issue").put("year", "2024")),
                wrong("publishedOn as 2024/4/8", "/publishedOn", r -> r.put("publishedOn", "2024/4/8")),
                wrong(
                        "publishedOn on a day that does not exist",
                        "/publishedOn",
                        r -> r.put("publishedOn", "2024-02-30")),
                wrong("publisher missing", "", r -> r.remove("publisher")),
                wrong(
                        "issue.special missing, as in a version 1 record",
                        "/issue",
                        r -> object(r, "/issue").remove("special")),
                wrong("an unknown extra property", "", r -> r.put("editor", "张三")),
                wrong("frequency not in the enum", "/frequency", r -> r.put("frequency", "DAILY")),
                wrong("schemaVersion 3", "/schemaVersion", r -> r.put("schemaVersion", 3)),
                wrong("visits null", "/visits", r -> r.putNull("visits")),
                wrong(
                        "a section's children holding a number",
                        "/sections/0/children/0",
                        r -> ((ArrayNode) r.at("/sections/0/children")).insert(0, 7)),
                wrong(
                        "a level-0 heading with an ordinal",
                        "/sections/0/ordinal",
                        r -> object(r, "/sections/0")
                                .put("level", 0)
                                .put("label", (String) null)
                                .put("ordinal", 1)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("wrongRecords")
    void refusesAWrongRecord(String what, String wrongPlace, Consumer<ObjectNode> breakIt) throws IOException {
        ObjectNode record = (ObjectNode) JSON.readTree(RICH_GOLDEN_RECORD.toFile());
        assertThat(errors(record)).as("the record before it is broken").isEmpty();

        breakIt.accept(record);

        assertThat(errors(record))
                .as(what)
                .isNotEmpty()
                .anySatisfy(error -> assertThat(jsonPointer(error)).isEqualTo(wrongPlace));
    }

    // --- the schema against the model

    @Test
    void describesEveryComponentOfEveryRecordAndNoMore() throws IOException {
        JsonNode defs = shippedSchemaNode().get("$defs");
        Set<String> modelTypes = new TreeSet<>();

        for (Class<?> type : modelTypesReachableFrom(Bulletin.class)) {
            modelTypes.add(type.getSimpleName());
            JsonNode def = defs.get(type.getSimpleName());
            assertThat(def).as("$defs/%s", type.getSimpleName()).isNotNull();
            if (type.isEnum()) {
                List<String> constants = Arrays.stream(type.getEnumConstants())
                        .map(c -> ((Enum<?>) c).name())
                        .toList();
                assertThat(texts(def.get("enum")))
                        .as("constants of %s", type.getSimpleName())
                        .containsExactlyElementsOf(constants);
            } else {
                assertDescribesRecord(type, def);
            }
        }
        assertThat(names(defs))
                .as("$defs, each named after a type of the model")
                .containsExactlyInAnyOrderElementsOf(modelTypes);
    }

    private static void assertDescribesRecord(Class<?> type, JsonNode def) {
        String name = type.getSimpleName();
        List<String> components = RecordJsonWriter.componentNames(type);
        assertThat(def.get("type").asText()).as("%s is an object", name).isEqualTo("object");
        assertThat(def.get("additionalProperties").asBoolean(true))
                .as("%s allows no other property", name)
                .isFalse();
        // The writer writes every component, null or not, in this order.
        assertThat(names(def.get("properties"))).as("properties of %s", name).containsExactlyElementsOf(components);
        assertThat(texts(def.get("required"))).as("required of %s", name).containsExactlyElementsOf(components);
        for (RecordComponent component : type.getRecordComponents()) {
            String where = name + "." + component.getName();
            JsonNode property = def.get("properties").get(component.getName());
            assertThat(property.path("description").asText())
                    .as("description of %s", where)
                    .isNotBlank();
            assertDescribesType(property, component.getGenericType(), where);
            if (!component.getType().isPrimitive() && component.getType() != List.class) {
                boolean annotated = component.getAnnotatedType().isAnnotationPresent(Nullable.class);
                assertThat(jsonTypes(property).contains("null"))
                        .as("%s may be null in the schema exactly when it is @Nullable in Java", where)
                        .isEqualTo(annotated);
            }
        }
    }

    /** The property's types, nulls aside, are the one JSON type the writer writes for the Java type. */
    private static void assertDescribesType(JsonNode property, Type javaType, String where) {
        Set<String> types = jsonTypes(property);
        if (javaType == int.class) {
            assertThat(types).as("%s, a primitive", where).containsExactly("integer");
            return;
        }
        if (javaType instanceof ParameterizedType list && list.getRawType() == List.class) {
            assertThat(types).as("%s, a list, never null", where).containsExactly("array");
            assertDescribesType(property.get("items"), list.getActualTypeArguments()[0], where + "[]");
            return;
        }
        types.remove("null");
        assertThat(types).as(where).containsExactly(jsonTypeWritten((Class<?>) javaType, where));
        if (javaType == LocalDate.class) {
            assertThat(property.path("format").asText())
                    .as("format of %s", where)
                    .isEqualTo("date");
            assertThat(property.path("pattern").asText())
                    .as("pattern of %s", where)
                    .isEqualTo("^\\d{4}-\\d{2}-\\d{2}$");
        }
    }

    /** What RecordJsonWriter writes a value of the type as: a JSON type, or the $defs entry of a model type. */
    private static String jsonTypeWritten(Class<?> type, String where) {
        if (type == Integer.class || type == Long.class) {
            return "integer";
        } else if (type == BigDecimal.class) {
            return "number";
        } else if (type == String.class || type == LocalDate.class) {
            return "string";
        } else if (type.isRecord() || type.isEnum()) {
            return "#/$defs/" + type.getSimpleName();
        }
        return fail("%s has a type this test does not know how the writer writes: %s", where, type);
    }

    /** The JSON types a property allows, a $ref counting as the type it names; anyOf taken apart. */
    private static Set<String> jsonTypes(JsonNode property) {
        List<JsonNode> alternatives = new ArrayList<>();
        property.path("anyOf").forEach(alternatives::add);
        if (alternatives.isEmpty()) {
            alternatives.add(property);
        }
        Set<String> types = new TreeSet<>();
        for (JsonNode alternative : alternatives) {
            if (alternative.has("$ref")) {
                types.add(alternative.get("$ref").asText());
            }
            if (alternative.has("const")) {
                types.add(
                        alternative.get("const").isIntegralNumber()
                                ? "integer"
                                : alternative.get("const").getNodeType().name());
            }
            JsonNode type = alternative.path("type");
            if (type.isArray()) {
                types.addAll(texts(type));
            } else if (type.isTextual()) {
                types.add(type.asText());
            }
        }
        return types;
    }

    /** The records and enums a bulletin is made of, through component types and list element types. */
    private static Set<Class<?>> modelTypesReachableFrom(Class<?> root) {
        Set<Class<?>> found = new LinkedHashSet<>();
        Deque<Type> pending = new ArrayDeque<>(List.of(root));
        while (!pending.isEmpty()) {
            Type type = pending.pop();
            if (type instanceof ParameterizedType parameterized) {
                pending.addAll(List.of(parameterized.getActualTypeArguments()));
            } else if (type instanceof Class<?> c && (c.isRecord() || c.isEnum()) && found.add(c) && c.isRecord()) {
                Arrays.stream(c.getRecordComponents())
                        .map(RecordComponent::getGenericType)
                        .forEach(pending::add);
            }
        }
        return found;
    }

    // --- helpers

    private static Schema loadShippedSchema() {
        try (InputStream in = BulletinSchemaTest.class.getResourceAsStream(SCHEMA_RESOURCE)) {
            return STRICT_2020_12.getSchema(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode shippedSchemaNode() throws IOException {
        try (InputStream in = BulletinSchemaTest.class.getResourceAsStream(SCHEMA_RESOURCE)) {
            return JSON.readTree(in);
        }
    }

    private static List<Error> errors(JsonNode record) {
        return SCHEMA.validate(record);
    }

    /** Where in the record an error is, as a JSON pointer, whatever path notation the validator prints. */
    private static String jsonPointer(Error error) {
        StringBuilder pointer = new StringBuilder();
        for (int i = 0; i < error.getInstanceLocation().getNameCount(); i++) {
            pointer.append('/').append(error.getInstanceLocation().getElement(i));
        }
        return pointer.toString();
    }

    private static Arguments wrong(String what, String wrongPlace, Consumer<ObjectNode> breakIt) {
        return Arguments.of(what, wrongPlace, breakIt);
    }

    private static ObjectNode object(ObjectNode record, String pointer) {
        return (ObjectNode) record.at(pointer);
    }

    private static Stream<Path> sortedFiles(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files
                    .filter(Files::isRegularFile)
                    .filter(f -> !f.getFileName().toString().startsWith("."))
                    .sorted()
                    .toList()
                    .stream();
        }
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.isNull() ? null : node.asText()));
        return texts;
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
