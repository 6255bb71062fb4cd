package com.capacityworkbench.app.gui.edit;

import com.capacityworkbench.formats.excel.ContractHeaders;
import com.capacityworkbench.model.scenario.Labelled;
import com.capacityworkbench.model.scenario.Period;
import com.capacityworkbench.model.scenario.Scenario;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * One editable column of a concept table: the record component it edits, its header (the spreadsheet contract's,
 * {@link ContractHeaders}: a table and its sheet never name a field two ways), how its text reads and writes, and
 * where its choices come from.
 *
 * @param choices     the values a choice or multi-select editor offers; null for free text
 * @param freeText    a choice editor that also accepts typed text (period pickers)
 */
public record EntityColumn(
        String field,
        String header,
        CellCodec<?> codec,
        @Nullable Function<Scenario, List<String>> choices,
        boolean freeText,
        double width) {

    public static EntityColumn text(ContractHeaders sheet, String field, double width) {
        return new EntityColumn(field, sheet.header(field), Codecs.TEXT, null, true, width);
    }

    public static EntityColumn optionalText(ContractHeaders sheet, String field, double width) {
        return new EntityColumn(field, sheet.header(field), Codecs.OPTIONAL_TEXT, null, true, width);
    }

    public static EntityColumn integer(ContractHeaders sheet, String field) {
        return new EntityColumn(field, sheet.header(field), Codecs.INTEGER, null, true, 90);
    }

    public static EntityColumn decimal(ContractHeaders sheet, String field) {
        return new EntityColumn(field, sheet.header(field), Codecs.DECIMAL, null, true, 100);
    }

    public static EntityColumn optionalDecimal(ContractHeaders sheet, String field) {
        return new EntityColumn(field, sheet.header(field), Codecs.OPTIONAL_DECIMAL, null, true, 100);
    }

    public static EntityColumn yesNo(ContractHeaders sheet, String field) {
        return new EntityColumn(field, sheet.header(field), Codecs.YES_NO, s -> List.of("yes", "no"), false, 80);
    }

    public static <E extends Enum<E> & Labelled> EntityColumn choice(ContractHeaders sheet, String field, Class<E> type) {
        List<String> labels = Codecs.labels(type);
        return new EntityColumn(field, sheet.header(field), Codecs.choice(type), s -> labels, false, 110);
    }

    public static <E extends Enum<E> & Labelled> EntityColumn choiceSet(ContractHeaders sheet, String field,
            Class<E> type) {
        List<String> labels = Codecs.labels(type);
        return new EntityColumn(field, sheet.header(field), Codecs.choiceSet(type), s -> labels, false, 130);
    }

    /** A reference to another concept by id (a site, a provider), chosen from the scenario. */
    public static EntityColumn reference(ContractHeaders sheet, String field, Function<Scenario, List<String>> ids,
            boolean optional) {
        return new EntityColumn(field, sheet.header(field), optional ? Codecs.OPTIONAL_TEXT : Codecs.TEXT, ids, false, 140);
    }

    public static EntityColumn references(ContractHeaders sheet, String field, CellCodec<?> codec,
            Function<Scenario, List<String>> ids) {
        return new EntityColumn(field, sheet.header(field), codec, ids, false, 180);
    }

    /** A period picker offering the horizon's periods; typing another period is allowed. */
    public static EntityColumn period(ContractHeaders sheet, String field) {
        return new EntityColumn(field, sheet.header(field), Codecs.PERIOD,
                s -> s.horizon().periods().stream().map(Period::toString).toList(), true, 90);
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
