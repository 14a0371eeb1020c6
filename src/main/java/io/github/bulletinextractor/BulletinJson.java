package io.github.bulletinextractor;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.github.bulletinextractor.model.Bulletin;
import java.io.IOException;

/**
 * Writes and reads bulletins in the JSON form of {@code docs/json-format.md}: dates as ISO
 * {@code 2024-04-08}, absent values as {@code null}, exact numbers written out in full.
 */
public final class BulletinJson {

    /** Only reading needs data binding; it is set up on first use, which a one-file run never makes. */
    private static final class Reader {
        static final ObjectMapper MAPPER = JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();
    }

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
        return Reader.MAPPER.readValue(json, Bulletin.class);
    }

    private static String write(Bulletin bulletin, boolean pretty) {
        return RecordJsonWriter.write(bulletin, pretty);
    }
}
