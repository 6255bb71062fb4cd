package com.capacityworkbench.app.gui.edit;

import com.capacityworkbench.formats.excel.ValueKind;
import com.capacityworkbench.model.scenario.Labelled;
import com.capacityworkbench.model.scenario.Period;
import com.capacityworkbench.model.scenario.Scenario;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * How a cell or form field of one {@link ValueKind} is edited: its codec, the values it offers, whether typing
 * other text is allowed, and its usual width. The one place a value kind becomes an editor, so a table column and
 * a form field edit a kind alike, and no screen picks an editor by hand.
 *
 * @param choices  what a choice or multi-select editor offers; null for a plain text field
 * @param freeText whether the editor also accepts typed text that is not among the choices
 */
public record Editor(CellCodec<?> codec, @Nullable Function<Scenario, List<String>> choices, boolean freeText,
        double width) {

    /**
     * The editor of a kind. {@code type} is the enum a CHOICE or CHOICE_SET column offers; {@code offered} what a
     * REFERENCE kind picks from, a PERIOD picker offers instead of the horizon, or a text field suggests. The schema
     * cannot know either, so the caller names them; a kind that needs one and lacks it is a programming error.
     */
    public static Editor of(ValueKind kind, @Nullable Class<? extends Labelled> type,
            @Nullable Function<Scenario, List<String>> offered) {
        return switch (kind) {
            case TEXT -> new Editor(Codecs.TEXT, offered, true, 140);
            case OPTIONAL_TEXT -> new Editor(Codecs.OPTIONAL_TEXT, offered, true, 140);
            case DECIMAL -> new Editor(Codecs.DECIMAL, null, true, 100);
            case OPTIONAL_DECIMAL -> new Editor(Codecs.OPTIONAL_DECIMAL, null, true, 100);
            case PERCENT -> new Editor(Codecs.PERCENT, null, true, 100);
            case INTEGER -> new Editor(Codecs.INTEGER, null, true, 90);
            case PERIOD -> new Editor(Codecs.PERIOD, offered != null ? offered : Editor::horizon, true, 90);
            case DECIMAL_BY_PERIOD -> new Editor(Codecs.periodMap(Codecs.DECIMAL::parse), null, true, 200);
            case INTEGER_BY_PERIOD -> new Editor(Codecs.periodMap(Codecs.INTEGER::parse), null, true, 220);
            case YES_NO -> new Editor(Codecs.YES_NO, s -> List.of("yes", "no"), false, 80);
            case CHOICE -> new Editor(Codecs.choice(labelled(kind, type)), labels(kind, type), false, 110);
            case CHOICE_SET -> new Editor(Codecs.choiceSet(labelled(kind, type)), labels(kind, type), false, 130);
            case REFERENCE -> new Editor(Codecs.TEXT, needed(kind, offered), false, 140);
            case OPTIONAL_REFERENCE -> new Editor(Codecs.OPTIONAL_TEXT, needed(kind, offered), false, 140);
            case REFERENCES -> new Editor(Codecs.ID_LIST, needed(kind, offered), false, 180);
            case REFERENCE_SET -> new Editor(Codecs.ID_SET, needed(kind, offered), false, 180);
        };
    }

    private static List<String> horizon(Scenario s) {
        return s.horizon().periods().stream().map(Period::toString).toList();
    }

    private static Function<Scenario, List<String>> labels(ValueKind kind, @Nullable Class<? extends Labelled> type) {
        List<String> labels = Codecs.labels(labelled(kind, type));
        return s -> labels;
    }

    // The enum bound (Enum & Labelled) cannot be spelled on a nullable parameter; Codecs checks it at use.
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Class labelled(ValueKind kind, @Nullable Class<? extends Labelled> type) {
        if (type == null || !type.isEnum()) {
            throw new IllegalArgumentException("a " + kind + " editor offers the labels of an enum; none was named");
        }
        return type;
    }

    private static Function<Scenario, List<String>> needed(ValueKind kind,
            @Nullable Function<Scenario, List<String>> offered) {
        if (offered == null) {
            throw new IllegalArgumentException("a " + kind + " editor picks from the scenario's names; none were named");
        }
        return offered;
    }
}
