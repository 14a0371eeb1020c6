package io.github.bulletinextractor;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.io.SegmentedStringWriter;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes the model's records as JSON with Jackson's streaming generator: each record as an object
 * of its components (in {@link JsonPropertyOrder} order where given), lists as arrays, dates as
 * ISO strings, decimals written out in full, enums by name — the same text Jackson's data binding
 * writes for them, which a test holds it to.
 *
 * <p>Data binding costs more to set up on its first record than a one-file run of the tool spends
 * parsing the file (docs/performance.md); the model is plain enough not to need it for writing.
 */
final class RecordJsonWriter {

    /** Never closes what it writes to: a caller's stream stays the caller's to close. */
    private static final JsonFactory FACTORY =
            JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

    private static final Map<Class<?>, List<Property>> PROPERTIES = new ConcurrentHashMap<>();

    /** A record component: its name, quoted and escaped once, and its accessor. */
    private record Property(SerializedString name, Method accessor) {}

    private RecordJsonWriter() {}

    static String write(Record record, boolean pretty) {
        // Jackson's own string writer: unlike StringWriter it neither locks nor copies as it grows.
        SegmentedStringWriter text = new SegmentedStringWriter(FACTORY._getBufferRecycler());
        try {
            write(record, FACTORY.createGenerator(text), pretty);
            return text.getAndClear();
        } catch (IOException e) {
            throw new UncheckedIOException("writing to a string cannot fail", e);
        }
    }

    /** Writes the record as indented JSON, flushed and left open. */
    static void write(Record record, Writer out) throws IOException {
        write(record, FACTORY.createGenerator(out), true);
    }

    /** Writes the record as indented JSON in UTF-8, flushed and left open. */
    static void write(Record record, OutputStream out) throws IOException {
        write(record, FACTORY.createGenerator(out, JsonEncoding.UTF8), true);
    }

    private static void write(Record record, JsonGenerator generator, boolean pretty) throws IOException {
        try (generator) {
            if (pretty) {
                generator.setPrettyPrinter(new DefaultPrettyPrinter());
            }
            writeValue(generator, record);
        }
    }

    private static void writeValue(JsonGenerator generator, Object value) throws IOException {
        if (value == null) {
            generator.writeNull();
        } else if (value instanceof String string) {
            generator.writeString(string);
        } else if (value instanceof Integer number) {
            generator.writeNumber(number);
        } else if (value instanceof Long number) {
            generator.writeNumber(number);
        } else if (value instanceof BigDecimal number) {
            generator.writeNumber(number.toPlainString());
        } else if (value instanceof Boolean flag) {
            generator.writeBoolean(flag);
        } else if (value instanceof LocalDate date) {
            generator.writeString(date.toString());
        } else if (value instanceof Enum<?> constant) {
            generator.writeString(constant.name());
        } else if (value instanceof Collection<?> items) {
            generator.writeStartArray();
            for (Object item : items) {
                writeValue(generator, item);
            }
            generator.writeEndArray();
        } else if (value instanceof Record record) {
            writeRecord(generator, record);
        } else {
            throw new IllegalArgumentException("not a type of the model: " + value.getClass());
        }
    }

    private static void writeRecord(JsonGenerator generator, Record record) throws IOException {
        generator.writeStartObject();
        for (Property property : PROPERTIES.computeIfAbsent(record.getClass(), RecordJsonWriter::propertiesInOrder)) {
            generator.writeFieldName(property.name());
            writeValue(generator, read(property.accessor(), record));
        }
        generator.writeEndObject();
    }

    private static Object read(Method accessor, Record record) {
        try {
            return accessor.invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("a public record's accessor can be called: " + accessor, e);
        }
    }

    private static List<Property> propertiesInOrder(Class<?> type) {
        return componentsInOrder(type).stream()
                .map(component -> new Property(new SerializedString(component.getName()), component.getAccessor()))
                .toList();
    }

    /** The names of a record's components in the order they are written. */
    static List<String> componentNames(Class<?> type) {
        return componentsInOrder(type).stream().map(RecordComponent::getName).toList();
    }

    /** The components in declaration order, except that those {@link JsonPropertyOrder} names come first. */
    private static List<RecordComponent> componentsInOrder(Class<?> type) {
        List<RecordComponent> components = new ArrayList<>(Arrays.asList(type.getRecordComponents()));
        JsonPropertyOrder order = type.getAnnotation(JsonPropertyOrder.class);
        if (order != null) {
            List<String> named = Arrays.asList(order.value());
            components.sort((a, b) -> Integer.compare(rank(named, a), rank(named, b)));
        }
        return components;
    }

    private static int rank(List<String> named, RecordComponent component) {
        int index = named.indexOf(component.getName());
        return index < 0 ? named.size() : index;
    }
}
