package com.capacityworkbench.formats.json;

import com.capacityworkbench.model.plan.LevelQuality;
import com.capacityworkbench.model.plan.Shortfall;
import com.capacityworkbench.model.plan.WorkloadExplanation;
import com.capacityworkbench.model.scenario.BuildOut;
import com.capacityworkbench.model.scenario.Horizon;
import com.capacityworkbench.model.scenario.Offer;
import com.capacityworkbench.model.scenario.PurchaseOptions;
import com.capacityworkbench.model.scenario.SpendTerm;
import com.capacityworkbench.model.scenario.Labelled;
import com.capacityworkbench.model.scenario.Period;
import com.capacityworkbench.model.scenario.Scenario;
import com.capacityworkbench.model.scenario.AddPool;
import com.capacityworkbench.model.scenario.AddWorkload;
import com.capacityworkbench.model.scenario.Change;
import com.capacityworkbench.model.scenario.DemandFactor;
import com.capacityworkbench.model.scenario.PolicyChange;
import com.capacityworkbench.model.scenario.PoolCountChange;
import com.capacityworkbench.model.scenario.PoolDelay;
import com.capacityworkbench.model.scenario.PowerCapChange;
import com.capacityworkbench.model.scenario.PriceFactor;
import com.capacityworkbench.model.scenario.RemovePool;
import com.capacityworkbench.model.scenario.RemoveWorkload;
import com.capacityworkbench.model.scenario.ResidencyChange;
import com.capacityworkbench.model.scenario.Variant;
import com.capacityworkbench.model.scenario.WeightsChange;
import com.capacityworkbench.model.scenario.Workload;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.capacityworkbench.model.uncertainty.DiscreteDistribution;
import com.capacityworkbench.model.uncertainty.Distribution;
import com.capacityworkbench.model.uncertainty.NormalDistribution;
import com.capacityworkbench.model.uncertainty.TriangularDistribution;
import com.capacityworkbench.model.uncertainty.UncertainInput;
import com.capacityworkbench.model.uncertainty.UncertainKind;
import com.capacityworkbench.model.uncertainty.UncertaintyModel;
import com.capacityworkbench.model.uncertainty.UniformDistribution;
import java.util.List;
import java.util.Set;

/**
 * What the model's records would say about JSON if they knew it: the model knows no file format, so the
 * annotations live here, as Jackson mix-ins on the records they describe (docs/scenario-json.md).
 */
final class ModelMixins {

    private ModelMixins() {
    }

    static void addTo(SimpleModule module) {
        module.setMixInAnnotation(Labelled.class, LabelledMixin.class);
        module.setMixInAnnotation(Period.class, PeriodMixin.class);
        module.setMixInAnnotation(Horizon.class, HorizonMixin.class);
        module.setMixInAnnotation(Scenario.class, ScenarioMixin.class);
        module.setMixInAnnotation(Change.class, ChangeMixin.class);
        module.setMixInAnnotation(Workload.class, WorkloadMixin.class);
        module.setMixInAnnotation(WorkloadExplanation.class, WorkloadExplanationMixin.class);
        module.setMixInAnnotation(LevelQuality.class, LevelQualityMixin.class);
        module.setMixInAnnotation(PurchaseOptions.class, PurchaseOptionsMixin.class);
        module.setMixInAnnotation(UncertaintyModel.class, UncertaintyModelMixin.class);
        module.setMixInAnnotation(UncertainInput.class, UncertainInputMixin.class);
        module.setMixInAnnotation(UncertainKind.class, UncertainKindMixin.class);
        module.setMixInAnnotation(Distribution.class, DistributionMixin.class);
    }

    /** A choice is written by its label ("self-built"). */
    private interface LabelledMixin {
        @JsonValue
        String label();
    }

    /** A period is written and read as "2027-Q1" (or "2027-03"). */
    private abstract static class PeriodMixin {
        @JsonCreator
        static Period parse(String text) {
            throw new AssertionError("a mix-in is never called");
        }

        @JsonValue
        @Override
        public abstract String toString();
    }

    /** A horizon is its first and last period; the periods between are derived. */
    private interface HorizonMixin {
        @JsonIgnore
        List<Period> periods();

        @JsonIgnore
        int size();
    }

    /**
     * Variants, uncertain inputs and purchase options are omitted when there are none, so scenarios without them
     * are written as before.
     */
    private interface ScenarioMixin {
        @JsonInclude(JsonInclude.Include.NON_EMPTY)
        List<Variant> variants();

        @JsonInclude(JsonInclude.Include.NON_EMPTY)
        UncertaintyModel uncertainty();

