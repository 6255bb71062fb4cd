package com.capacityworkbench.formats.json;

import com.capacityworkbench.formats.io.FileProblem;
import com.capacityworkbench.model.scenario.Labelled;
import com.capacityworkbench.model.scenario.Period;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.io.IOException;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Turns what Jackson throws into one {@link FileProblem} a planner can act on: syntax errors at
 * "line L, column C", content errors at a path like {@code workloads[3].demand} with
 * "expected a number, got \"lots\"". Never a stack trace, never a Java class name.
 */
final class JsonProblems {

    /** Jackson lists a type property's known values in its message: "known type ids = [discrete, normal]". */
    private static final Pattern KNOWN_TYPE_IDS = Pattern.compile("known type ids = \\[([^\\]]*)]");

    private JsonProblems() {
    }

    /** A problem found while parsing the text: located by line and column. */
    static FileProblem of(JsonProcessingException e) {
        if (e instanceof JsonMappingException mapping) {
            return content(mapping, MissingNode.getInstance());
        }
        return syntax(e);
    }

    /**
     * A problem found while turning the parsed file ({@code tree}) into records: located by path, with the
     * offending value looked up in the tree (the parser has moved on by the time the exception arrives).
     */
    static FileProblem of(JsonProcessingException e, JsonNode tree) {
        if (e instanceof JsonMappingException mapping) {
            return content(mapping, tree);
        }
        return syntax(e);
    }

    /**
     * A problem found while turning a filled-in tree into records: located by path, with its line looked up in the
     * file's text (a tree has no lines).
     */
    static FileProblem ofTree(JsonProcessingException e, JsonNode tree, byte[] content) {
        if (!(e instanceof JsonMappingException mapping)) {
            return syntax(e);
        }
        FileProblem problem = contentAtPath(mapping, tree);
        int line = lineOf(content, mapping.getPath());
        return line <= 0 ? problem : new FileProblem(problem.location(), problem.message() + " (line " + line + ")");
    }

