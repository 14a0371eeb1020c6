package io.github.bulletinextractor;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.github.bulletinextractor.model.Bulletin;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Writes and reads bulletins in the JSON form of {@code docs/json-format.md}: dates as ISO
 * {@code 2024-04-08}, absent values as {@code null}, exact numbers written out in full.
 */
public final class BulletinJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private BulletinJson() {
    }

    /** The bulletin as indented JSON. */
    public static String toPrettyJson(Bulletin bulletin) {
        return write(bulletin, true);
    }

    /** The bulletin as JSON on one line, as in a JSON Lines file. */
    public static String toJsonLine(Bulletin bulletin) {
        return write(bulletin, false);
    }

    /**
     * Reads a bulletin written by this library. Fields added by later versions are ignored.
     *
     * @throws IOException if the text is not such JSON
     */
    public static Bulletin fromJson(String json) throws IOException {
        return MAPPER.readValue(json, Bulletin.class);
    }

    private static String write(Bulletin bulletin, boolean pretty) {
        try {
            return pretty ? MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(bulletin)
                    : MAPPER.writeValueAsString(bulletin);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("a bulletin record always serialises", e);
        }
    }
}
