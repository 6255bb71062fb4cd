package com.capacityworkbench.formats.excel;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The names in each sheet's name column, collected before rows are read so that a reference to a
 * provider, site, accelerator or dataset can be checked wherever it points (even to a row with other
 * problems). Duplicate names are reported here.
 */
final class KnownNames {

    private final Map<ContractSheet, Map<String, Integer>> firstRowByName = new EnumMap<>(ContractSheet.class);

    static KnownNames collect(Map<ContractSheet, List<SheetRow>> rowsBySheet) {
        KnownNames names = new KnownNames();
        rowsBySheet.forEach((sheet, rows) -> {
            Map<String, Integer> firstRow = new LinkedHashMap<>();
            for (SheetRow row : rows) {
                String name = row.text(sheet.idColumn(), sheet.idColumn().label());
                if (name == null) {
                    continue;
                }
                Integer earlier = firstRow.putIfAbsent(name, row.index() + 1);
                if (earlier != null) {
                    row.problem(sheet.idColumn(), "duplicate " + sheet.idColumn().label() + " \"" + name
                            + "\" (first on row " + earlier + ")");
                }
            }
            names.firstRowByName.put(sheet, firstRow);
        });
        return names;
    }

    /** Whether the sheet has a row of that name; a missing sheet (already reported) knows every name. */
    boolean contains(ContractSheet sheet, String name) {
        Map<String, Integer> names = firstRowByName.get(sheet);
        return names == null || names.containsKey(name);
    }

    List<String> names(ContractSheet sheet) {
        return List.copyOf(firstRowByName.getOrDefault(sheet, Map.of()).keySet());
    }
}
