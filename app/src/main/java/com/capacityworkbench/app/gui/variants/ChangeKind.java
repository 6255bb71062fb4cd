package com.capacityworkbench.app.gui.variants;

import com.capacityworkbench.model.scenario.ConstraintWeights;
import com.capacityworkbench.model.scenario.FirstRefusalMode;
import com.capacityworkbench.model.scenario.Labelled;
import com.capacityworkbench.model.scenario.Period;
import com.capacityworkbench.model.scenario.Pool;
import com.capacityworkbench.model.scenario.Provider;
import com.capacityworkbench.model.scenario.Scenario;
import com.capacityworkbench.model.scenario.Site;
import com.capacityworkbench.model.scenario.Workload;
import com.capacityworkbench.model.scenario.WorkloadKind;
import com.capacityworkbench.model.scenario.AddPool;
import com.capacityworkbench.model.scenario.AddWorkload;
import com.capacityworkbench.model.scenario.Change;
import com.capacityworkbench.model.scenario.CountMode;
import com.capacityworkbench.model.scenario.DemandFactor;
import com.capacityworkbench.model.scenario.DemandTarget;
import com.capacityworkbench.model.scenario.PolicyChange;
import com.capacityworkbench.model.scenario.PoolCountChange;
import com.capacityworkbench.model.scenario.PoolDelay;
import com.capacityworkbench.model.scenario.PowerCapChange;
import com.capacityworkbench.model.scenario.PriceFactor;
import com.capacityworkbench.model.scenario.PriceTarget;
import com.capacityworkbench.model.scenario.RemovePool;
import com.capacityworkbench.model.scenario.RemoveWorkload;
import com.capacityworkbench.model.scenario.ResidencyChange;
import com.capacityworkbench.model.scenario.WeightsChange;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * The kinds of what-if change a planner can add in the Variants screen: the fields each asks for and how
 * the typed values become a {@link Change}. Building throws IllegalArgumentException naming the field.
 */
