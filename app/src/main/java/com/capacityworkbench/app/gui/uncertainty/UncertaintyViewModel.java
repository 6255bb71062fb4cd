package com.capacityworkbench.app.gui.uncertainty;

import com.capacityworkbench.app.gui.document.ScenarioDocument;
import com.capacityworkbench.app.gui.edit.EntityColumn;
import com.capacityworkbench.app.gui.edit.EntityTableViewModel;
import com.capacityworkbench.app.gui.edit.ScenarioChoices;
import com.capacityworkbench.formats.excel.ContractHeaders;
import com.capacityworkbench.model.scenario.Scenario;
import com.capacityworkbench.model.scenario.WorkloadKind;
import com.capacityworkbench.model.uncertainty.DistributionCells;
import com.capacityworkbench.model.uncertainty.UncertainInput;
import com.capacityworkbench.model.uncertainty.UncertainKind;
import com.capacityworkbench.model.uncertainty.UncertaintyModel;
import com.capacityworkbench.model.uncertainty.UniformDistribution;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The Uncertainty table: what may move in the scenario (prices, deliveries, power, demand, residency rules), each
 * input's distribution in the sheet's plain cells and the driver it moves with. A sweep draws its futures from it.
 */
public final class UncertaintyViewModel extends EntityTableViewModel<UncertaintyRow> {

    private static final ContractHeaders SHEET = ContractHeaders.uncertaintySheet();
    private static final List<String> KINDS = Arrays.stream(UncertainKind.values()).map(UncertainKind::label).toList();
    private static final List<String> TARGETS = Arrays.stream(UncertainKind.values())
            .flatMap(k -> k.targets().stream()).distinct().toList();
    /** The distribution's cells after the shape: header and field. */
    private static final Map<String, String> CELLS = Map.of("min", "Min", "mostLikely", "Most likely", "max", "Max",
            "mean", "Mean", "sd", "SD", "outcomes", "Outcomes");
    private static final List<EntityColumn> COLUMNS = List.of(
            EntityColumn.of(SHEET, "name", 170),
            EntityColumn.of(SHEET, "kind", s -> KINDS, 150),
            EntityColumn.of(SHEET, "target", s -> TARGETS, 100),
            EntityColumn.of(SHEET, "id", UncertaintyViewModel::targets, 170),
            EntityColumn.of(SHEET, "distribution", s -> DistributionCells.SHAPES, 110),
            EntityColumn.of(SHEET, "min", 80),
            EntityColumn.of(SHEET, "mostLikely", 95),
            EntityColumn.of(SHEET, "max", 80),
            EntityColumn.of(SHEET, "mean", 80),
            EntityColumn.of(SHEET, "sd", 70),
            EntityColumn.of(SHEET, "outcomes", 170),
            EntityColumn.of(SHEET, "driver", UncertaintyViewModel::drivers, 130),
            EntityColumn.of(SHEET, "widenTo", ScenarioChoices::jurisdictions, 150));

    // One row object per input object, so that an edit replaces only the rows it changed (selection survives).
    // Made on first use: the table's constructor lists the rows before this class's fields are set.
    private @Nullable Map<UncertainInput, UncertaintyRow> rows;

    public UncertaintyViewModel(ScenarioDocument document) {
        super(document, "uncertainty");
    }

    @Override
    public List<EntityColumn> columns() {
        return COLUMNS;
    }

    @Override
    public String singular() {
        return "uncertain input";
    }

    @Override
    public List<UncertaintyRow> list(Scenario scenario) {
        List<UncertainInput> inputs = scenario.uncertainty().inputs();
        if (rows == null || rows.size() > 2 * inputs.size() + 64) {
            rows = new IdentityHashMap<>();
        }
        Map<UncertainInput, UncertaintyRow> cache = rows;
        return inputs.stream().map(i -> cache.computeIfAbsent(i, UncertaintyRow::of)).toList();
    }

    @Override
    protected Scenario withList(Scenario scenario, List<UncertaintyRow> items) {
        List<UncertainInput> inputs = new ArrayList<>(items.size());
        for (UncertaintyRow row : items) {
            try {
                inputs.add(row.input());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(row.name() + ": " + e.getMessage(), e);
            }
        }
        return scenario.withUncertainty(new UncertaintyModel(inputs));
    }

    @Override
    protected UncertaintyRow blank(Scenario scenario, String id) {
        String accelerator = scenario.accelerators().isEmpty() ? "" : scenario.accelerators().getFirst().id();
        return UncertaintyRow.of(new UncertainInput(id, UncertainKind.PRICE_FACTOR, "accelerator", accelerator,
                new UniformDistribution(0.9, 1.1), null, Set.of()));
    }

    @Override
    public Optional<String> check(int index, String field, String text) {
        Optional<String> unused = unusedCell(index, field, text);
        return unused.isPresent() ? unused : super.check(index, field, text);
    }

    @Override
    public void edit(int index, String field, String text) {
        Optional<String> unused = unusedCell(index, field, text);
        if (unused.isPresent()) {
            throw new IllegalArgumentException(unused.get());
        }
        super.edit(index, field, text);
    }

    /** A number typed into a cell the row's distribution does not read would be lost: say so instead. */
    private Optional<String> unusedCell(int index, String field, String text) {
        String cell = CELLS.get(field);
        if (cell == null || text.isBlank()) {
            return Optional.empty();
        }
        UncertaintyRow row = list(document().scenario()).get(index);
        if (row.cells().uses(cell)) {
            return Optional.empty();
        }
        String needs = cell.equals("Outcomes") ? "discrete" : cell.equals("Mean") || cell.equals("SD") ? "normal"
                : "triangular";
        return Optional.of("a " + row.distribution() + " distribution has no " + cell + ": set Distribution to "
                + needs + " to use it");
    }

    /** What an input may point at: every provider, accelerator, pool, site, dataset, workload kind and workload. */
    private static List<String> targets(Scenario s) {
        Set<String> ids = new LinkedHashSet<>();
        ids.addAll(ScenarioChoices.providers(s));
        ids.addAll(ScenarioChoices.accelerators(s));
        ids.addAll(ScenarioChoices.pools(s));
        ids.addAll(ScenarioChoices.sites(s));
        ids.addAll(ScenarioChoices.datasets(s));
        Arrays.stream(WorkloadKind.values()).map(WorkloadKind::label).forEach(ids::add);
        s.workloads().forEach(w -> ids.add(w.id()));
        return List.copyOf(ids);
    }

    private static List<String> drivers(Scenario s) {
        return s.uncertainty().inputs().stream().map(UncertainInput::driver).filter(Objects::nonNull).distinct()
                .sorted().toList();
    }
}
