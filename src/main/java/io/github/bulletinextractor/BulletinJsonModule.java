package io.github.bulletinextractor;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.BeanPropertyWriter;
import com.fasterxml.jackson.databind.ser.BeanSerializerModifier;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Makes any Jackson {@code ObjectMapper} write and read the model's records exactly in the form of
 * {@code docs/json-format.md}, whatever else the mapper is set up to do:
 *
 * <pre>{@code
 * ObjectMapper mapper = new ObjectMapper().registerModule(new BulletinJsonModule());
 * String json = mapper.writeValueAsString(bulletin);
 * Bulletin again = mapper.readValue(json, Bulletin.class);
 * }</pre>
 *
 * <p>For the records only, and not for the mapper's other types: names as the components are
 * called, whatever naming strategy the mapper has; every component written, null or not; dates as
 * ISO strings ({@code 2024-04-08}); decimals written out in full; enums by name; components in
 * the documented order; and fields unknown to this version ignored on reading. It also reads ISO
 * dates into {@link LocalDate} for the whole mapper, as Jackson's Java time module does.
 */
public final class BulletinJsonModule extends SimpleModule {

    private static final long serialVersionUID = 1L;

    public BulletinJsonModule() {
        super("bulletin-extractor");
        addDeserializer(LocalDate.class, new IsoDateDeserializer());
        setSerializerModifier(new ModelSerializerModifier());
        for (Class<?> type : ModelTypes.RECORDS) {
            setMixInAnnotation(type, ModelMixIn.class);
        }
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonNaming(PropertyNamingStrategies.LowerCamelCaseStrategy.class)
    private abstract static class ModelMixIn {}

    /** Orders a record's properties as documented and writes its dates, decimals and enums one way. */
    private static final class ModelSerializerModifier extends BeanSerializerModifier {
        private static final long serialVersionUID = 1L;

        @Override
        public List<BeanPropertyWriter> orderProperties(
                SerializationConfig config, BeanDescription description, List<BeanPropertyWriter> properties) {
            Class<?> type = description.getBeanClass();
            if (!ModelTypes.RECORDS.contains(type)) {
                return properties;
            }
            List<String> order = RecordJsonWriter.componentNames(type);
            List<BeanPropertyWriter> ordered = new ArrayList<>(properties);
            ordered.sort(Comparator.comparingInt(property -> {
                int index = order.indexOf(property.getName());
                return index < 0 ? order.size() : index;
            }));
            return ordered;
        }

        @Override
        public List<BeanPropertyWriter> changeProperties(
                SerializationConfig config, BeanDescription description, List<BeanPropertyWriter> properties) {
            if (ModelTypes.RECORDS.contains(description.getBeanClass())) {
                for (BeanPropertyWriter property : properties) {
                    Class<?> type = property.getType().getRawClass();
                    if (type == LocalDate.class || type == BigDecimal.class || type.isEnum()) {
                        property.assignSerializer(AS_DOCUMENTED);
                    }
                }
            }
            return properties;
        }
    }

    private static final JsonSerializer<Object> AS_DOCUMENTED = new JsonSerializer<>() {
        @Override
        public void serialize(Object value, JsonGenerator generator, SerializerProvider serializers)
                throws IOException {
            if (value instanceof BigDecimal decimal) {
                generator.writeNumber(decimal.toPlainString());
            } else if (value instanceof Enum<?> constant) {
                generator.writeString(constant.name());
            } else {
                generator.writeString(value.toString());
            }
        }
    };

    private static final class IsoDateDeserializer extends JsonDeserializer<LocalDate> {
        @Override
        public LocalDate deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.currentToken() != JsonToken.VALUE_STRING) {
                return (LocalDate) context.handleUnexpectedToken(LocalDate.class, parser);
            }
            try {
                return LocalDate.parse(parser.getText().strip());
            } catch (DateTimeParseException e) {
                return (LocalDate) context.handleWeirdStringValue(
                        LocalDate.class, parser.getText(), "not an ISO date (yyyy-MM-dd)");
            }
        }
    }
}
