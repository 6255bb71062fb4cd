package com.capacityworkbench.formats.excel;

import com.capacityworkbench.model.scenario.Labelled;
import com.capacityworkbench.model.scenario.Period;
import com.capacityworkbench.model.scenario.PeriodLength;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Row;
import org.jspecify.annotations.Nullable;

/**
 * One data row of a contract sheet. Each reader method returns the cell's value, or null when the cell
 * is blank or wrong; a wrong cell is reported to the problem list with its {@code Sheet!Cell} and the
 * row remembers that it failed, so no half-read record is ever built from it.
 */
final class SheetRow {

    private static final Pattern NUMBER_TEXT = Pattern.compile(
            "[-+]?\\$?\\s*(\\d{1,3}(,\\d{3})+|\\d*)(\\.\\d+)?([eE][-+]?\\d+)?\\s*%?");
    /** "8.000", "$90.000": a dot followed by exactly three digits reads as a decimal point, or as thousands. */
    private static final Pattern DOT_THOUSANDS = Pattern.compile("[-+]?\\$?\\s*[1-9]\\d{0,2}\\.\\d{3}\\s*%?");
    private static final Pattern PERIOD_VALUE = Pattern.compile("\\s*([^=]+?)\\s*=\\s*([^=]+?)\\s*");

    private final ContractSheet sheet;
    private final String sheetName;
    private final Row row;
    private final Map<ContractColumn, Integer> columnIndex;
    private final CellReader cells;
    private final ProblemList problems;
    private boolean failed;

    SheetRow(ContractSheet sheet, String sheetName, Row row, Map<ContractColumn, Integer> columnIndex,
             CellReader cells, ProblemList problems) {
        this.sheet = sheet;
        this.sheetName = sheetName;
        this.row = row;
        this.columnIndex = columnIndex;
        this.cells = cells;
        this.problems = problems;
    }

    /** 0-based row index in the sheet. */
    int index() {
        return row.getRowNum();
    }

    boolean failed() {
        return failed;
    }

    /** Where a column's cell of this row is, {@code Workloads!F14}; the name cell when the column is absent. */
    String location(ContractColumn column) {
        Integer col = columnIndex.get(column);
        if (col == null) {
            col = columnIndex.getOrDefault(sheet.idColumn(), 0);
        }
        return ProblemList.cell(sheetName, row.getRowNum(), col);
    }

    String location(String component) {
        return location(sheet.column(component));
    }

    CellContent content(ContractColumn column) {
        Integer col = columnIndex.get(column);
        return col == null ? CellContent.BLANK : cells.read(row.getCell(col));
    }

    void problem(ContractColumn column, String message) {
        failed = true;
        problems.add(location(column), message);
    }

    void problem(String component, String message) {
        problem(sheet.column(component), message);
    }

    // --- text ---------------------------------------------------------------------------------

    @Nullable String text(String component) {
        ContractColumn column = sheet.column(component);
        return text(column, column.label());
    }

    @Nullable String text(ContractColumn column, String label) {
        CellContent content = content(column);
        if (content instanceof CellContent.Failed f) {
            problem(column, label + ": " + f.what());
            return null;
        }
        return content.isBlank() ? null : content.shown();
    }

    @Nullable String requiredText(String component) {
        ContractColumn column = sheet.column(component);
        if (content(column).isBlank()) {
            problem(column, column.header() + " is required");
            return null;
        }
        return text(column, column.label());
    }

    /** A {@code ;}-separated list; empty when blank. */
    List<String> list(String component) {
        String text = text(component);
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(text.split(";")).map(CellReader::trim).filter(s -> !s.isEmpty()).toList();
    }

    // --- numbers --------------------------------------------------------------------------------

    @Nullable Double number(String component, NumberRule rule) {
        ContractColumn column = sheet.column(component);
        return number(column, column.label(), rule, column.header().contains("(%)"));
    }

    @Nullable Double requiredNumber(String component, NumberRule rule) {
        ContractColumn column = sheet.column(component);
        if (content(column).isBlank()) {
            problem(column, column.header() + " is required");
            return null;
        }
        return number(column, column.label(), rule, false);
    }

    @Nullable Integer wholeNumber(String component, NumberRule rule) {
        Double value = number(component, rule);
        return value == null ? null : value.intValue();
    }

    @Nullable Integer requiredWholeNumber(String component, NumberRule rule) {
        Double value = requiredNumber(component, rule);
        return value == null ? null : value.intValue();
    }

    /**
     * @param percentColumn the column's unit is %, so a cell formatted as a percentage (0.4 shown as 40 %)
     *                      means 40
     */
    @Nullable Double number(ContractColumn column, String label, NumberRule rule, boolean percentColumn) {
        CellContent content = content(column);
        Double value = switch (content) {
            case CellContent.Blank b -> null;
            case CellContent.Number n when percentColumn && n.percent() ->
                    BigDecimal.valueOf(n.value()).movePointRight(2).doubleValue();
            case CellContent.Number n -> n.value();
            case CellContent.Text t -> parseNumber(t.text());
            case CellContent.Flag f -> Double.NaN;
            case CellContent.Failed f -> {
                problem(column, label + ": " + f.what());
                yield null;
            }
        };
        if (value == null) {
            return null;
        }
        if (value.isNaN() || !rule.accepts(value)) {
            problem(column, label + " must be " + rule.description() + ", got \"" + content.shown() + "\"");
            return null;
        }
        warnIfAmbiguous(column, content, value, percentColumn);
        return value;
    }

