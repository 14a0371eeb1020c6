package io.github.bulletinextractor;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.bulletinextractor.model.Bulletin;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.Writer;

/**
 * Writes and reads bulletins in the JSON form of {@code docs/json-format.md}: dates as ISO
 * {@code 2024-04-08}, absent values as {@code null}, exact numbers written out in full.
 */
public final class BulletinJson {

    /** Only reading needs data binding; it is set up on first use, which a one-file run never makes. */
    private static final class DataBinding {
        static final ObjectMapper MAPPER =
                JsonMapper.builder().addModule(new BulletinJsonModule()).build();
    }

    private BulletinJson() {}

    /** The bulletin as indented JSON. */
    public static String toPrettyJson(Bulletin bulletin) {
        return write(bulletin, true);
    }

    /** The bulletin as JSON on one line, as in a JSON Lines file. */
    public static String toJsonLine(Bulletin bulletin) {
        return write(bulletin, false);
    }

    /** Writes the bulletin as indented JSON, as {@link #toPrettyJson}; the writer is flushed and left open. */
    public static void write(Bulletin bulletin, Writer out) throws IOException {
        RecordJsonWriter.write(bulletin, out);
    }

    /** Writes the bulletin as indented JSON in UTF-8; the stream is flushed and left open. */
    public static void write(Bulletin bulletin, OutputStream out) throws IOException {
        RecordJsonWriter.write(bulletin, out);
    }

    /**
     * Reads a bulletin written by this library. Fields added by later versions are ignored.
     *
     * @throws IOException if the text is not such JSON
     */
    public static Bulletin fromJson(String json) throws IOException {
        return DataBinding.MAPPER.readValue(json, Bulletin.class);
    }

    /** Reads a bulletin written by this library, as {@link #fromJson}; the reader is left open. */
    public static Bulletin read(Reader in) throws IOException {
        return DataBinding.MAPPER
                .readerFor(Bulletin.class)
                .without(JsonParser.Feature.AUTO_CLOSE_SOURCE)
                .readValue(in);
    }

    /** Reads a bulletin written by this library in UTF-8 (or UTF-16/32, told from its first bytes); the stream is left open. */
    public static Bulletin read(InputStream in) throws IOException {
        return DataBinding.MAPPER
                .readerFor(Bulletin.class)
                .without(JsonParser.Feature.AUTO_CLOSE_SOURCE)
                .readValue(in);
    }

    private static String write(Bulletin bulletin, boolean pretty) {
        return RecordJsonWriter.write(bulletin, pretty);
    }
}
