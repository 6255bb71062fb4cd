package com.capacityworkbench.app.gui.edit;

import com.capacityworkbench.app.gui.document.RecordEdit;
import com.capacityworkbench.app.gui.document.ScenarioDocument;
import com.capacityworkbench.model.scenario.Scenario;
import java.util.ArrayList;
import java.util.List;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The view-model of one concept table (workloads, pools, …): rows mirrored from the open scenario,
 * a search filter, and every edit — cell, add, duplicate, delete, paste — as one undoable step.
 *
 * @param <T> the concept's record
 */
public abstract class EntityTableViewModel<T extends Record> {

    private final ScenarioDocument document;
    private final String collection;
    private final ObservableList<Row<T>> rows = FXCollections.observableArrayList();
    private final FilteredList<Row<T>> visibleRows = new FilteredList<>(rows);
    private final StringProperty search = new SimpleStringProperty("");
    private final RowEditor<T> editor;
    // Each record's cells as one lower-case line, so a search does not format 5,000 × 17 cells per keystroke.
    private final Map<T, String> searchText = new IdentityHashMap<>();

    protected EntityTableViewModel(ScenarioDocument document, String collection) {
        this.document = document;
        this.collection = collection;
        this.editor = new RowEditor<>(this::columns, this::blank);
        document.scenarioProperty().addListener((obs, old, now) -> syncRows(now));
        search.addListener((obs, old, now) -> visibleRows.setPredicate(matcher(now)));
        syncRows(document.scenario());
    }

    /** The table's columns, the spreadsheet's order; the first is the id. */
    public abstract List<EntityColumn> columns();

    /** A new row with this id and sensible defaults for the scenario. */
    protected abstract T blank(Scenario scenario, String id);

    /** The concept's name in singular, for ids and undo labels ("workload"). */
    public abstract String singular();

    public String collection() {
        return collection;
    }

    /** The start of the table's node ids ("workloads-table"): the collection's last name, as a dot ends a CSS id. */
    public String nodeId() {
        return collection.substring(collection.lastIndexOf('.') + 1);
    }

    public ScenarioDocument document() {
        return document;
    }

    public ObservableList<Row<T>> visibleRows() {
        return visibleRows;
    }

    public int rowCount() {
        return rows.size();
    }

    public StringProperty searchProperty() {
        return search;
    }

    /** The table's rows in the scenario: by default the scenario's component named as the collection. */
    @SuppressWarnings("unchecked")
    public List<T> list(Scenario scenario) {
        return (List<T>) RecordEdit.get(scenario, collection);
    }

    /** The scenario with the table's rows replaced; throws IllegalArgumentException when they cannot be taken. */
    protected Scenario withList(Scenario scenario, List<T> items) {
        return RecordEdit.with(scenario, collection, items);
    }

    public String path(int index, String field) {
        return collection + "[" + index + "]." + field;
    }

    public List<String> problemsAt(int index, String field) {
        List<String> cell = document.messagesAt(path(index, field));
        List<String> row = document.messagesAt(collection + "[" + index + "]");
        if (row.isEmpty()) {
            return cell;
        }
        List<String> all = new ArrayList<>(cell);
        all.addAll(row);
        return all;
    }

    public List<String> choices(EntityColumn column) {
        return column.choices() == null ? List.of() : column.choices().apply(document.scenario());
    }

    /** What would be wrong with this cell if it held {@code text}: a parse error or the validator's messages. */
    public Optional<String> check(int index, String field, String text) {
        try {
            Scenario candidate = withCell(document.scenario(), index, field, text);
            List<String> messages = document.messagesForRow(candidate, collection, index, field);
            return messages.isEmpty() ? Optional.empty() : Optional.of(String.join("\n", messages));
        } catch (IllegalArgumentException e) {
            return Optional.of(e.getMessage());
        }
    }

    /** Sets one cell from its text; throws IllegalArgumentException (nothing changed) when the text is wrong. */
    public void edit(int index, String field, String text) {
        Scenario next = withCell(document.scenario(), index, field, text);
        document.apply("Edit " + singular() + " " + idOf(index) + " " + header(field), next);
    }

    public void add() {
        Scenario s = document.scenario();
        List<T> items = new ArrayList<>(list(s));
        items.add(blank(s, unusedId(s, singular() + "-" + (items.size() + 1))));
        replace("Add " + singular(), items);
    }

