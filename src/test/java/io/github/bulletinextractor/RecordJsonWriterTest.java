package io.github.bulletinextractor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.github.bulletinextractor.model.Bulletin;
import io.github.bulletinextractor.model.Metric;
import io.github.bulletinextractor.model.MetricScope;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The streaming writer writes exactly what Jackson's data binding writes for the same record. */
class RecordJsonWriterTest {

    private static final ObjectMapper DATA_BINDING = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();
    private static final BulletinParser PARSER = BulletinParser.create();

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.github.bulletinextractor.GoldenFileTest#bulletins")
    void writesWhatDataBindingWrites(Path file) throws Exception {
        Bulletin bulletin = PARSER.parse(file);

        assertThat(BulletinJson.toPrettyJson(bulletin))
                .isEqualTo(DATA_BINDING.writerWithDefaultPrettyPrinter().writeValueAsString(bulletin));
        assertThat(BulletinJson.toJsonLine(bulletin)).isEqualTo(DATA_BINDING.writeValueAsString(bulletin));
        assertThat(BulletinJson.fromJson(BulletinJson.toJsonLine(bulletin))).isEqualTo(bulletin);
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
        record Odd(Map<String, String> map) {
        }
        assertThatThrownBy(() -> RecordJsonWriter.write(new Odd(Map.of()), false))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
