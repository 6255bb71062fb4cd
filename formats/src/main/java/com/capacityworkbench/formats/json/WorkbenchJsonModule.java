package com.capacityworkbench.formats.json;

import com.capacityworkbench.model.scenario.Labelled;
import com.capacityworkbench.model.scenario.Period;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.KeyDeserializers;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * How the workbench's records look in JSON, beyond what Jackson does for records by itself:
 * choices ({@link Labelled} enums) by their label, read leniently ("Self built" = "self-built");
 * periods as "2027-Q1" also as map keys; sets sorted and whole numbers without ".0" so that a saved
 * file only changes where the scenario changed; NaN and infinity refused rather than written. The records' own
 * annotations are mix-ins ({@link ModelMixins}): the model knows no JSON.
 */
final class WorkbenchJsonModule extends SimpleModule {

    WorkbenchJsonModule() {
        super("capacity-workbench");
        addSerializer(Double.class, new PlainNumberSerializer());
        addSerializer(double.class, new PlainNumberSerializer());
        addSerializer(Set.class, new SortedSetSerializer());
        addKeySerializer(Period.class, new KeyAsTextSerializer());
        addKeySerializer(Labelled.class, new KeyAsTextSerializer());
        addKeyDeserializer(Period.class, new PeriodKeyDeserializer());
        setDeserializerModifier(new LabelledEnumModifier());
        ModelMixins.addTo(this);
    }

    @Override
    public void setupModule(SetupContext context) {
        super.setupModule(context);
        context.addKeyDeserializers(new LabelledKeyDeserializers());
    }

    /** Parses a label of a {@link Labelled} enum the way planners type it; uses the enum's own parse(String) when it has one. */
    static Object parseLabel(Class<?> type, String text) {
        try {
            Method parse = type.getDeclaredMethod("parse", String.class);
            if (Modifier.isStatic(parse.getModifiers()) && type.isAssignableFrom(parse.getReturnType())) {
                return parse.invoke(null, text);
            }
        } catch (NoSuchMethodException e) {
            // Falls through to the generic parse below.
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof IllegalArgumentException iae) {
                throw iae;
            }
            throw new IllegalStateException(e.getCause());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
        return parseGeneric(type, text);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object parseGeneric(Class<?> type, String text) {
        return Labelled.parse((Class) type, text);
    }

    private static final class PlainNumberSerializer extends StdSerializer<Double> {
        PlainNumberSerializer() {
            super(Double.class);
        }

        @Override
        public void serialize(Double value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            double d = value;
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                throw JsonMappingException.from(gen, "not a finite number: " + d);
            }
            if (d == Math.rint(d) && Math.abs(d) < 1e15) {
                gen.writeNumber((long) d);
            } else {
                gen.writeNumber(BigDecimal.valueOf(d).toPlainString());
            }
        }
    }

    @SuppressWarnings("rawtypes")
    private static final class SortedSetSerializer extends StdSerializer<Set> {
        SortedSetSerializer() {
            super(Set.class);
        }

        @Override
        public void serialize(Set value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            List<Object> sorted = new ArrayList<>((Set<?>) value);
            sorted.sort(ELEMENT_ORDER);
            gen.writeStartArray(value, sorted.size());
            for (Object element : sorted) {
                provider.defaultSerializeValue(element, gen);
            }
            gen.writeEndArray();
        }

        /** So that a property marked NON_EMPTY leaves an empty set out, as Jackson's own serializer would. */
        @Override
        public boolean isEmpty(SerializerProvider provider, Set value) {
            return value == null || value.isEmpty();
        }

        @SuppressWarnings("unchecked")
        private static final Comparator<Object> ELEMENT_ORDER = (a, b) ->
                a instanceof Comparable && a.getClass() == b.getClass()
                        ? ((Comparable<Object>) a).compareTo(b)
                        : String.valueOf(a).compareTo(String.valueOf(b));
    }

    private static final class KeyAsTextSerializer extends StdSerializer<Object> {
        KeyAsTextSerializer() {
            super(Object.class);
        }

        @Override
        public void serialize(Object value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeFieldName(value instanceof Labelled labelled ? labelled.label() : value.toString());
        }
    }

    private static final class PeriodKeyDeserializer extends KeyDeserializer {
        @Override
        public Object deserializeKey(String key, DeserializationContext ctxt) throws IOException {
            try {
                return Period.parse(key);
            } catch (IllegalArgumentException e) {
                return ctxt.handleWeirdKey(Period.class, key, e.getMessage());
            }
        }
    }

    private static final class LabelledKeyDeserializers implements KeyDeserializers {
        @Override
        public KeyDeserializer findKeyDeserializer(JavaType type, DeserializationConfig config,
                                                   BeanDescription beanDesc) {
            Class<?> raw = type.getRawClass();
            if (!raw.isEnum() || !Labelled.class.isAssignableFrom(raw)) {
                return null;
            }
            return new KeyDeserializer() {
                @Override
                public Object deserializeKey(String key, DeserializationContext ctxt) throws IOException {
                    try {
                        return parseLabel(raw, key);
                    } catch (IllegalArgumentException e) {
                        return ctxt.handleWeirdKey(raw, key, "expected one of " + choices(e));
                    }
                }
            };
        }
    }

    private static final class LabelledEnumModifier extends BeanDeserializerModifier {
        @Override
        public JsonDeserializer<?> modifyEnumDeserializer(DeserializationConfig config, JavaType type,
                                                          BeanDescription beanDesc,
                                                          JsonDeserializer<?> deserializer) {
            Class<?> raw = type.getRawClass();
            return Labelled.class.isAssignableFrom(raw) ? new LabelledDeserializer(raw) : deserializer;
        }
    }

    private static final class LabelledDeserializer extends StdScalarDeserializer<Object> {
        private final Class<?> type;

        LabelledDeserializer(Class<?> type) {
            super(type);
            this.type = type;
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                return ctxt.handleUnexpectedToken(type, p);
            }
            String text = p.getText();
            try {
                return parseLabel(type, text);
            } catch (IllegalArgumentException e) {
                throw InvalidFormatException.from(p, "expected one of " + choices(e), text, type);
            }
        }
    }

    /** Labelled.parse says '"x" is not one of a, b, c': keep the list of choices. */
    private static String choices(IllegalArgumentException e) {
        String message = String.valueOf(e.getMessage());
        int at = message.indexOf(" is not one of ");
        return at >= 0 ? message.substring(at + " is not one of ".length()) : message;
    }
}
