package com.capacityworkbench.formats.excel;

import com.capacityworkbench.formats.io.FileProblem;
import com.capacityworkbench.model.validation.ValidationProblem;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Maps a validator path such as {@code workloads[12].datasets} (or {@code purchaseOptions.offers[2].blockSize})
 * back to the cell it came from: the row
 * that became the 13th workload, the column of the {@code datasets} component (the name cell when the
 * sheet has no such column). Settings paths such as {@code policies.primaryProvider} go to that key's
 * Value cell.
 */
final class ProblemLocator {

    private static final Pattern PATH = Pattern.compile("([A-Za-z.]+)\\[(\\d+)](?:\\.([A-Za-z]+))?.*");

    private final Map<ContractSheet, List<SheetRow>> rowsBySheet;
    private final Map<SettingsKey, String> settingsLocations;

    private final UncertaintySheet.Read uncertainty;

    /** @param rowsBySheet each sheet's rows in the order they became the scenario's list entries */
    ProblemLocator(Map<ContractSheet, List<SheetRow>> rowsBySheet, Map<SettingsKey, String> settingsLocations) {
        this(rowsBySheet, settingsLocations, UncertaintySheet.Read.NONE);
    }

    /** @param uncertainty the Uncertainty sheet's rows, for problems of {@code uncertainty[i]} */
    ProblemLocator(Map<ContractSheet, List<SheetRow>> rowsBySheet, Map<SettingsKey, String> settingsLocations,
            UncertaintySheet.Read uncertainty) {
        this.rowsBySheet = rowsBySheet;
        this.settingsLocations = settingsLocations;
        this.uncertainty = uncertainty;
    }

    FileProblem locate(ValidationProblem problem) {
        return new FileProblem(location(problem.path()), problem.message());
    }

    String location(String path) {
        Matcher m = PATH.matcher(path);
        if (m.matches() && m.group(1).equals("uncertainty")) {
            return uncertainty.location(Integer.parseInt(m.group(2)), m.group(3));
        }
        if (m.matches()) {
            var sheet = ContractSheet.forComponent(m.group(1));
            if (sheet.isPresent()) {
                List<SheetRow> rows = rowsBySheet.getOrDefault(sheet.get(), List.of());
                int index = Integer.parseInt(m.group(2));
                if (index < rows.size()) {
                    SheetRow row = rows.get(index);
                    String field = m.group(3);
                    ContractColumn column = field == null ? sheet.get().idColumn()
                            : sheet.get().findColumn(field).orElse(sheet.get().idColumn());
                    return row.location(column);
                }
                return sheet.get().sheetName();
            }
        }
        return SettingsKey.forPath(path)
                .map(key -> settingsLocations.getOrDefault(key, ContractSheet.SETTINGS.sheetName()))
                .orElse(path);
    }
}
