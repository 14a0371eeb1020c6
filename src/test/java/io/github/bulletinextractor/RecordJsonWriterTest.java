package io.github.bulletinextractor;

import static io.github.bulletinextractor.TestData.PARSER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.bulletinextractor.model.Bulletin;
import io.github.bulletinextractor.model.Metric;
import io.github.bulletinextractor.model.MetricScope;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The streaming writer writes exactly what Jackson's data binding writes for the same record with
 * {@link BulletinJsonModule}, whatever else the mapper is set up to do.
 */
class RecordJsonWriterTest {

    private static final ObjectMapper DATA_BINDING = new ObjectMapper().registerModule(new BulletinJsonModule());
    /** A user's mapper set up every way that would change the documented form without the module. */
    private static final ObjectMapper CONTRARY = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .enable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.WRITE_ENUMS_USING_INDEX)
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .addModule(new BulletinJsonModule())
            .build();

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.github.bulletinextractor.GoldenFileTest#bulletins")
    void writesWhatDataBindingWrites(Path file) throws Exception {
        Bulletin bulletin = PARSER.parse(file);

        assertThat(BulletinJson.toPrettyJson(bulletin))
                .isEqualTo(DATA_BINDING.writerWithDefaultPrettyPrinter().writeValueAsString(bulletin));
        assertThat(BulletinJson.toJsonLine(bulletin)).isEqualTo(DATA_BINDING.writeValueAsString(bulletin));
        assertThat(BulletinJson.fromJson(BulletinJson.toJsonLine(bulletin))).isEqualTo(bulletin);
        assertThat(CONTRARY.writeValueAsString(bulletin)).isEqualTo(BulletinJson.toJsonLine(bulletin));
        assertThat(CONTRARY.readValue(BulletinJson.toJsonLine(bulletin), Bulletin.class))
                .isEqualTo(bulletin);
        assertThat(DATA_BINDING.readValue(BulletinJson.toJsonLine(bulletin), Bulletin.class))
                .isEqualTo(bulletin);
    }

    @Test
    void writesToAndReadsFromStreamsLeftOpen() throws Exception {
        Bulletin bulletin = PARSER.parse(TestData.bulletin("weekly-2024-12.txt"));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        StringWriter text = new StringWriter();

        BulletinJson.write(bulletin, bytes);
        BulletinJson.write(bulletin, text);
        bytes.write('!');

        assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(BulletinJson.toPrettyJson(bulletin) + "!");
        assertThat(text).hasToString(BulletinJson.toPrettyJson(bulletin));
        assertThat(BulletinJson.read(new ByteArrayInputStream(
                        BulletinJson.toJsonLine(bulletin).getBytes(StandardCharsets.UTF_8))))
                .isEqualTo(bulletin);
        assertThat(BulletinJson.read(new StringReader(BulletinJson.toPrettyJson(bulletin))))
                .isEqualTo(bulletin);
    }

    @Test
    void readsFieldsOfLaterVersionsByIgnoringThem() throws Exception {
        Bulletin bulletin = PARSER.parse(TestData.bulletin("weekly-2024-12.txt"));
        String later = BulletinJson.toJsonLine(bulletin).replaceFirst("\\{", "{\"addedLater\":[1,2],");

        assertThat(BulletinJson.fromJson(later)).isEqualTo(bulletin);
        assertThat(CONTRARY.readValue(later, Bulletin.class)).isEqualTo(bulletin);
    }

    @Test
    void writesLargeAndExactDecimalsInFull() throws Exception {
        Metric metric = new Metric("金额", new BigDecimal("1.2E+9"), "元", MetricScope.YEAR_TO_DATE, "12亿元", null);

        assertThat(RecordJsonWriter.write(metric, false))
                .isEqualTo(DATA_BINDING.writeValueAsString(metric))
                .contains("\"value\":1200000000");
    }

    @Test
    void refusesTypesOutsideTheModel() {
        record Odd(Map<String, String> map) {}
        assertThatThrownBy(() -> RecordJsonWriter.write(new Odd(Map.of()), false))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
