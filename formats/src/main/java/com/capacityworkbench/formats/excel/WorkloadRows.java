package com.capacityworkbench.formats.excel;

import static java.util.Objects.requireNonNullElse;

import com.capacityworkbench.model.scenario.FieldDefaults;
import com.capacityworkbench.model.scenario.Period;
import com.capacityworkbench.model.scenario.SoftwareFamily;
import com.capacityworkbench.model.scenario.Workload;
import com.capacityworkbench.model.scenario.WorkloadKind;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** A Workloads row → a {@link Workload}. */
final class WorkloadRows {

    private WorkloadRows() {
    }

    static @Nullable Workload read(SheetRow row, RowContext context) {
        String id = row.requiredText("id");
        WorkloadKind kind = row.choice("kind", WorkloadKind.class, WorkloadKind::parse, true);
        Double demand = row.requiredNumber("demand", NumberRule.NON_NEGATIVE);
        Period from = row.period("from", context.periodLength(), true);
        Period to = row.period("to", context.periodLength(), true);
        Integer priority = row.requiredWholeNumber("priority", NumberRule.WHOLE);
        Set<SoftwareFamily> families = families(row);
        Double minMemory = row.number("minMemoryGb", NumberRule.NON_NEGATIVE);
        List<String> datasets = row.list("datasets");
        datasets.forEach(d -> context.reference(row, "datasets", ContractSheet.DATASETS, d));
        Boolean firstRefusal = row.flag("firstRefusal");
        Boolean splittable = row.flag("splittable");
        Integer maxShards = row.wholeNumber("maxShards", NumberRule.WHOLE_POSITIVE);
        Double latencyTarget = row.number("latencyTargetMs", NumberRule.NON_NEGATIVE);
        String userGeography = context.geography(row, "userGeography", row.text("userGeography"));
        Double stagingDays = row.number("stagingLeadTimeDays", NumberRule.NON_NEGATIVE);
        Double portingCost = row.number("portingCostUsd", NumberRule.NON_NEGATIVE);
        Boolean sovereign = row.flag("requiresSovereign");
        List<String> excluded = row.list("excludedPools");
        excluded.forEach(p -> context.reference(row, "excludedPools", ContractSheet.POOLS, p));
        if (row.failed()) {
            return null;
        }
        boolean split = requireNonNullElse(splittable, FieldDefaults.splittable(kind));
        int shards = requireNonNullElse(maxShards, FieldDefaults.maxShards(split));
        return new Workload(id, kind, demand, from, to, priority, families,
                requireNonNullElse(minMemory, FieldDefaults.MIN_MEMORY_GB), datasets,
                requireNonNullElse(firstRefusal, FieldDefaults.FIRST_REFUSAL), split, shards,
                latencyTarget, userGeography, stagingDays, portingCost,
                requireNonNullElse(sovereign, FieldDefaults.REQUIRES_SOVEREIGN), excluded);
    }

    private static Set<SoftwareFamily> families(SheetRow row) {
        Set<SoftwareFamily> families = EnumSet.noneOf(SoftwareFamily.class);
        for (String name : row.list("families")) {
            try {
                families.add(SoftwareFamily.parse(name));
            } catch (IllegalArgumentException e) {
                row.problem("families", "unknown family \"" + name + "\" (one of "
                        + String.join(", ", SheetRow.labels(SoftwareFamily.class)) + ")");
            }
        }
        return families;
    }
}
