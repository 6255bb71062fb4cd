package com.capacityworkbench.app.gui.edit;

import com.capacityworkbench.formats.excel.ContractHeaders;
import com.capacityworkbench.formats.excel.ValueKind;
import com.capacityworkbench.model.scenario.Labelled;
import com.capacityworkbench.model.scenario.Scenario;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * One editable column of a concept table: the record component it edits, its header and value kind (the spreadsheet
 * contract's, {@link ContractHeaders}: a table and its sheet never name or read a field two ways), how its text reads
 * and writes, and where its choices come from. Columns are made by {@link #of}, which takes the editor from the
 * schema's kind ({@link Editor}); only what the schema cannot know (an enum, the names offered, a width) is given.
 *
 * @param choices     the values a choice or multi-select editor offers; null for free text
 * @param freeText    a choice editor that also accepts typed text (period pickers)
 */
public record EntityColumn(
        String field,
        String header,
        ValueKind kind,
        CellCodec<?> codec,
        @Nullable Function<Scenario, List<String>> choices,
        boolean freeText,
        double width) {

    /** A column whose kind needs nothing more (text, numbers, periods, yes/no), at its kind's width. */
    public static EntityColumn of(ContractHeaders sheet, String field) {
        return of(sheet, field, null, null, Double.NaN);
    }

    public static EntityColumn of(ContractHeaders sheet, String field, double width) {
        return of(sheet, field, null, null, width);
    }

    /** A CHOICE or CHOICE_SET column offering the enum's labels. */
    public static EntityColumn of(ContractHeaders sheet, String field, Class<? extends Labelled> type) {
        return of(sheet, field, type, null, Double.NaN);
    }

    /** A REFERENCE kind picking from the names given, or a text column suggesting them. */
    public static EntityColumn of(ContractHeaders sheet, String field, Function<Scenario, List<String>> offered) {
        return of(sheet, field, null, offered, Double.NaN);
    }

    public static EntityColumn of(ContractHeaders sheet, String field, Function<Scenario, List<String>> offered,
            double width) {
        return of(sheet, field, null, offered, width);
    }

    private static EntityColumn of(ContractHeaders sheet, String field, @Nullable Class<? extends Labelled> type,
            @Nullable Function<Scenario, List<String>> offered, double width) {
        ValueKind kind = sheet.kind(field);
        Editor editor = Editor.of(kind, type, offered);
        return new EntityColumn(field, sheet.header(field), kind, editor.codec(), editor.choices(), editor.freeText(),
                Double.isNaN(width) ? editor.width() : width);
    }

    /**
     * The value a cell's text stands for. A number may carry the column's unit, as a spreadsheet shows it and puts it
     * on the clipboard ("30.00 MW" under "Power cap (MW)").
     */
    public Object parse(String text) {
        String unit = ContractHeaders.unit(header);
        String trimmed = text.strip();
        if (!unit.isEmpty() && trimmed.length() > unit.length()
                && trimmed.regionMatches(true, trimmed.length() - unit.length(), unit, 0, unit.length())) {
            trimmed = trimmed.substring(0, trimmed.length() - unit.length()).strip();
        }
        return codec.parse(trimmed);
    }


    public boolean isMulti() {
        return codec.isMulti();
    }

    public boolean hasChoices() {
        return choices != null;
    }

    /**
     * The value as the table shows it: numbers with thousands separators ("24,912"); everything else as
     * {@link #format}. Editing and copying use {@link #format}, which a spreadsheet reads back as it is.
     */
    public String display(@Nullable Object value) {
        if (value instanceof Double d) {
            return Codecs.grouped(d);
        }
        if (value instanceof Integer i) {
            return Codecs.grouped(i);
        }
        return format(value);
    }

    public String format(@Nullable Object value) {
        return codec.formatObject(value);
    }
}
