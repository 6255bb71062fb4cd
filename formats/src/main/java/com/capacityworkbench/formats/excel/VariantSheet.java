package com.capacityworkbench.formats.excel;

import com.capacityworkbench.formats.json.JsonText;
import com.capacityworkbench.model.scenario.Scenario;
import com.capacityworkbench.model.scenario.Change;
import com.capacityworkbench.model.scenario.Variant;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The optional Variants sheet: a scenario's what-if variants, one row per change (a variant without changes has
 * one row with none). "Change" is the planner's sentence (written, not read); "Change data" is the typed change
 * as JSON, which import reads back. Workbooks without the sheet simply have no variants.
 */
final class VariantSheet {

    static final String NAME = "Variants";
    private static final List<String> HEADERS = List.of("Variant", "Name", "Based on", "Description", "Change",
            "Change data");

    private VariantSheet() {
    }

    static void write(Workbook workbook, WorkbookStyles styles, Scenario scenario) {
        if (scenario.variants().isEmpty()) {
            return;
        }
        TableWriter table = new TableWriter(workbook.createSheet(NAME), styles);
        table.header(HEADERS);
        int row = 1;
        for (Variant v : scenario.variants()) {
            if (v.changes().isEmpty()) {
                table.row(Arrays.asList(v.id(), v.name(), v.basedOn(), v.description(), null, null), List.of());
                row++;
            }
            for (Change change : v.changes()) {
                row++;
                table.row(Arrays.asList(v.id(), v.name(), v.basedOn(), v.description(), change.describe(),
                        json(change, v, row)), List.of());
            }
        }
        table.finish();
    }

    static List<Variant> read(Workbook workbook, CellReader cells, ProblemList problems) {
        Sheet sheet = workbook.getSheet(NAME);
        if (sheet == null || sheet.getRow(sheet.getFirstRowNum()) == null) {
            return List.of();
        }
        Row header = sheet.getRow(sheet.getFirstRowNum());
        Map<String, Integer> columns = new HashMap<>();
        header.forEach(cell -> columns.put(key(cells.read(cell).shown()), cell.getColumnIndex()));
        for (String required : List.of("Variant", "Change data")) {
            if (!columns.containsKey(key(required))) {
                problems.add(NAME, "missing column \"" + required + "\"");
                return List.of();
            }
        }
        Map<String, Variant> variants = new LinkedHashMap<>();
        for (int r = header.getRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            String id = text(row, columns, "Variant", cells);
            if (row == null || id.isEmpty()) {
                continue;
            }
            Variant v = variants.computeIfAbsent(id, k -> new Variant(k, orElse(text(row, columns, "Name", cells), k),
                    blankToNull(text(row, columns, "Based on", cells)), blankToNull(text(row, columns, "Description", cells)),
                    List.of()));
            String data = text(row, columns, "Change data", cells);
            if (data.isEmpty()) {
                continue;
            }
            try {
                List<Change> changes = new ArrayList<>(v.changes());
                changes.add(JsonText.read(data, Change.class));
                variants.put(id, v.withChanges(changes));
            } catch (JsonProcessingException e) {
                problems.atCell(NAME, r, columns.get(key("Change data")), "not a change: " + JsonText.problem(e));
            }
        }
        return List.copyOf(variants.values());
    }

    /** The change as JSON, as a .json file would hold it; a change that cannot be (a NaN factor) stops the save. */
    private static String json(Change change, Variant variant, int row) {
        try {
            return JsonText.write(change);
        } catch (JsonProcessingException e) {
            throw new CellWriteException(NAME + "!F" + row + " (Change data)", new IllegalArgumentException("variant "
                    + variant.id() + ", \"" + change.describe() + "\": " + JsonText.problem(e)));
        }
    }

    private static String text(Row row, Map<String, Integer> columns, String header, CellReader cells) {
        Integer column = columns.get(key(header));
        return row == null || column == null ? "" : cells.read(row.getCell(column)).shown().trim();
    }

    private static String key(String header) {
        return header.trim().toLowerCase(Locale.ROOT).replaceAll("\\s+", "");
    }

    private static String blankToNull(String text) {
        return text.isEmpty() ? null : text;
    }

    private static String orElse(String text, String fallback) {
        return text.isEmpty() ? fallback : text;
    }
}
