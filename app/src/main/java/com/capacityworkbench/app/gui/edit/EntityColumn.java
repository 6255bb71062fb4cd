package com.capacityworkbench.app.gui.edit;

import com.capacityworkbench.model.scenario.Labelled;
import com.capacityworkbench.model.scenario.Period;
import com.capacityworkbench.model.scenario.Scenario;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * One editable column of a concept table: the record component it edits, the header a spreadsheet uses
 * (design.md's contract), how its text reads and writes, and where its choices come from.
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

    public static EntityColumn text(String field, String header, double width) {
        return new EntityColumn(field, header, Codecs.TEXT, null, true, width);
    }

    public static EntityColumn optionalText(String field, String header, double width) {
        return new EntityColumn(field, header, Codecs.OPTIONAL_TEXT, null, true, width);
    }

    public static EntityColumn integer(String field, String header) {
        return new EntityColumn(field, header, Codecs.INTEGER, null, true, 90);
    }

    public static EntityColumn decimal(String field, String header) {
        return new EntityColumn(field, header, Codecs.DECIMAL, null, true, 100);
    }

    public static EntityColumn optionalDecimal(String field, String header) {
        return new EntityColumn(field, header, Codecs.OPTIONAL_DECIMAL, null, true, 100);
    }

    public static EntityColumn yesNo(String field, String header) {
        return new EntityColumn(field, header, Codecs.YES_NO, s -> List.of("yes", "no"), false, 80);
    }

    public static <E extends Enum<E> & Labelled> EntityColumn choice(String field, String header, Class<E> type) {
        List<String> labels = Codecs.labels(type);
        return new EntityColumn(field, header, Codecs.choice(type), s -> labels, false, 110);
    }

    public static <E extends Enum<E> & Labelled> EntityColumn choiceSet(String field, String header, Class<E> type) {
        List<String> labels = Codecs.labels(type);
        return new EntityColumn(field, header, Codecs.choiceSet(type), s -> labels, false, 130);
    }

    /** A reference to another concept by id (a site, a provider), chosen from the scenario. */
    public static EntityColumn reference(String field, String header, Function<Scenario, List<String>> ids,
            boolean optional) {
        return new EntityColumn(field, header, optional ? Codecs.OPTIONAL_TEXT : Codecs.TEXT, ids, false, 140);
    }

    public static EntityColumn references(String field, String header, CellCodec<?> codec,
            Function<Scenario, List<String>> ids) {
        return new EntityColumn(field, header, codec, ids, false, 180);
    }

    /** A period picker offering the horizon's periods; typing another period is allowed. */
    public static EntityColumn period(String field, String header) {
        return new EntityColumn(field, header, Codecs.PERIOD,
                s -> s.horizon().periods().stream().map(Period::toString).toList(), true, 90);
    }

    public boolean isMulti() {
        return codec.isMulti();
    }

    public boolean hasChoices() {
        return choices != null;
    }

    public String format(@Nullable Object value) {
        return codec.formatObject(value);
    }
}