        @JsonInclude(value = JsonInclude.Include.CUSTOM, valueFilter = NothingToBuy.class)
        PurchaseOptions purchaseOptions();
    }

    /** Jackson leaves out a value this filter equals: purchase options with nothing in them. */
    private static final class NothingToBuy {
        @Override
        public boolean equals(Object other) {
            return other == null || other instanceof PurchaseOptions options && options.isEmpty();
        }

        @Override
        public int hashCode() {
            return 0;
        }
    }

    /**
     * "purchaseOptions": {"offers": [...], "buildOuts": [...], "spendTerms": [...]}, each list left out when empty;
     * whether there are any is not a field.
     */
    private interface PurchaseOptionsMixin {
        @JsonInclude(JsonInclude.Include.NON_EMPTY)
        List<Offer> offers();

        @JsonInclude(JsonInclude.Include.NON_EMPTY)
        List<BuildOut> buildOuts();

        @JsonInclude(JsonInclude.Include.NON_EMPTY)
        List<SpendTerm> spendTerms();

        @JsonIgnore
        boolean isEmpty();
    }

    /** A workload's excluded pools are left out when there are none, so files without them read as before. */
    private interface WorkloadMixin {
        @JsonInclude(JsonInclude.Include.NON_EMPTY)
        List<String> excludedPools();
    }

    /** An explanation's shortfalls (the figures of "what is missing") are left out when there are none. */
    private interface WorkloadExplanationMixin {
        @JsonInclude(JsonInclude.Include.NON_EMPTY)
        List<Shortfall> shortfalls();
    }

    /**
     * "Resized after the search" is written only when true, and a file without it (as every file before it) reads as
     * false rather than as a missing value.
     */
    private interface LevelQualityMixin {
        @JsonInclude(JsonInclude.Include.NON_DEFAULT)
        @JsonSetter(nulls = Nulls.AS_EMPTY)
        boolean resizedAfterSearch();
    }

    /** The uncertain inputs are a list: "uncertainty": [ {...}, ... ]. */
    private abstract static class UncertaintyModelMixin {
        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        UncertaintyModelMixin(List<UncertainInput> inputs) {
        }

        @JsonValue
        abstract List<UncertainInput> inputs();

        @JsonIgnore
        abstract boolean isEmpty();
    }

    /** An input without a driver or a widening leaves them out. */
    private interface UncertainInputMixin {
        @JsonInclude(JsonInclude.Include.NON_NULL)
        String driver();

        @JsonInclude(JsonInclude.Include.NON_EMPTY)
        Set<String> widenTo();

        @JsonIgnore
        String dimension();
    }

    /** A kind is written by its label ("pool delay") and read by its label or name in any case. */
    private abstract static class UncertainKindMixin {
        @JsonCreator
        static UncertainKind parse(String text) {
            throw new AssertionError("a mix-in is never called");
        }

        @JsonValue
        abstract String label();
    }

    /** A distribution is an object with its shape in "type": uniform, triangular, normal or discrete. */
    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
    @JsonSubTypes({
        @JsonSubTypes.Type(value = UniformDistribution.class, name = "uniform"),
        @JsonSubTypes.Type(value = TriangularDistribution.class, name = "triangular"),
        @JsonSubTypes.Type(value = NormalDistribution.class, name = "normal"),
        @JsonSubTypes.Type(value = DiscreteDistribution.class, name = "discrete")
    })
    private interface DistributionMixin {
    }

    /** A variant's change is an object with its kind in "type". */
    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
    @JsonSubTypes({
        @JsonSubTypes.Type(value = PriceFactor.class, name = "price-factor"),
        @JsonSubTypes.Type(value = PoolCountChange.class, name = "pool-count"),
        @JsonSubTypes.Type(value = PoolDelay.class, name = "pool-delay"),
        @JsonSubTypes.Type(value = PowerCapChange.class, name = "power-cap"),
        @JsonSubTypes.Type(value = PolicyChange.class, name = "policy"),
        @JsonSubTypes.Type(value = WeightsChange.class, name = "weights"),
        @JsonSubTypes.Type(value = DemandFactor.class, name = "demand-factor"),
        @JsonSubTypes.Type(value = ResidencyChange.class, name = "residency"),
        @JsonSubTypes.Type(value = AddWorkload.class, name = "add-workload"),
        @JsonSubTypes.Type(value = RemoveWorkload.class, name = "remove-workload"),
        @JsonSubTypes.Type(value = AddPool.class, name = "add-pool"),
        @JsonSubTypes.Type(value = RemovePool.class, name = "remove-pool")
    })
    private interface ChangeMixin {
    }
}
