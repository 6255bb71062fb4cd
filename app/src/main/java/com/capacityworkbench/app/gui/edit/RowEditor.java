package com.capacityworkbench.app.gui.edit;

import com.capacityworkbench.app.gui.document.RecordEdit;
import com.capacityworkbench.formats.excel.ContractHeaders;
import com.capacityworkbench.model.scenario.Scenario;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Supplier;

/** Turns cell text and pasted rows into records through the columns' codecs; copies rows out as TSV. */
final class RowEditor<T extends Record> {

    /** @param ignoredHeaders headers of the pasted header line that name no column of the table, in their order */
    record Pasted<T>(List<T> items, int count, List<String> ignoredHeaders) {
    }

    private final Supplier<List<EntityColumn>> columns;
    private final BiFunction<Scenario, String, T> blank;

    RowEditor(Supplier<List<EntityColumn>> columns, BiFunction<Scenario, String, T> blank) {
        this.columns = columns;
        this.blank = blank;
    }

    T withCell(T item, String field, String text) {
        EntityColumn column = column(field);
        return RecordEdit.with(item, field, column.parse(text));
    }

    String copy(List<T> items, List<Integer> indices) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(columns.get().stream().map(EntityColumn::header).toList());
        for (int i : indices) {
            T item = items.get(i);
            rows.add(columns.get().stream().map(c -> c.format(RecordEdit.get(item, c.field()))).toList());
        }
        return Tsv.format(rows);
    }

    Pasted<T> paste(Scenario scenario, List<T> existing, String tsv) {
        List<List<String>> rows = Tsv.parse(tsv);
        if (rows.isEmpty()) {
            throw new IllegalArgumentException("The clipboard holds no rows.");
        }
        List<EntityColumn> order = headerOrder(rows.getFirst());
        boolean hasHeader = order != null;
        List<String> ignored = new ArrayList<>();
        if (hasHeader) {
            for (int c = 0; c < order.size(); c++) {
                if (order.get(c) == null && !rows.getFirst().get(c).isBlank()) {
                    ignored.add(rows.getFirst().get(c).trim());
                }
            }
        } else {
            order = columns.get();
            refuseBareNumbers(rows);
        }
        String idField = columns.get().getFirst().field();
        List<T> items = new ArrayList<>(existing);
        Map<String, Integer> positionById = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            positionById.put(String.valueOf(RecordEdit.get(items.get(i), idField)), i);
        }
        List<String> errors = new ArrayList<>();
        int count = 0;
        for (int r = hasHeader ? 1 : 0; r < rows.size(); r++) {
            List<String> cells = rows.get(r);
            int idColumn = order.indexOf(columns.get().getFirst());
            String id = idColumn >= 0 && idColumn < cells.size() ? cells.get(idColumn).trim() : "";
            if (id.isEmpty()) {
                errors.add("row " + (r + 1) + ": the first column (" + columns.get().getFirst().header() + ") is empty");
                continue;
            }
            Integer at = positionById.get(id);
            T item = at != null ? items.get(at) : blank.apply(scenario, id);
            for (int c = 0; c < Math.min(cells.size(), order.size()); c++) {
                EntityColumn column = order.get(c);
                if (column == null) {
                    continue;
                }
                try {
                    item = RecordEdit.with(item, column.field(), column.parse(cells.get(c)));
                } catch (IllegalArgumentException e) {
                    errors.add("row " + (r + 1) + ", " + column.header() + ": " + e.getMessage());
                }
            }
            if (at != null) {
                items.set(at, item);
            } else {
                positionById.put(id, items.size());
                items.add(item);
            }
            count++;
        }
        if (!errors.isEmpty()) {
            throw new IllegalArgumentException("Nothing was pasted:\n" + String.join("\n", errors));
        }
        return new Pasted<>(items, count, List.copyOf(ignored));
    }

    /**
     * A pasted column of numbers with no header (figures copied from one column of a sheet) would become rows named
     * "12345": almost certainly a slip, so it is refused with what to do instead.
     */
    private void refuseBareNumbers(List<List<String>> rows) {
        List<String> firsts = rows.stream().map(r -> r.isEmpty() ? "" : r.getFirst().trim()).filter(t -> !t.isEmpty())
                .toList();
        if (!firsts.isEmpty() && firsts.stream().allMatch(RowEditor::isNumber)) {
            String header = columns.get().getFirst().header();
            throw new IllegalArgumentException("Nothing was pasted: the first column holds only numbers (e.g. "
                    + firsts.getFirst() + "), but it is the " + header + " column, a name. Copy whole rows from the "
                    + "spreadsheet, with their header line if the columns are in another order; to change one column, "
                    + "type or paste into its cells.");
        }
    }

    private static boolean isNumber(String text) {
        try {
            Codecs.number(text);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /**
     * The columns named by a header line (null entries for unknown headers), or null when it is not a header. A
     * header names a column as import reads it: case, spaces and a missing unit forgiven.
     */
    private List<EntityColumn> headerOrder(List<String> first) {
        List<EntityColumn> order = new ArrayList<>();
        int known = 0;
        for (String cell : first) {
            EntityColumn match = columns.get().stream()
                    .filter(c -> ContractHeaders.sameColumn(c.header(), cell.trim()))
                    .findFirst().orElse(null);
            known += match != null ? 1 : 0;
            order.add(match);
        }
        return known > 0 && order.getFirst() != null ? order : null;
    }

    private EntityColumn column(String field) {
        return columns.get().stream().filter(c -> c.field().equals(field)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no column " + field));
    }
}
