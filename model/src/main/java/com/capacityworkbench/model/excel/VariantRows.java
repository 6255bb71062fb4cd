package com.capacityworkbench.model.excel;

import com.capacityworkbench.model.variant.Change;
import com.capacityworkbench.model.variant.Variant;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A Variants row ↔ a {@link Variant}. Changes are typed records of a dozen kinds, so their cell holds them
 * as the scenario JSON file writes them (a JSON array); a second column says them in words for the reader.
 */
final class VariantRows {

    private static final TypeReference<List<Change>> CHANGES = new TypeReference<>() {
    };

    /** Records, labels (@JsonValue) and periods map to JSON by their own annotations; nulls are left out. */
    private static final ObjectMapper JSON = JsonMapper.builder()
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private VariantRows() {
    }

    static List<Object> cells(Variant variant) {
        String changes;
        try {
            changes = JSON.writerFor(CHANGES).writeValueAsString(variant.changes());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a variant's changes could not be written as JSON: " + e.getMessage(), e);
        }
        return Arrays.asList(variant.id(), variant.name(), variant.basedOn(), variant.description(), changes,
                variant.changes().stream().map(Change::describe).collect(Collectors.joining("; ")));
    }

    static @Nullable Variant read(SheetRow row, RowContext context) {
        String id = row.requiredText("id");
        String name = row.requiredText("name");
        String basedOn = row.text("basedOn");
        String description = row.text("description");
        String json = row.requiredText("changes");
        List<Change> changes = json == null ? List.of() : parse(row, json);
        if (row.failed()) {
            return null;
        }
        return new Variant(id, name, basedOn, description, changes);
    }

    private static List<Change> parse(SheetRow row, String json) {
        try {
            List<Change> changes = JSON.readValue(json, CHANGES);
            if (changes == null || changes.contains(null)) {
                row.problem("changes", "changes must be a JSON array of changes, e.g. [{\"type\":\"pool-delay\",\"pool\":\"p1\",\"periods\":2}]");
                return List.of();
            }
            return changes;
        } catch (JsonProcessingException | RuntimeException e) {
            String message = e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
            row.problem("changes", "changes are not valid: " + (message == null ? e.getClass().getSimpleName()
                    : message.lines().findFirst().orElse(message)));
            return List.of();
        }
    }
}
