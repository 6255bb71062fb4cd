package com.capacityworkbench.app.gui.policies;

import com.capacityworkbench.app.gui.document.ScenarioDocument;
import com.capacityworkbench.app.gui.edit.Editor;
import com.capacityworkbench.app.gui.document.RecordEdit;
import com.capacityworkbench.app.gui.edit.ScenarioChoices;
import com.capacityworkbench.formats.excel.ContractSettings;
import com.capacityworkbench.model.scenario.FirstRefusalMode;
import com.capacityworkbench.model.scenario.Labelled;
import com.capacityworkbench.model.scenario.Period;
import com.capacityworkbench.model.scenario.Scenario;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** The scenario settings, policies and constraint weights as a form; each change is one undoable edit. */
public final class PoliciesViewModel {

    public static final List<FormField> SETTINGS = List.of(
            field("name", ""),
            field("description", ""),
            field("horizon.first", PoliciesViewModel::periodChoices, "e.g. 2026-Q3 or 2026-07"),
            field("horizon.last", PoliciesViewModel::periodChoices, ""));

    public static final List<FormField> POLICIES = List.of(
            field("policies.primaryProvider", s -> withNone(ScenarioChoices.providers(s)),
                    "has the right of first refusal"),
            field("policies.firstRefusal", FirstRefusalMode.class, "strict outranks cost; preference pays a premium"),
            field("policies.firstRefusalPremium", "preference mode"),
            field("policies.carbonPricePerTonne", ""),
            field("policies.maxProviderSharePct", "100 disables"),
            field("policies.hostOverheadFraction", "on top of accelerator TDP; 90 = +90 %"));

    public static final List<FormField> WEIGHTS = List.of(
            field("weights.unplacedDemand", "1 = as designed, 0 = off"),
            field("weights.firstRefusal", ""),
            field("weights.cost", ""),
            field("weights.latency", ""),
            field("weights.providerShare", ""));

    private final ScenarioDocument document;

    public PoliciesViewModel(ScenarioDocument document) {
        this.document = document;
    }

    public ScenarioDocument document() {
        return document;
    }

    public String text(FormField field) {
        return field.codec().formatObject(value(document.scenario(), field.path()));
    }

    public List<String> choices(FormField field) {
        return field.choices() == null ? List.of() : field.choices().apply(document.scenario());
    }

    public List<String> problems(FormField field) {
        return document.messagesAt(field.path());
    }

    public Optional<String> check(FormField field, String text) {
        try {
            Scenario candidate = RecordEdit.with(with(document.scenario(), field, text), "workloads", List.of());
            List<String> messages = document.messagesIf(candidate, field.path());
            return messages.isEmpty() ? Optional.empty() : Optional.of(String.join("\n", messages));
        } catch (IllegalArgumentException e) {
            return Optional.of(e.getMessage());
        }
    }

    /** Applies the field's text; throws IllegalArgumentException (nothing changed) when it does not parse. */
    public void set(FormField field, String text) {
        if (text.equals(text(field))) {
            return;
        }
        document.apply("Edit " + field.label(), with(document.scenario(), field, text));
    }

    private static Scenario with(Scenario s, FormField field, String text) {
        String raw = "(none)".equals(text) ? "" : text;
        Object value = field.codec().parse(raw);
        String[] parts = field.path().split("\\.");
        if (parts.length == 1) {
            return RecordEdit.with(s, parts[0], value);
        }
        Record inner = (Record) RecordEdit.get(s, parts[0]);
        return RecordEdit.with(s, parts[0], RecordEdit.with(inner, parts[1], value));
    }

    private static Object value(Scenario s, String path) {
        Object v = s;
        for (String part : path.split("\\.")) {
            v = v == null ? null : RecordEdit.get((Record) v, part);
        }
        return v;
    }

    /**
     * A field labelled with its key on the Settings sheet and edited as the sheet's kind for it, so the form and the
     * workbook name and read it one way.
     */
    private static FormField field(String path, @Nullable Class<? extends Labelled> type,
            @Nullable Function<Scenario, List<String>> offered, String help) {
        Editor editor = Editor.of(ContractSettings.kind(path), type, offered);
        return new FormField(path, ContractSettings.key(path), ContractSettings.kind(path), editor.codec(),
                editor.choices(), editor.freeText(), help);
    }

    private static FormField field(String path, String help) {
        return field(path, null, null, help);
    }

    private static FormField field(String path, Class<? extends Labelled> type, String help) {
        return field(path, type, null, help);
    }

    private static FormField field(String path, Function<Scenario, List<String>> offered, String help) {
        return field(path, null, offered, help);
    }

    private static List<String> withNone(List<String> ids) {
        List<String> all = new ArrayList<>();
        all.add("(none)");
        all.addAll(ids);
        return all;
    }

    private static List<String> periodChoices(Scenario s) {
        Period first = s.horizon().first();
        List<String> periods = new ArrayList<>();
        for (int i = -first.length().periodsPerYear(); i < first.length().periodsPerYear() * 5; i++) {
            periods.add(first.plus(i).toString());
        }
        return periods;
    }
}
