package com.capacityworkbench.formats.excel;

import com.capacityworkbench.model.scenario.Scenario;
import com.capacityworkbench.model.uncertainty.DiscreteDistribution;
import com.capacityworkbench.model.uncertainty.DiscreteDistribution.Outcome;
import com.capacityworkbench.model.uncertainty.Distribution;
import com.capacityworkbench.model.uncertainty.DistributionCells;
import com.capacityworkbench.model.uncertainty.NormalDistribution;
import com.capacityworkbench.model.uncertainty.TriangularDistribution;
import com.capacityworkbench.model.uncertainty.UncertainInput;
import com.capacityworkbench.model.uncertainty.UncertainKind;
import com.capacityworkbench.model.uncertainty.UncertaintyModel;
import com.capacityworkbench.model.uncertainty.UniformDistribution;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The optional Uncertainty sheet: one row per uncertain input, its distribution in plain columns (Min, Most likely,
 * Max for uniform and triangular; Mean and SD, cut to Min..Max, for normal; "value: probability %" pairs for
 * discrete), so a planner can type one without knowing JSON. Workbooks without the sheet have no uncertainty.
 */
final class UncertaintySheet {

    static final String NAME = "Uncertainty";
    /** The sheet's columns; the first five are required. Their components are the app's Uncertainty table's. */
    static final List<ContractColumn> COLUMNS = List.of(
            column("Name", "name", true, ValueKind.TEXT),
            column("Kind", "kind", true, ValueKind.REFERENCE),
            column("Target", "target", true, ValueKind.REFERENCE),
            column("Id", "id", true, ValueKind.TEXT),
            column("Distribution", "distribution", true, ValueKind.REFERENCE),
            column("Min", "min", false, ValueKind.OPTIONAL_DECIMAL),
            column("Most likely", "mostLikely", false, ValueKind.OPTIONAL_DECIMAL),
            column("Max", "max", false, ValueKind.OPTIONAL_DECIMAL),
            column("Mean", "mean", false, ValueKind.OPTIONAL_DECIMAL),
            column("SD", "sd", false, ValueKind.OPTIONAL_DECIMAL),
            column("Outcomes", "outcomes", false, ValueKind.OPTIONAL_TEXT),
            column("Driver", "driver", false, ValueKind.OPTIONAL_TEXT),
            column("Widen to", "widenTo", false, ValueKind.REFERENCE_SET));
    static final List<String> HEADERS = COLUMNS.stream().map(ContractColumn::header).toList();

    private UncertaintySheet() {
    }

    // The contract documents this sheet's columns in one line, so they carry no hint of their own.
    private static ContractColumn column(String header, String component, boolean required, ValueKind kind) {
        return new ContractColumn(header, component, required, kind, "");
    }

    static void write(Workbook workbook, WorkbookStyles styles, Scenario scenario) {
        if (scenario.uncertainty().isEmpty()) {
            return;
        }
        TableWriter table = new TableWriter(workbook.createSheet(NAME), styles);
        table.header(HEADERS, HEADERS.stream().map(h -> HEADERS.indexOf(h) < 5).toList());
        for (UncertainInput input : scenario.uncertainty().inputs()) {
            List<Object> row = new ArrayList<>(Arrays.asList(input.name(), input.kind().label(), input.target(),
                    input.id(), null, null, null, null, null, null, null, input.driver(),
                    input.widenTo().isEmpty() ? null : String.join(", ", input.widenTo())));
            switch (input.distribution()) {
                case UniformDistribution u -> fill(row, "uniform", u.min(), null, u.max(), null, null, null);
                case TriangularDistribution t -> fill(row, "triangular", t.min(), t.mode(), t.max(), null, null, null);
                case NormalDistribution n -> fill(row, "normal", n.min(), null, n.max(), n.mean(), n.sd(), null);
                case DiscreteDistribution d -> fill(row, "discrete", null, null, null, null, null,
                        DistributionCells.formatOutcomes(d.outcomes()));
            }
            table.row(row, List.of());
        }
        table.finish();
    }

    private static void fill(List<Object> row, String shape, Double min, Double mode, Double max, Double mean,
            Double sd, String outcomes) {
        row.set(4, shape);
        row.set(5, min);
        row.set(6, mode);
        row.set(7, max);
        row.set(8, mean);
        row.set(9, sd);
        row.set(10, outcomes);
    }

    /** The inputs read, and the sheet row each came from (0-based), to place the validator's problems. */
    record Read(UncertaintyModel model, List<Integer> rows) {

        static final Read NONE = new Read(UncertaintyModel.NONE, List.of());

        /** "Uncertainty!F3" for {@code uncertainty[1].distribution}. */
        String location(int input, String field) {
            if (input >= rows.size()) {
                return NAME;
            }
            String header = switch (field == null ? "" : field) {
                case "kind" -> "Kind";
                case "target" -> "Target";
                case "id" -> "Id";
                case "distribution" -> "Distribution";
                case "driver" -> "Driver";
                case "widenTo" -> "Widen to";
                default -> "Name";
            };
            return ProblemList.cell(NAME, rows.get(input), HEADERS.indexOf(header));
        }
    }

