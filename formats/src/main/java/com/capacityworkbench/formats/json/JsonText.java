package com.capacityworkbench.formats.json;

import com.fasterxml.jackson.core.JsonProcessingException;

/**
 * A workbench record as one line of JSON, read and written by the same configured mapper as scenario and plan files
 * ({@link JsonDocument}): choices by their lenient labels, NaN and infinity refused. For JSON that lives inside
 * another format, such as a variant's changes in a spreadsheet cell, so that a value reads the same there as in a
 * .json file.
 */
public final class JsonText {

    private JsonText() {
    }

    public static <T> T read(String text, Class<T> type) throws JsonProcessingException {
        return JsonDocument.mapper().readValue(text, type);
    }

    /** The value on one line; throws when it cannot be written (e.g. a NaN factor). */
    public static String write(Object value) throws JsonProcessingException {
        return JsonDocument.mapper().writeValueAsString(value);
    }

    /** What is wrong with a text or a value, in a planner's words (no class names). */
    public static String problem(JsonProcessingException e) {
        return JsonProblems.of(e).message();
    }
}