    /** The line where the value at a path starts in the text; 0 when the text has nothing there. */
    private static int lineOf(byte[] content, List<JsonMappingException.Reference> references) {
        JsonPointer target = JsonPointer.empty();
        for (JsonMappingException.Reference reference : references) {
            target = reference.getIndex() >= 0 ? target.appendIndex(reference.getIndex())
                    : target.appendProperty(reference.getFieldName());
        }
        try (JsonParser parser = LINE_FINDER.createParser(content)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token != JsonToken.FIELD_NAME && target.equals(parser.getParsingContext().pathAsPointer())) {
                    return parser.currentTokenLocation().getLineNr();
                }
            }
        } catch (IOException e) {
            return 0;
        }
        return 0;
    }

    private static final JsonFactory LINE_FINDER = new JsonFactory();

    private static FileProblem syntax(JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        String location = at == null ? "" : "line " + at.getLineNr() + ", column " + at.getColumnNr();
        String message = clean(e.getOriginalMessage());
        if (e instanceof JsonEOFException || message.contains("end-of-input")) {
            message = "the file ends too early (is it cut off?): " + message;
        } else if (!message.isEmpty()) {
            message = "not valid JSON: " + message;
        }
        return new FileProblem(location, message);
    }

    /** A content problem at its path, with the line where it is in the message (files can be long). */
    private static FileProblem content(JsonMappingException e, JsonNode tree) {
        FileProblem problem = contentAtPath(e, tree);
        JsonLocation at = e.getLocation();
        if (at == null || at.getLineNr() <= 0) {
            return problem;
        }
        return new FileProblem(problem.location(), problem.message() + " (line " + at.getLineNr() + ")");
    }

    private static FileProblem contentAtPath(JsonMappingException e, JsonNode tree) {
        String path = path(e.getPath());
        if (e instanceof UnrecognizedPropertyException unknown) {
            Set<String> known = new TreeSet<>();
            if (unknown.getKnownPropertyIds() != null) {
                unknown.getKnownPropertyIds().forEach(id -> known.add(String.valueOf(id)));
            }
            return new FileProblem(path, "unknown field \"" + unknown.getPropertyName() + "\""
                    + (known.isEmpty() ? "" : "; expected one of: " + String.join(", ", known)));
        }
        if (e instanceof ValueInstantiationException) {
            return new FileProblem(path, instantiationMessage(e));
        }
        if (e instanceof InvalidFormatException invalid) {
            Class<?> target = invalid.getTargetType();
            if (target != null && (Labelled.class.isAssignableFrom(target) || target == Period.class)) {
                return new FileProblem(path, clean(e.getOriginalMessage()) + ", got " + quote(invalid.getValue()));
            }
            return new FileProblem(path, "expected " + expected(target) + ", got " + quote(invalid.getValue()));
        }
        if (e instanceof InvalidTypeIdException unknownType) {
            Matcher known = KNOWN_TYPE_IDS.matcher(String.valueOf(e.getOriginalMessage()));
            return new FileProblem(path, "unknown type " + quote(unknownType.getTypeId())
                    + (known.find() ? "; expected one of: " + known.group(1) : ""));
        }
        if (e instanceof MismatchedInputException mismatch) {
            return new FileProblem(path, "expected " + expected(mismatch.getTargetType()) + ", got "
                    + actual(nodeAt(tree, e.getPath())));
        }
        Throwable cause = e.getCause();
        if (cause instanceof InputCoercionException tooLarge) {
            return new FileProblem(path, "expected a whole number from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE
                    + ", got " + actual(nodeAt(tree, e.getPath())));
        }
        if (cause instanceof IllegalArgumentException) {
            return new FileProblem(path, clean(cause.getMessage()));
        }
        return new FileProblem(path, clean(e.getOriginalMessage()));
    }

    private static String instantiationMessage(JsonMappingException e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        if (root instanceof NullPointerException) {
            return "a list or map here contains null or is missing";
        }
        if (root instanceof IllegalArgumentException && root.getMessage() != null) {
            return clean(root.getMessage());
        }
        return clean(e.getOriginalMessage());
    }

    /** {@code workloads[3].demand}; map entries as {@code powerCapByPeriod[2027-Q1]}. */
    static String path(List<JsonMappingException.Reference> references) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : references) {
            if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            } else if (reference.getFieldName() != null) {
                if (reference.getFrom() instanceof Map<?, ?>) {
                    path.append('[').append(reference.getFieldName()).append(']');
                } else {
                    if (!path.isEmpty()) {
                        path.append('.');
                    }
                    path.append(reference.getFieldName());
                }
            }
        }
        return path.toString();
    }

    private static String expected(Class<?> target) {
        if (target == null) {
            return "another kind of value";
        }
        if (target == double.class || target == Double.class || target == float.class || target == Float.class) {
            return "a number";
        }
        if (target == int.class || target == Integer.class || target == long.class || target == Long.class) {
            return "a whole number";
        }
        if (target == boolean.class || target == Boolean.class) {
            return "true or false";
        }
        if (target == String.class) {
            return "a text in quotes";
        }
        if (target == Period.class) {
            return "a period such as \"2027-Q1\" or \"2027-03\"";
        }
        if (Labelled.class.isAssignableFrom(target) && target.isEnum()) {
            return "one of " + Arrays.stream(target.getEnumConstants())
                    .map(c -> ((Labelled) c).label()).collect(Collectors.joining(", "));
        }
        if (Collection.class.isAssignableFrom(target) || target.isArray()) {
            return "a list [...]";
        }
        return "an object {...}";
    }

    private static JsonNode nodeAt(JsonNode tree, List<JsonMappingException.Reference> references) {
        JsonNode node = tree;
        for (JsonMappingException.Reference reference : references) {
            node = reference.getIndex() >= 0 ? node.path(reference.getIndex())
                    : reference.getFieldName() != null ? node.path(reference.getFieldName()) : node;
        }
        return node;
    }

    private static String actual(JsonNode node) {
        return switch (node.getNodeType()) {
            case STRING -> quote(node.asText());
            case NUMBER, BOOLEAN -> node.asText();
            case NULL -> "null";
            case ARRAY -> "a list";
            case OBJECT, POJO -> "an object";
            case MISSING, BINARY -> "something else";
        };
    }

    private static String quote(Object value) {
        return value instanceof String s ? "\"" + s + "\"" : String.valueOf(value);
    }

    /** Drops Jackson's source descriptions and Java type names from a message. */
    static String clean(String message) {
        if (message == null) {
            return "";
        }
        String text = message.replaceAll("\\s*\\[Source: [^\\]]*?; (line: \\d+, column: \\d+)\\]", " ($1)")
                .replaceAll("\\s*\\(for [A-Za-z]+ starting at (\\(line: \\d+, column: \\d+\\))\\)", " started at $1")
                .replaceAll("\\n.*", "")
                .replace("in VALUE_STRING", "inside a text in quotes")
                .replace("VALUE_STRING", "a text")
                .trim();
        return text;
    }
}
