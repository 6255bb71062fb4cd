package com.capacityworkbench.formats.excel;

import com.capacityworkbench.formats.excel.WorkbookStyles.NumberStyle;
import com.capacityworkbench.model.scenario.AcceleratorType;
import com.capacityworkbench.model.scenario.BuildOut;
import com.capacityworkbench.model.scenario.Dataset;
import com.capacityworkbench.model.scenario.Offer;
import com.capacityworkbench.model.scenario.Period;
import com.capacityworkbench.model.scenario.Pool;
import com.capacityworkbench.model.scenario.Provider;
import com.capacityworkbench.model.scenario.Site;
import com.capacityworkbench.model.scenario.SpendTerm;
import com.capacityworkbench.model.scenario.Workload;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Scenario records as the cell values of their contract rows, in the column order of {@link ContractSheet},
 * and how each sheet's numbers are shown. The inverse of the *Rows readers.
 */
final class ScenarioRows {

    private static final NumberStyle G = NumberStyle.GENERAL;

    private ScenarioRows() {
    }

    static List<NumberStyle> numberStyles(ContractSheet sheet) {
        return switch (sheet) {
            case SETTINGS -> List.of(G, G);
            case PROVIDERS -> List.of(G, G, NumberStyle.DOLLARS_PRECISE, NumberStyle.DOLLARS_PRECISE, NumberStyle.WHOLE, G);
            case SITES -> List.of(G, G, G, G, G, NumberStyle.MEGAWATTS, G, NumberStyle.DECIMAL, NumberStyle.WHOLE,
                    NumberStyle.DOLLARS_PRECISE, G, NumberStyle.WHOLE);
            case ACCELERATORS -> List.of(G, G, G, NumberStyle.WHOLE, NumberStyle.WHOLE, NumberStyle.DECIMAL,
                    NumberStyle.DECIMAL, NumberStyle.DECIMAL);
            case POOLS -> List.of(G, G, G, NumberStyle.WHOLE, G, G, G, NumberStyle.DOLLARS_PRECISE, G);
            case DATASETS -> List.of(G, NumberStyle.DECIMAL, G, G, G);
            case WORKLOADS -> List.of(G, G, NumberStyle.DECIMAL, G, G, NumberStyle.WHOLE, G, NumberStyle.WHOLE, G, G,
                    G, NumberStyle.WHOLE, NumberStyle.DECIMAL, G, NumberStyle.DECIMAL, NumberStyle.DOLLARS, G);
            case OFFERS -> List.of(G, G, G, G, NumberStyle.WHOLE, NumberStyle.WHOLE, NumberStyle.WHOLE, G,
                    NumberStyle.WHOLE, NumberStyle.WHOLE, NumberStyle.DOLLARS_PRECISE, NumberStyle.DOLLARS);
            case BUILD_OUTS -> List.of(G, G, NumberStyle.MEGAWATTS, G, NumberStyle.DOLLARS, NumberStyle.WHOLE, G);
            case SPEND_TERMS -> List.of(G, G, G, G, NumberStyle.DOLLARS, NumberStyle.DOLLARS);
        };
    }

    static List<Object> provider(Provider p) {
        return Arrays.asList(p.id(), p.kind(), p.egressSameProviderPerGb(), p.egressCrossCloudPerGb(), p.inCloudGbps(), p.notes());
    }

    static List<Object> site(Site s) {
        return Arrays.asList(s.id(), s.provider(), s.country(), s.jurisdiction(), s.sovereign(), s.powerCapMw(),
                periodValues(s.powerCapByPeriod()), s.pue(), s.carbonGPerKwh(), s.energyPricePerMwh(),
                blankToNull(s.geography()), s.linkGbps());
    }

    static List<Object> accelerator(AcceleratorType a) {
        return Arrays.asList(a.id(), a.vendor(), a.family(), a.memoryGb(), a.tdpW(), a.trainingFactor(),
                a.inferenceFactor(), a.servingLatencyMs());
    }

    static List<Object> pool(Pool p) {
        return Arrays.asList(p.id(), p.site(), p.accelerator(), p.count(), p.from(), p.to(), p.pricing(),
                p.pricePerAccelHour(), periodValues(p.countByPeriod()));
    }

    static List<Object> dataset(Dataset d) {
        return Arrays.asList(d.id(), d.sizeTb(), d.homeSite(), list(d.allowedJurisdictions().stream().sorted().toList()),
                d.mayLeaveProvider());
    }

    static List<Object> workload(Workload w) {
        return Arrays.asList(w.id(), w.kind(), w.demand(), w.from(), w.to(), w.priority(),
                list(w.families().stream().sorted().map(f -> f.label()).toList()), w.minMemoryGb(),
                list(w.datasets()), w.firstRefusal(), w.splittable(), w.maxShards(), w.latencyTargetMs(),
                w.userGeography(), w.stagingLeadTimeDays(), w.portingCostUsd(), w.requiresSovereign(),
                list(w.excludedPools()));
    }

    static List<Object> offer(Offer o) {
        return Arrays.asList(o.id(), o.provider(), o.site(), o.accelerator(), o.blockSize(), o.minBlocks(),
                o.maxBlocks(), o.earliestStart(), o.leadTimePeriods(), o.termPeriods(), o.pricePerAccelHour(),
                o.upfrontUsd());
    }

    static List<Object> buildOut(BuildOut b) {
        return Arrays.asList(b.id(), b.site(), b.megawatts(), b.earliest(), b.capexPerMw(), b.capexPeriods(),
                list(b.accelerators()));
    }

    static List<Object> spendTerm(SpendTerm t) {
        return Arrays.asList(t.id(), t.provider(), t.from(), t.to(), t.minimumUsd(), t.maximumUsd());
    }

    /** {@code a;b;c}, or null (a blank cell) for an empty list. */
    static @Nullable String list(List<String> items) {
        return items.isEmpty() ? null : String.join(";", items);
    }

    /** {@code 2027-Q1=4096;2027-Q3=8192} in period order, or null for none. */
    static @Nullable String periodValues(Map<Period, ? extends Number> values) {
        if (values.isEmpty()) {
            return null;
        }
        return new TreeMap<>(values).entrySet().stream()
                .map(e -> e.getKey() + "=" + CellContent.formatNumber(e.getValue().doubleValue()))
                .collect(Collectors.joining(";"));
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isEmpty() ? null : text;
    }
}
