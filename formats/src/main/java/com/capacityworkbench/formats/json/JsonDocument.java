package com.capacityworkbench.formats.json;

import com.capacityworkbench.formats.io.AtomicFileWriter;
import com.capacityworkbench.formats.io.FileProblem;
import com.capacityworkbench.formats.io.ScenarioFileException;
import com.capacityworkbench.model.validation.MissingFields;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

/**
 * A workbench record saved as one JSON object with a top-level {@code schemaVersion}. Reading checks the
 * syntax, the version, every field's type, unknown fields and missing required fields, and reports what
 * is wrong as {@link FileProblem}s; writing is pretty, ordered and atomic.
 */
final class JsonDocument {

    static final int SCHEMA_VERSION = 1;
    static final String VERSION_FIELD = "schemaVersion";

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .addModule(new WorkbenchJsonModule())
            .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_NULL,
                    JsonInclude.Include.NON_NULL))
            .visibility(PropertyAccessor.IS_GETTER, JsonAutoDetect.Visibility.NONE)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            // 42 where an id belongs is a mistake, not the id "42".
            .withCoercionConfig(LogicalType.Textual, config -> config
                    .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
            .build();

    private static final ObjectWriter WRITER = MAPPER.writer(new CompactEmptyPrettyPrinter());

    /** The one configured mapper, for JSON inside other formats ({@link JsonText}). */
    static JsonMapper mapper() {
        return MAPPER;
    }

    private JsonDocument() {
    }

    /** The file's content with the schema version first: what {@link #write} puts on disk. */
    @JsonPropertyOrder({VERSION_FIELD})
    private record Versioned(int schemaVersion, @JsonUnwrapped Record content) {
    }

    static <T extends Record> T read(Path file, Class<T> type) throws ScenarioFileException {
        return read(file, type, object -> new OmittedFields.Filled());
    }

    /**
     * @param omitted fills the fields the file may leave out (in the tree, in place) and names required ones
     *                left out
     */
    static <T extends Record> T read(Path file, Class<T> type, Function<ObjectNode, OmittedFields.Filled> omitted)
            throws ScenarioFileException {
        byte[] content = readBytes(file);
        JsonNode tree = readTree(file, content);
        if (!(tree instanceof ObjectNode object)) {
            throw new ScenarioFileException(file, "expected a JSON object {...} at the top level");
        }
        checkVersion(file, object.get(VERSION_FIELD));
        OmittedFields.Filled filled = omitted.apply(object);
        if (!filled.missing().isEmpty()) {
            throw new ScenarioFileException(file, filled.missing());
        }
        T value;
        try {
            // Read from the text when it is complete, so that problems carry their line; from the filled tree
            // otherwise, and then the line is looked up in the text.
            var reader = MAPPER.readerFor(type).withHandler(new VersionFieldSkipper());
            value = filled.changed() ? reader.readValue(MAPPER.treeAsTokens(object)) : reader.readValue(content);
        } catch (JsonProcessingException e) {
            throw new ScenarioFileException(file, List.of(filled.changed()
                    ? JsonProblems.ofTree(e, tree, content) : JsonProblems.of(e, tree)));
        } catch (IOException | IllegalArgumentException e) {
            throw new ScenarioFileException(file, JsonProblems.clean(e.getMessage()));
        }
        List<FileProblem> missing = MissingFields.find(value).stream()
                .map(p -> new FileProblem(p.path(), p.message())).toList();
        if (!missing.isEmpty()) {
            throw new ScenarioFileException(file, missing);
        }
        return value;
    }

    /** The top-level schemaVersion is the document's, not a field of the record inside it. */
    private static final class VersionFieldSkipper extends DeserializationProblemHandler {
        @Override
        public boolean handleUnknownProperty(DeserializationContext ctxt, JsonParser p, JsonDeserializer<?> deserializer,
                                             Object beanOrClass, String propertyName) throws IOException {
            JsonStreamContext context = p.getParsingContext();
            boolean atTopLevel = context.getParent() != null && context.getParent().inRoot();
            if (atTopLevel && VERSION_FIELD.equals(propertyName)) {
                p.skipChildren();
                return true;
            }
            return false;
        }
    }

    /**
     * Streams the document into the atomic writer's temporary file: a large plan held as one byte array first
     * (and copied as the array grew) ran a 20,000-workload solve out of heap at the very end.
     */
    static void write(Record value, Path file) throws ScenarioFileException {
        AtomicFileWriter.write(file, out -> {
            try {
                writeTo(value, out);
            } catch (JsonProcessingException e) {
                throw new ScenarioFileException(file, "cannot save, the file was left unchanged: " + JsonProblems.of(e));
            }
        });
    }

    private static void writeTo(Record value, OutputStream sink) throws IOException {
        OutputStream out = new BufferedOutputStream(sink, 1 << 16);
        WRITER.without(JsonGenerator.Feature.AUTO_CLOSE_TARGET).writeValue(out, new Versioned(SCHEMA_VERSION, value));
        out.write('\n');
        out.flush();
    }

    /** The exact bytes {@link #write} saves. */
    static byte[] toBytes(Record value) throws JsonProcessingException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            writeTo(value, out);
        } catch (JsonProcessingException e) {
            throw e;
        } catch (IOException e) {
            throw new IllegalStateException("writing to memory cannot fail", e);
        }
        return out.toByteArray();
    }

    static String toText(Record value) throws JsonProcessingException {
        return new String(toBytes(value), StandardCharsets.UTF_8);
    }

    private static byte[] readBytes(Path file) throws ScenarioFileException {
        if (Files.isDirectory(file)) {
            throw new ScenarioFileException(file, "is a folder, not a file");
        }
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new ScenarioFileException(file, "no such file");
        } catch (AccessDeniedException e) {
            throw new ScenarioFileException(file, "cannot read: permission denied");
        } catch (IOException e) {
            throw new ScenarioFileException(file, "cannot read: " + e.getMessage());
        }
    }

    private static JsonNode readTree(Path file, byte[] content) throws ScenarioFileException {
        try {
            JsonNode tree = MAPPER.readTree(content);
            if (tree == null || tree.isMissingNode()) {
                throw new ScenarioFileException(file, "the file is empty");
            }
            return tree;
        } catch (JsonProcessingException e) {
            throw new ScenarioFileException(file, List.of(JsonProblems.of(e)));
        } catch (IOException e) {
            throw new ScenarioFileException(file, "cannot read: " + e.getMessage());
        }
    }

    private static void checkVersion(Path file, JsonNode version) throws ScenarioFileException {
        if (version == null) {
            throw new ScenarioFileException(file, List.of(new FileProblem(VERSION_FIELD,
                    "missing; a workbench file starts with \"" + VERSION_FIELD + "\": " + SCHEMA_VERSION)));
        }
        if (!version.isIntegralNumber()) {
            throw new ScenarioFileException(file, List.of(new FileProblem(VERSION_FIELD,
                    "expected a whole number, got " + version)));
        }
        int found = version.asInt();
        if (found != SCHEMA_VERSION) {
            throw new ScenarioFileException(file, List.of(new FileProblem(VERSION_FIELD, found > SCHEMA_VERSION
                    ? "version " + found + " is newer than this Capacity Workbench reads (" + SCHEMA_VERSION
                            + "); update the app"
                    : "version " + found + " is not supported; this Capacity Workbench reads " + SCHEMA_VERSION)));
        }
    }
}
