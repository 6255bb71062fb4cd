package com.capacityworkbench.formats.excel;

import com.capacityworkbench.model.scenario.Geography;
import com.capacityworkbench.model.scenario.PeriodLength;
import org.jspecify.annotations.Nullable;

/** What a row reader needs beyond its own row: the horizon's period length and the names it may refer to. */
record RowContext(PeriodLength periodLength, KnownNames names) {

    /** Reports a reference to a name not on the target sheet; returns the name either way. */
    @Nullable String reference(SheetRow row, String component, ContractSheet target, @Nullable String name) {
        if (name != null && !names.contains(target, name)) {
            row.problem(component, "unknown " + target.idColumn().label() + " \"" + name + "\"");
        }
        return name;
    }

    /** A geography id, matched ignoring case ("EU-North" is eu-north); reports an unknown one. */
    @Nullable String geography(SheetRow row, String component, @Nullable String id) {
        if (id == null) {
            return null;
        }
        var known = Geography.all().stream().filter(g -> g.id().equalsIgnoreCase(id.strip())).findFirst();
        if (known.isEmpty()) {
            row.problem(component, "unknown geography \"" + id + "\" (the Lists sheet of the template names them)");
            return id;
        }
        return known.get().id();
    }
}
