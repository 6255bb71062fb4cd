package com.capacityworkbench.model.scenario;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A what-if: an ordered list of typed changes on top of the base scenario, or on top of another variant
 * ({@code basedOn}), so variants form a tree.
 */
public record Variant(
        String id,
        String name,
        @Nullable String basedOn,
        @Nullable String description,
        List<Change> changes) {

    public Variant {
        changes = changes == null ? List.of() : List.copyOf(changes);
    }

    public Variant withChanges(List<Change> newChanges) {
        return new Variant(id, name, basedOn, description, newChanges);
    }

    /** A copy under a new id and name, with the same parent and changes. */
    public Variant duplicate(String newId, String newName) {
        return new Variant(newId, newName, basedOn, description, changes);
    }
}