    public void duplicate(List<Integer> indices) {
        Scenario s = document.scenario();
        List<T> items = new ArrayList<>(list(s));
        Set<String> taken = ids(s);
        for (int i : new TreeSet<>(indices)) {
            T copy = RecordEdit.with(items.get(i), idField(), unused(taken, idOf(s, i) + "-copy"));
            taken.add(idOf(copy));
            items.add(copy);
        }
        replace("Duplicate " + indices.size() + " " + singular() + "(s)", items);
    }

    public void delete(List<Integer> indices) {
        Scenario s = document.scenario();
        List<T> items = new ArrayList<>(list(s));
        new TreeSet<>(indices).descendingSet().forEach(i -> items.remove((int) i));
        replace("Delete " + indices.size() + " " + singular() + "(s)", items);
    }

    /** Copies rows as tab-separated text with a header line, in column order. */
    public String copy(List<Integer> indices) {
        return editor.copy(list(document.scenario()), indices);
    }

    /** What a paste did: rows added or replaced, and the pasted header line's columns the table has not. */
    public record PasteResult(int rows, List<String> ignoredColumns) {
    }

    /**
     * Pastes tab-separated rows: a first line of known headers picks the columns (named as the spreadsheet names
     * them), else the table's order. A row whose id exists replaces that row, others are added. All or nothing,
     * one undo step.
     */
    public PasteResult paste(String tsv) {
        Scenario s = document.scenario();
        RowEditor.Pasted<T> pasted = editor.paste(s, list(s), tsv);
        replace("Paste " + pasted.count() + " " + singular() + "(s)", pasted.items());
        return new PasteResult(pasted.count(), pasted.ignoredHeaders());
    }

    private Scenario withCell(Scenario s, int index, String field, String text) {
        List<T> items = new ArrayList<>(list(s));
        items.set(index, editor.withCell(items.get(index), field, text));
        return withList(s, items);
    }

    private void replace(String label, List<T> items) {
        document.apply(label, withList(document.scenario(), items));
    }

    private String header(String field) {
        return columns().stream().filter(c -> c.field().equals(field)).map(EntityColumn::header).findFirst().orElse(field);
    }

    private String idField() {
        return columns().getFirst().field();
    }

    private String idOf(int index) {
        return idOf(document.scenario(), index);
    }

    private String idOf(Scenario s, int index) {
        return idOf(list(s).get(index));
    }

    private String idOf(T item) {
        return String.valueOf(RecordEdit.get(item, idField()));
    }

    private Set<String> ids(Scenario s) {
        Set<String> ids = new java.util.HashSet<>();
        list(s).forEach(item -> ids.add(idOf(item)));
        return ids;
    }

    private String unusedId(Scenario s, String wanted) {
        return unused(ids(s), wanted);
    }

    private static String unused(Set<String> taken, String wanted) {
        String id = wanted;
        for (int n = 2; taken.contains(id); n++) {
            id = wanted + "-" + n;
        }
        return id;
    }

    private Predicate<Row<T>> matcher(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String needle = text.trim().toLowerCase(Locale.ROOT);
        return row -> searchText.computeIfAbsent(row.value(), this::lineOf).contains(needle);
    }

    private String lineOf(T item) {
        StringBuilder line = new StringBuilder();
        for (EntityColumn c : columns()) {
            line.append(c.format(RecordEdit.get(item, c.field())).toLowerCase(Locale.ROOT)).append('\t');
        }
        return line.toString();
    }

    /** Updates rows in place where the record changed, so selection and scroll position survive an edit. */
    private void syncRows(Scenario scenario) {
        List<T> items = list(scenario);
        if (searchText.size() > 2 * items.size() + 64) {
            searchText.clear();
        }
        if (items.size() != rows.size()) {
            List<Row<T>> all = new ArrayList<>(items.size());
            for (int i = 0; i < items.size(); i++) {
                all.add(new Row<>(i, items.get(i)));
            }
            rows.setAll(all);
            return;
        }
        for (int i = 0; i < items.size(); i++) {
            if (rows.get(i).value() != items.get(i)) {
                rows.set(i, new Row<>(i, items.get(i)));
            }
        }
    }
}