public enum ChangeKind {
    PRICE_FACTOR("Price factor", List.of(
            ChangeField.choice("target", "Applies to", s -> labels(PriceTarget.values())),
            ChangeField.choice("id", "Provider, accelerator or pool", ChangeKind::priceTargets),
            ChangeField.text("factor", "Factor", "0.8 = 20 % cheaper")),
            (v, s) -> new PriceFactor(Labelled.parse(PriceTarget.class, v.required("target")), v.required("id"),
                    v.positive("factor"))),
    POOL_COUNT("Pool count", List.of(
            ChangeField.choice("pool", "Pool", ChangeKind::pools),
            ChangeField.choice("mode", "How", s -> labels(CountMode.values())),
            ChangeField.text("value", "Value", "set: accelerators; factor: 1.5; delta: +2048 or -1024")),
            (v, s) -> new PoolCountChange(v.required("pool"), Labelled.parse(CountMode.class, v.required("mode")),
                    v.number("value"))),
    POOL_DELAY("Pool delay", List.of(
            ChangeField.choice("pool", "Pool", ChangeKind::pools),
            ChangeField.text("periods", "Periods", "2 = two periods later; -1 = one earlier")),
            (v, s) -> new PoolDelay(v.required("pool"), v.whole("periods"))),
    POWER_CAP("Site power cap", List.of(
            ChangeField.choice("site", "Site", s -> s.sites().stream().map(Site::id).toList()),
            ChangeField.choice("mode", "How", s -> labels(CountMode.values())),
            ChangeField.text("value", "Value", "set: MW; factor: 0.8; delta: -50 MW"),
            ChangeField.choice("from", "From", ChangeKind::periodsOrOpen),
            ChangeField.choice("to", "To", ChangeKind::periodsOrOpen)),
            (v, s) -> new PowerCapChange(v.required("site"), Labelled.parse(CountMode.class, v.required("mode")),
                    v.number("value"), v.period("from"), v.period("to"))),
    POLICY("Policy", List.of(
            ChangeField.choice("primary", "Primary provider", s -> Stream.concat(Stream.of("(unchanged)", PolicyChange.NO_PRIMARY),
                    s.providers().stream().map(Provider::id)).toList()),
            ChangeField.choice("firstRefusal", "First refusal", s -> Stream.concat(Stream.of("(unchanged)"),
                    labels(FirstRefusalMode.values()).stream()).toList()),
            ChangeField.text("premium", "First-refusal premium ($/accel-h)", "blank = unchanged"),
            ChangeField.text("carbon", "Carbon price ($/tCO2e)", "blank = unchanged"),
            ChangeField.text("share", "Max provider share (%)", "blank = unchanged")),
            (v, s) -> new PolicyChange(v.unchanged("primary"),
                    v.unchanged("firstRefusal") == null ? null : FirstRefusalMode.parse(v.unchanged("firstRefusal")),
                    v.optionalNumber("premium"), v.optionalNumber("carbon"), v.optionalNumber("share"))),
    WEIGHTS("Constraint weights", List.of(
            ChangeField.text("unplaced", "Unplaced demand", "1 = as designed"),
            ChangeField.text("firstRefusal", "First refusal", ""),
            ChangeField.text("cost", "Cost", ""),
            ChangeField.text("latency", "Latency", ""),
            ChangeField.text("share", "Provider share", "")),
            (v, s) -> new WeightsChange(new ConstraintWeights(v.numberOr("unplaced", s.weights().unplacedDemand()),
                    v.numberOr("firstRefusal", s.weights().firstRefusal()), v.numberOr("cost", s.weights().cost()),
                    v.numberOr("latency", s.weights().latency()), v.numberOr("share", s.weights().providerShare())))),
    DEMAND_FACTOR("Demand factor", List.of(
            ChangeField.choice("target", "Applies to", s -> labels(DemandTarget.values())),
            ChangeField.choice("id", "Kind or workload", s -> Stream.concat(labels(WorkloadKind.values()).stream(),
                    s.workloads().stream().map(Workload::id)).toList()),
            ChangeField.text("factor", "Factor", "1.5 = half as much again")),
            (v, s) -> new DemandFactor(Labelled.parse(DemandTarget.class, v.required("target")), v.required("id"),
                    v.positive("factor"))),
    RESIDENCY("Residency", List.of(
            ChangeField.choice("dataset", "Dataset", s -> s.datasets().stream().map(d -> d.id()).toList()),
            ChangeField.text("add", "May also go to", "jurisdictions, ; separated, e.g. UK;CH"),
            ChangeField.text("remove", "No longer to", "jurisdictions, ; separated")),
            (v, s) -> {
                ResidencyChange change = new ResidencyChange(v.required("dataset"), v.list("add"), v.list("remove"));
                if (change.add().isEmpty() && change.remove().isEmpty()) {
                    throw new IllegalArgumentException("May also go to / No longer to: name at least one jurisdiction");
                }
                return change;
            }),
    ADD_WORKLOAD("Add workload (copy)", List.of(
            ChangeField.choice("source", "Copy of", s -> s.workloads().stream().map(Workload::id).toList()),
            ChangeField.text("id", "New id", "a workload id the base does not use"),
            ChangeField.text("demand", "Demand (ref accel)", "blank = as the copy")),
            (v, s) -> {
                Workload source = s.workloads().stream().filter(w -> w.id().equals(v.required("source"))).findFirst()
                        .orElseThrow(() -> new IllegalArgumentException("Copy of: unknown workload"));
                Workload copy = new Workload(v.required("id"), source.kind(), v.numberOr("demand", source.demand()),
                        source.from(), source.to(), source.priority(), source.families(), source.minMemoryGb(),
                        source.datasets(), source.firstRefusal(), source.splittable(), source.maxShards(),
                        source.latencyTargetMs(), source.userGeography(), source.stagingLeadTimeDays(),
                        source.portingCostUsd(), source.requiresSovereign());
                return new AddWorkload(copy);
            }),
    REMOVE_WORKLOAD("Remove workload", List.of(
            ChangeField.choice("workload", "Workload", s -> s.workloads().stream().map(Workload::id).toList())),
            (v, s) -> new RemoveWorkload(v.required("workload"))),
    ADD_POOL("Add pool (copy)", List.of(
            ChangeField.choice("source", "Copy of", ChangeKind::pools),
            ChangeField.text("id", "New id", "a pool id the base does not use"),
            ChangeField.text("count", "Accelerators", "blank = as the copy"),
            ChangeField.text("price", "Price ($/accel-h)", "blank = as the copy")),
            (v, s) -> {
                Pool source = s.pools().stream().filter(p -> p.id().equals(v.required("source"))).findFirst()
                        .orElseThrow(() -> new IllegalArgumentException("Copy of: unknown pool"));
                int count = (int) v.numberOr("count", source.count());
                return new AddPool(new Pool(v.required("id"), source.site(), source.accelerator(), count,
                        source.from(), source.to(), source.pricing(), v.numberOr("price", source.pricePerAccelHour()),
                        v.present("count") ? Map.of() : source.countByPeriod()));
            }),
    REMOVE_POOL("Remove pool", List.of(
            ChangeField.choice("pool", "Pool", ChangeKind::pools)),
            (v, s) -> new RemovePool(v.required("pool")));