    /** The readings a planner may not have meant: a dot that may separate thousands, a fraction where % is meant. */
    private void warnIfAmbiguous(ContractColumn column, CellContent content, double value, boolean percentColumn) {
        if (content instanceof CellContent.Text t && DOT_THOUSANDS.matcher(t.text()).matches()) {
            String thousands = CellContent.formatNumber(Math.round(value * 1000));
            problems.warn(location(column), "\"" + t.text() + "\" was read as " + CellContent.formatNumber(value)
                    + " (a dot is the decimal point here); if " + thousands + " was meant, write " + thousands);
        }
        boolean fraction = value > 0 && value < 1 && switch (content) {
            case CellContent.Number n -> !n.percent();
            case CellContent.Text t -> !t.text().contains("%");
            default -> false;
        };
        if (percentColumn && fraction) {
            String percent = CellContent.formatNumber(BigDecimal.valueOf(value).movePointRight(2).doubleValue());
            problems.warn(location(column), "\"" + content.shown() + "\" was read as " + content.shown()
                    + " % (the column is in %); if " + percent + " % was meant, write " + percent + " or "
                    + percent + "%");
        }
    }

    /** A number typed as text: "4096", "4,096", "$2.10", "40%" (the unit is in the header); NaN if none. */
    static double parseNumber(String text) {
        String t = text.strip();
        if (t.isEmpty() || !NUMBER_TEXT.matcher(t).matches() || t.replaceAll("[^0-9]", "").isEmpty()) {
            return Double.NaN;
        }
        try {
            return Double.parseDouble(t.replace("$", "").replace(",", "").replace("%", "").replace(" ", ""));
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    // --- flags and choices ----------------------------------------------------------------------

    @Nullable Boolean flag(String component) {
        ContractColumn column = sheet.column(component);
        return flag(column, column.label());
    }

    @Nullable Boolean flag(ContractColumn column, String label) {
        CellContent content = content(column);
        Boolean value = switch (content) {
            case CellContent.Blank b -> null;
            case CellContent.Flag f -> f.value();
            case CellContent.Number n when n.value() == 1 -> true;
            case CellContent.Number n when n.value() == 0 -> false;
            case CellContent.Text t -> parseFlag(t.text());
            default -> null;
        };
        if (value == null && !content.isBlank()) {
            problem(column, label + " must be yes or no, got \"" + content.shown() + "\"");
        }
        return value;
    }

    static @Nullable Boolean parseFlag(String text) {
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "yes", "y", "true", "1" -> true;
            case "no", "n", "false", "0" -> false;
            default -> null;
        };
    }

    /** One of an enum's labels, e.g. a provider kind. */
    <E extends Enum<E> & Labelled> @Nullable E choice(String component, Class<E> type, Function<String, E> parser,
                                                      boolean required) {
        return choice(component, parser, labels(type), required);
    }

    static <E extends Enum<E> & Labelled> List<String> labels(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Labelled::label).toList();
    }

    /** A choice from a fixed list; {@code parser} throws IllegalArgumentException for other text. */
    <E> @Nullable E choice(String component, Function<String, E> parser, List<String> labels, boolean required) {
        ContractColumn column = sheet.column(component);
        return choice(column, column.label(), parser, labels, required);
    }

    <E> @Nullable E choice(ContractColumn column, String label, Function<String, E> parser, List<String> labels,
                           boolean required) {
        String text = required ? requiredText(column.component()) : text(column, label);
        if (text == null) {
            return null;
        }
        try {
            return parser.apply(text);
        } catch (IllegalArgumentException e) {
            problem(column, label + " must be one of " + String.join(", ", labels) + ", got \"" + text + "\"");
            return null;
        }
    }

    // --- periods --------------------------------------------------------------------------------

    @Nullable Period period(String component, PeriodLength length, boolean required) {
        ContractColumn column = sheet.column(component);
        return period(column, column.label(), length, required);
    }

    @Nullable Period period(ContractColumn column, String label, PeriodLength length, boolean required) {
        CellContent content = content(column);
        if (content.isBlank()) {
            if (required) {
                problem(column, (column.required() ? column.header() : label) + " is required");
            }
            return null;
        }
        if (content instanceof CellContent.Failed f) {
            problem(column, label + ": " + f.what());
            return null;
        }
        try {
            return PeriodCells.read(content, label, length);
        } catch (IllegalArgumentException e) {
            problem(column, e.getMessage());
            return null;
        }
    }

    /** {@code 2027-Q1=4096;2027-Q3=8192}: a value per period, in the order written; empty when blank. */
    Map<Period, Double> periodValues(String component, PeriodLength length, NumberRule rule) {
        ContractColumn column = sheet.column(component);
        String text = text(column, column.label());
        Map<Period, Double> values = new LinkedHashMap<>();
        if (text == null) {
            return values;
        }
        List<String> wrong = new ArrayList<>();
        for (String entry : text.split(";")) {
            if (entry.isBlank()) {
                continue;
            }
            var m = PERIOD_VALUE.matcher(entry);
            if (!m.matches()) {
                wrong.add(column.label() + " must be PERIOD=VALUE pairs separated by \";\", got \"" + entry.strip() + "\"");
                continue;
            }
            try {
                Period period = PeriodCells.parse(m.group(1), column.label(), length);
                if (period.length() != length) {
                    wrong.add(column.label() + " " + period + " is a " + period.length().label()
                            + " but the horizon is in " + length.label() + "s");
                    continue;
                }
                double value = parseNumber(m.group(2));
                if (Double.isNaN(value) || !rule.accepts(value)) {
                    wrong.add(column.label() + " for " + period + " must be " + rule.description()
                            + ", got \"" + m.group(2) + "\"");
                } else if (values.put(period, value) != null) {
                    wrong.add(column.label() + " lists " + period + " twice");
                }
            } catch (IllegalArgumentException e) {
                wrong.add(e.getMessage());
            }
        }
        wrong.forEach(message -> problem(column, message));
        return values;
    }
}
