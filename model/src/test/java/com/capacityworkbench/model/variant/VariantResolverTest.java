package com.capacityworkbench.model.variant;

import static com.capacityworkbench.model.variant.VariantFixture.base;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.capacityworkbench.model.scenario.AddWorkload;
import com.capacityworkbench.model.scenario.Pool;
import com.capacityworkbench.model.scenario.PoolDelay;
import com.capacityworkbench.model.scenario.PriceFactor;
import com.capacityworkbench.model.scenario.PriceTarget;
import com.capacityworkbench.model.scenario.Scenario;
import com.capacityworkbench.model.scenario.Variant;
import com.capacityworkbench.model.validation.ValidationProblem;
import com.capacityworkbench.model.validation.VariantChecks;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class VariantResolverTest {

    private static final Variant TPU_CHEAPER = new Variant("tpu-cheaper", "TPU −20 %", null, null,
            List.of(new PriceFactor(PriceTarget.ACCELERATOR, "TPU v5p", 0.8)));
    private static final Variant CAMPUS_SLIPS = new Variant("campus-slips", "Abilene slips 2Q", null, null,
            List.of(new PoolDelay("abilene-gb200", 2)));
    private static final Variant SLIP_AND_CHEAP = new Variant("slip-and-cheap", "Slip + cheaper TPU", "campus-slips",
            null, List.of(new PriceFactor(PriceTarget.ACCELERATOR, "TPU v5p", 0.8)));

    private static double price(Scenario s, String pool) {
        return s.pools().stream().filter(p -> p.id().equals(pool)).mapToDouble(Pool::pricePerAccelHour).findFirst()
                .orElseThrow();
    }

    @Test
    void aPoolDelayMovesAPoolByAtMostTwentyYearsOfMonths() {
        Variant far = new Variant("far", "Far", null, null, List.of(new PoolDelay("abilene-gb200", 241)));
        assertThat(VariantChecks.tree(List.of(far))).containsExactly(new ValidationProblem(
                "variants[0].changes[0].periods", "must be between -240 and 240 periods, got 241"));
        Variant longest = new Variant("early", "Early", null, null, List.of(new PoolDelay("abilene-gb200", -240)));
        assertThat(VariantChecks.tree(List.of(longest))).isEmpty();
        Variant overflow = new Variant("never", "Never", null, null,
                List.of(new PoolDelay("abilene-gb200", Integer.MIN_VALUE)));
        assertThat(VariantChecks.tree(List.of(overflow))).hasSize(1);
    }

    @Test
    void editingTheBaseShowsUpInEveryVariant() {
        Scenario base = base();
        assertThat(price(new VariantResolver(base, List.of(TPU_CHEAPER)).resolve("tpu-cheaper").scenario(), "gcp-tpu"))
                .isCloseTo(3.36, org.assertj.core.data.Offset.offset(1e-9));

        // The planner edits the base price: the variant's factor is re-applied to the new price.
        Scenario edited = base.withPools(base.pools().stream()
                .map(p -> p.id().equals("gcp-tpu") ? p.withPrice(5.0) : p).toList());
        ResolvedVariant again = new VariantResolver(edited, List.of(TPU_CHEAPER)).resolve("tpu-cheaper");
        assertThat(price(again.scenario(), "gcp-tpu")).isCloseTo(4.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(again.hasStaleChanges()).isFalse();
    }

    @Test
    void aChangeWhosePoolWasDeletedIsFlaggedNotDropped() {
        Scenario base = base();
        Scenario withoutCampus = base.withPools(base.pools().stream().filter(p -> !p.id().equals("abilene-gb200")).toList());
        ResolvedVariant r = new VariantResolver(withoutCampus, List.of(CAMPUS_SLIPS)).resolve("campus-slips");
        assertThat(r.staleChanges()).singleElement().satisfies(s -> {
            assertThat(s.variant()).isEqualTo("campus-slips");
            assertThat(s.index()).isZero();
            assertThat(s.change()).isEqualTo("Pool abilene-gb200 delayed by 2 periods");
            assertThat(s.reason()).isEqualTo("pool \"abilene-gb200\" no longer exists");
        });
        assertThat(r.variant().changes()).as("the change is kept for the planner to fix").hasSize(1);
    }

    @Test
    void variantsBuildOnVariants() {
        VariantResolver resolver = new VariantResolver(base(), List.of(CAMPUS_SLIPS, SLIP_AND_CHEAP));
        ResolvedVariant child = resolver.resolve("slip-and-cheap");
        assertThat(child.lineage()).extracting(Variant::id).containsExactly("campus-slips", "slip-and-cheap");
        Pool campus = child.scenario().pools().stream().filter(p -> p.id().equals("abilene-gb200")).findFirst().orElseThrow();
        assertThat(campus.from()).isEqualTo(VariantFixture.Q3);
        assertThat(price(child.scenario(), "gcp-tpu")).isCloseTo(3.36, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(child.scenario().name()).isEqualTo("base / Slip + cheaper TPU");
        assertThat(resolver.resolveAll()).hasSize(2);
    }

    @Test
    void duplicateKeepsParentAndChanges() {
        Variant copy = SLIP_AND_CHEAP.duplicate("copy", "Copy");
        assertThat(copy.basedOn()).isEqualTo("campus-slips");
        assertThat(copy.changes()).isEqualTo(SLIP_AND_CHEAP.changes());
        assertThat(copy.id()).isEqualTo("copy");
    }

    @Test
    void treeProblemsAreReportedWithTheirPath() {
        Variant a = new Variant("a", "A", "b", null, List.of());
        Variant b = new Variant("b", "B", "a", null, List.of());
        Variant orphan = new Variant("c", "C", "gone", null, List.of());
        Variant dup = new Variant("a", "A again", null, null, List.of());
        List<ValidationProblem> problems = VariantChecks.tree(List.of(a, b, orphan, dup));
        assertThat(problems).extracting(ValidationProblem::toString).containsExactlyInAnyOrder(
                "variants[3].id: duplicate variant id \"a\"",
                "variants[0].basedOn: variant \"a\" is (indirectly) based on itself",
                "variants[1].basedOn: variant \"b\" is (indirectly) based on itself",
                "variants[2].basedOn: unknown variant \"gone\"");
        assertThatThrownBy(() -> new VariantResolver(base(), List.of(a, b)).resolve("a"))
                .hasMessageContaining("based on itself");
    }

    @Test
    void aVariantThatMakesTheScenarioInvalidIsReportedAtItsChanges() {
        var broken = VariantFixture.workload("agent-rl", com.capacityworkbench.model.scenario.WorkloadKind.RL, 100);
        broken = new com.capacityworkbench.model.scenario.Workload(broken.id(), broken.kind(), broken.demand(),
                broken.from(), broken.to(), broken.priority(), broken.families(), broken.minMemoryGb(),
                List.of("no-such-data"), false, false, 1, null, null, null, null, false);
        Scenario scenario = base().withVariants(List.of(TPU_CHEAPER,
                new Variant("broken", "Broken", null, null, List.of(new AddWorkload(broken)))));
        assertThat(VariantChecks.validate(scenario)).extracting(ValidationProblem::toString).containsExactly(
                "variants[1].changes: variant \"broken\" makes workloads[3].datasets[0] invalid: unknown dataset \"no-such-data\"");
        assertThat(VariantChecks.validate(base().withVariants(List.of(TPU_CHEAPER, CAMPUS_SLIPS)))).isEmpty();
    }
}
