package com.capacityworkbench.app.gui.variants;

import com.capacityworkbench.app.gui.document.ScenarioDocument;
import com.capacityworkbench.model.scenario.Scenario;
import com.capacityworkbench.model.scenario.Change;
import com.capacityworkbench.model.variant.ResolvedVariant;
import com.capacityworkbench.model.variant.StaleChange;
import com.capacityworkbench.model.scenario.Variant;
import com.capacityworkbench.model.variant.VariantResolver;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.jspecify.annotations.Nullable;

/**
 * The scenario's what-if variants as the Variants screen edits them: add, duplicate, delete, rename, and add or
 * remove typed changes. Every edit goes through the document, so it is undoable and saved with the scenario;
 * variants are re-resolved against the current base, so stale changes show as soon as the base loses a target.
 */
public final class VariantsViewModel {

    private final ScenarioDocument document;
    private final ObservableList<Variant> variants = FXCollections.observableArrayList();
    private final ObjectProperty<@Nullable String> selected = new SimpleObjectProperty<>();

    public VariantsViewModel(ScenarioDocument document) {
        this.document = document;
        refresh(document.scenario());
        document.scenarioProperty().addListener((obs, old, now) -> refresh(now));
    }

    private void refresh(Scenario scenario) {
        variants.setAll(scenario.variants());
        if (selected.get() != null && find(selected.get()).isEmpty()) {
            selected.set(null);
        }
    }

    public ScenarioDocument document() {
        return document;
    }

    public ObservableList<Variant> variants() {
        return variants;
    }

    public ObjectProperty<@Nullable String> selectedProperty() {
        return selected;
    }

    public Optional<Variant> find(String id) {
        return variants.stream().filter(v -> v.id().equals(id)).findFirst();
    }

    public Optional<Variant> selectedVariant() {
        return selected.get() == null ? Optional.empty() : find(selected.get());
    }

    /** Adds an empty variant on top of {@code basedOn} (null: the base) and selects it. */
    public String add(String name, @Nullable String basedOn) {
        return add(name, basedOn, List.of());
    }

    /** Adds a variant with its changes in one undoable step and selects it. */
    public String add(String name, @Nullable String basedOn, List<Change> changes) {
        String id = freeId(name);
        List<Variant> next = new ArrayList<>(variants);
        next.add(new Variant(id, name, basedOn, null, changes));
        apply("Add variant " + name, next);
        selected.set(id);
        return id;
    }

    public Optional<String> duplicate(String id) {
        return find(id).map(v -> {
            String copyName = v.name() + " (copy)";
            String copyId = freeId(copyName);
            List<Variant> next = new ArrayList<>(variants);
            next.add(next.indexOf(v) + 1, v.duplicate(copyId, copyName));
            apply("Duplicate variant " + v.name(), next);
            selected.set(copyId);
            return copyId;
        });
    }

    /** Deletes a variant; variants built on it are rebased on its parent so none is left dangling. */
    public void delete(String id) {
        find(id).ifPresent(v -> {
            List<Variant> next = variants.stream().filter(x -> !x.id().equals(id))
                    .map(x -> id.equals(x.basedOn()) ? new Variant(x.id(), x.name(), v.basedOn(), x.description(), x.changes()) : x)
                    .toList();
            apply("Delete variant " + v.name(), next);
        });
    }

    public void rename(String id, String name) {
        if (name == null || name.isBlank()) {
            return;
        }
        update(id, "Rename variant", v -> new Variant(v.id(), name.trim(), v.basedOn(), v.description(), v.changes()));
    }

    public void describe(String id, String description) {
        update(id, "Edit variant description", v -> new Variant(v.id(), v.name(), v.basedOn(),
                description == null || description.isBlank() ? null : description, v.changes()));
    }

    public void addChange(String id, Change change) {
        update(id, "Add change: " + change.describe(), v -> {
            List<Change> changes = new ArrayList<>(v.changes());
            changes.add(change);
            return v.withChanges(changes);
        });
    }

    public void removeChange(String id, int index) {
        update(id, "Remove change", v -> {
            List<Change> changes = new ArrayList<>(v.changes());
            if (index >= 0 && index < changes.size()) {
                changes.remove(index);
            }
            return v.withChanges(changes);
        });
    }

    /** The selected variant applied to the current base: its scenario and its stale changes. */
    public Optional<ResolvedVariant> resolved(String id) {
        try {
            return Optional.of(new VariantResolver(document.scenario(), variants).resolve(id));
        } catch (IllegalArgumentException broken) {
            return Optional.empty();
        }
    }

    /** Stale changes of a variant by their index in it. */
    public Map<Integer, String> staleChanges(String id) {
        return resolved(id).map(r -> r.staleChanges().stream()
                        .collect(Collectors.toMap(StaleChange::index, StaleChange::reason, (a, b) -> a)))
                .orElse(Map.of());
    }

    /** Children of a variant, or of the base when {@code parent} is null: the tree the screen shows. */
    public List<Variant> childrenOf(@Nullable String parent) {
        return variants.stream().filter(v -> java.util.Objects.equals(v.basedOn(), parent)).toList();
    }

    private void update(String id, String label, UnaryOperator<Variant> change) {
        List<Variant> next = variants.stream().map(v -> v.id().equals(id) ? change.apply(v) : v).toList();
        apply(label, next);
    }

    private void apply(String label, List<Variant> next) {
        document.apply(label, document.scenario().withVariants(next));
    }

    private String freeId(String name) {
        String base = name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        if (base.isEmpty()) {
            base = "variant";
        }
        Set<String> taken = variants.stream().map(Variant::id).collect(Collectors.toSet());
        String id = base;
        for (int n = 2; taken.contains(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }
}