    static Read read(Workbook workbook, CellReader cells, ProblemList problems) {
        Sheet sheet = workbook.getSheet(NAME);
        if (sheet == null || sheet.getRow(sheet.getFirstRowNum()) == null) {
            return Read.NONE;
        }
        Row header = sheet.getRow(sheet.getFirstRowNum());
        Map<String, Integer> columns = new HashMap<>();
        header.forEach(cell -> columns.put(key(cells.read(cell).shown()), cell.getColumnIndex()));
        for (String required : HEADERS.subList(0, 5)) {
            if (!columns.containsKey(key(required))) {
                problems.add(NAME, "missing column \"" + required + "\"");
                return Read.NONE;
            }
        }
        List<UncertainInput> inputs = new ArrayList<>();
        List<Integer> rows = new ArrayList<>();
        for (int r = header.getRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
            RowCells row = new RowCells(sheet.getRow(r), r, columns, cells, problems);
            if (row.isBlank()) {
                continue;
            }
            UncertainInput input = row.input();
            if (input != null) {
                inputs.add(input);
                rows.add(r);
            }
        }
        return new Read(new UncertaintyModel(inputs), rows);
    }

    private static String key(String header) {
        return header.trim().toLowerCase(Locale.ROOT).replaceAll("\\s+", "");
    }

    /** One row read cell by cell; a cell that cannot be read is a problem at that cell, and the row is left out. */
    private record RowCells(Row row, int index, Map<String, Integer> columns, CellReader cells, ProblemList problems) {

        boolean isBlank() {
            return row == null || HEADERS.stream().allMatch(h -> text(h).isEmpty());
        }

        UncertainInput input() {
            int before = problems.toList().size();
            UncertainKind kind = kind();
            Distribution distribution = distribution();
            if (problems.toList().size() > before) {
                return null;
            }
            Set<String> widenTo = new LinkedHashSet<>();
            for (String part : text("Widen to").split(",")) {
                if (!part.isBlank()) {
                    widenTo.add(part.trim());
                }
            }
            String driver = text("Driver");
            return new UncertainInput(text("Name"), kind, text("Target").toLowerCase(Locale.ROOT), text("Id"),
                    distribution, driver.isEmpty() ? null : driver, widenTo);
        }

        private UncertainKind kind() {
            try {
                return UncertainKind.parse(text("Kind"));
            } catch (IllegalArgumentException e) {
                problem("Kind", e.getMessage());
                return null;
            }
        }

        private Distribution distribution() {
            String shape = text("Distribution").toLowerCase(Locale.ROOT);
            return switch (shape) {
                case "uniform" -> new UniformDistribution(number("Min"), number("Max"));
                case "triangular" -> new TriangularDistribution(number("Min"), number("Most likely"), number("Max"));
                case "normal" -> new NormalDistribution(number("Mean"), number("SD"), number("Min"), number("Max"));
                case "discrete" -> new DiscreteDistribution(outcomes());
                default -> {
                    problem("Distribution", "\"" + text("Distribution")
                            + "\" is not a distribution (uniform, triangular, normal, discrete)");
                    yield null;
                }
            };
        }

        /** "0: 50 %; 2: 30 %" (or "0: 0.5; 2: 0.3"). */
        private List<Outcome> outcomes() {
            List<Outcome> outcomes = new ArrayList<>();
            for (String part : text("Outcomes").split(";")) {
                if (part.isBlank()) {
                    continue;
                }
                try {
                    outcomes.add(DistributionCells.parseOutcome(part));
                } catch (IllegalArgumentException e) {
                    problem("Outcomes", e.getMessage());
                }
            }
            if (outcomes.isEmpty() && !text("Outcomes").isBlank()) {
                return outcomes;
            }
            if (outcomes.isEmpty()) {
                problem("Outcomes", "a discrete distribution lists its outcomes, e.g. \"0: 70 %; 2: 30 %\"");
            }
            return outcomes;
        }

        private double number(String header) {
            Integer column = columns.get(key(header));
            CellContent content = column == null ? CellContent.BLANK : cells.read(row.getCell(column));
            if (content instanceof CellContent.Number n) {
                return n.value();
            }
            problem(header, content.isBlank() ? "needs a number for this distribution"
                    : "expected a number, got \"" + content.shown() + "\"");
            return 0;
        }

        private String text(String header) {
            Integer column = columns.get(key(header));
            return row == null || column == null ? "" : cells.read(row.getCell(column)).shown().trim();
        }

        private void problem(String header, String message) {
            Integer column = columns.get(key(header));
            if (column == null) {
                problems.add(NAME, "row " + (index + 1) + ": " + message + " (no \"" + header + "\" column)");
            } else {
                problems.atCell(NAME, index, column, message);
            }
        }
    }
}