    private final String label;
    private final List<ChangeField> fields;
    private final BiFunction<Values, Scenario, Change> build;

    ChangeKind(String label, List<ChangeField> fields, BiFunction<Values, Scenario, Change> build) {
        this.label = label;
        this.fields = fields;
        this.build = build;
    }

    public String label() {
        return label;
    }

    public List<ChangeField> fields() {
        return fields;
    }

    /** The change these form values describe; IllegalArgumentException names the field that is wrong. */
    public Change build(Map<String, String> values, Scenario scenario) {
        return build.apply(new Values(values, fields), scenario);
    }

    private static List<String> labels(Labelled[] values) {
        return Arrays.stream(values).map(Labelled::label).toList();
    }

    private static List<String> pools(Scenario s) {
        return s.pools().stream().map(Pool::id).toList();
    }

    private static List<String> periodsOrOpen(Scenario s) {
        return Stream.concat(Stream.of("(open)"), s.horizon().periods().stream().map(Period::toString)).toList();
    }

    private static List<String> priceTargets(Scenario s) {
        Set<String> ids = new LinkedHashSet<>();
        s.providers().forEach(p -> ids.add(p.id()));
        s.accelerators().forEach(a -> ids.add(a.id()));
        s.pools().forEach(p -> ids.add(p.id()));
        return List.copyOf(ids);
    }

    /** Typed access to the form's text values, with messages that name the field. */
    private record Values(Map<String, String> raw, List<ChangeField> fields) {

        private String label(String key) {
            return fields.stream().filter(f -> f.key().equals(key)).map(ChangeField::label).findFirst().orElse(key);
        }

        boolean present(String key) {
            String v = raw.get(key);
            return v != null && !v.isBlank();
        }

        String required(String key) {
            if (!present(key)) {
                throw new IllegalArgumentException(label(key) + ": required");
            }
            return raw.get(key).trim();
        }

        @Nullable String unchanged(String key) {
            return !present(key) || raw.get(key).trim().equals("(unchanged)") ? null : raw.get(key).trim();
        }

        double number(String key) {
            String text = required(key).replace(",", "");
            try {
                return Double.parseDouble(text.startsWith("+") ? text.substring(1) : text);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(label(key) + ": a number, got \"" + raw.get(key).trim() + "\"");
            }
        }

        double positive(String key) {
            double value = number(key);
            if (value <= 0) {
                throw new IllegalArgumentException(label(key) + ": must be above 0, got " + raw.get(key).trim());
            }
            return value;
        }

        int whole(String key) {
            double value = number(key);
            if (value != Math.rint(value)) {
                throw new IllegalArgumentException(label(key) + ": a whole number, got " + raw.get(key).trim());
            }
            return (int) value;
        }

        @Nullable Double optionalNumber(String key) {
            return present(key) ? number(key) : null;
        }

        double numberOr(String key, double fallback) {
            return present(key) ? number(key) : fallback;
        }

        @Nullable Period period(String key) {
            if (!present(key) || raw.get(key).trim().equals("(open)")) {
                return null;
            }
            try {
                return Period.parse(raw.get(key));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(label(key) + ": " + e.getMessage());
            }
        }

        Set<String> list(String key) {
            if (!present(key)) {
                return Set.of();
            }
            Set<String> items = new LinkedHashSet<>();
            for (String part : raw.get(key).split(";")) {
                if (!part.isBlank()) {
                    items.add(part.trim().toUpperCase(Locale.ROOT));
                }
            }
            return items;
        }
    }
}
