package com.capacityworkbench.model.validation;

import static com.capacityworkbench.model.testing.Copy.with;
import static org.assertj.core.api.Assertions.assertThat;

import com.capacityworkbench.model.scenario.BuildOut;
import com.capacityworkbench.model.scenario.ConstraintWeights;
import com.capacityworkbench.model.scenario.FirstRefusalMode;
import com.capacityworkbench.model.scenario.Horizon;
import com.capacityworkbench.model.scenario.Offer;
import com.capacityworkbench.model.scenario.PeriodLength;
import com.capacityworkbench.model.scenario.Pool;
import com.capacityworkbench.model.scenario.PurchaseOptions;
import com.capacityworkbench.model.scenario.Scenario;
import com.capacityworkbench.model.scenario.SpendTerm;
import com.capacityworkbench.model.scenario.Workload;
import com.capacityworkbench.model.testing.TestScenarios;
import com.capacityworkbench.model.validation.ScoreBounds.Sum;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The overflow boundary: a scenario whose worst plan the score can count is accepted, one unit of weight (or
 * one more workload) beyond is rejected, at the weight when a smaller weight would do, else at the workload
 * that brings the most.
 */
class ScoreSizeRulesTest {

    /** The test scenario made dear: every pool at the highest price, the largest demand, the highest carbon price. */
    private static Scenario dear() {
        Scenario s = TestScenarios.withWorkload(0, w -> with(w, "demand", Figure.DEMAND.max()));
        List<Pool> pools = s.pools().stream().map(p -> p.withPrice(Figure.PRICE.max())).toList();
        return s.withPools(pools).withPolicies(with(s.policies(), "carbonPricePerTonne", Figure.CARBON_PRICE.max()));
    }

    private static ConstraintWeights costWeight(double weight) {
        return new ConstraintWeights(1, 1, weight, 1, 1);
    }

    @Test
    void theLargestCostWeightThatFitsIsAcceptedAndTheNextHundredthRejected() {
        Scenario dear = dear();
        double cost = ScoreBounds.of(dear).total(Sum.COST);
        // Strict first refusal: no premium on the cost level.
        assertThat(dear.policies().firstRefusal()).isEqualTo(FirstRefusalMode.STRICT);
        double largest = Math.floor(ScoreBounds.LIMIT / cost) / 100;
        assertThat(largest).as("a weight the ranges allow").isBetween(1.0, Figure.WEIGHT.max());

        assertThat(ScenarioValidator.validate(dear.withWeights(costWeight(largest)))).isEmpty();
        List<ValidationProblem> problems = ScenarioValidator.validate(dear.withWeights(costWeight(largest + 0.01)));
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("weights.cost");
            assertThat(p.message()).startsWith("at most " + Problems.grouped(largest) + " fits this scenario, got "
                    + Problems.grouped(largest + 0.01) + ": the score counts cost (up to $");
        });
    }

    @Test
    void aPremiumWeightedAsFirstRefusalSharesTheCostLevel() {
        Scenario dear = dear();
        Scenario preference = dear.withPolicies(with(with(dear.policies(), "firstRefusal", FirstRefusalMode.PREFERENCE),
                "firstRefusalPremium", Figure.FIRST_REFUSAL_PREMIUM.max()));
        ScoreBounds bounds = ScoreBounds.of(preference);
        assertThat(bounds.total(Sum.PREMIUM)).isPositive();
        double largest = Math.floor((ScoreBounds.LIMIT - bounds.total(Sum.COST) * 100) / bounds.total(Sum.PREMIUM)) / 100;

        assertThat(ScenarioValidator.validate(preference.withWeights(new ConstraintWeights(1, largest, 1, 1, 1))))
                .isEmpty();
        assertThat(ScenarioValidator.validate(preference.withWeights(new ConstraintWeights(1, largest + 0.01, 1, 1, 1))))
                .singleElement().satisfies(p -> assertThat(p.path()).isEqualTo("weights.firstRefusal"));
    }

    @Test
    void whenEvenAWeightOfOneOverflowsTheWorkloadThatBringsTheMostIsNamed() {
        Scenario dear = dear();
        Horizon twentyYears = new Horizon(TestScenarios.Q1, TestScenarios.Q1.plus(79));
        List<Workload> workloads = new ArrayList<>(dear.workloads());
        workloads.set(0, with(with(workloads.get(0), "to", twentyYears.last()), "demand", Figure.DEMAND.max()));
        Scenario scenario = with(dear.withWorkloads(workloads), "horizon", twentyYears);
        scenario = with(scenario, "accelerators", List.of(scenario.accelerators().get(0),
                with(scenario.accelerators().get(1), "trainingFactor", Figure.TRAINING_FACTOR.min())));
        // The provider share would overflow too (it counts accelerator-hours): off, so cost is the only one.
        scenario = scenario.withWeights(new ConstraintWeights(1, 1, 1, 1, 0));

        assertThat(ScoreBounds.of(scenario).total(Sum.COST) * 100).isGreaterThan(ScoreBounds.LIMIT);
        assertThat(ScenarioValidator.validate(scenario)).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("workloads[0].demand");
            assertThat(p.message()).startsWith("the workloads together could come to $").contains(" of cost ")
                    .contains("more than the score counts at weight 1");
        });
        // Cost switched off, the same workloads are fine for the score.
        assertThat(ScenarioValidator.validate(scenario.withWeights(new ConstraintWeights(1, 1, 0, 1, 0)))).isEmpty();
    }

    @Test
    void aRuleSwitchedOffStillSumsItsDollars() {
        Scenario dear = dear();
        // Self-built campus power at the dearest energy: the dollars alone pass 2^62 over twenty years.
        Horizon twentyYears = new Horizon(TestScenarios.Q1, TestScenarios.Q1.plus(79));
        Scenario scenario = with(dear.withWorkloads(List.of(with(dear.workloads().get(0), "to", twentyYears.last()))),
                "horizon", twentyYears);
        scenario = scenario.withSites(scenario.sites().stream().map(s -> with(with(with(s, "energyPricePerMwh",
                Figure.ENERGY_PRICE.max()), "pue", Figure.PUE.max()), "provider", "aws")).toList());
        scenario = with(scenario, "accelerators", scenario.accelerators().stream().map(a -> with(with(a, "tdpW",
                Figure.TDP.max()), "trainingFactor", Figure.TRAINING_FACTOR.min())).toList());
        scenario = with(scenario, "providers", List.of(scenario.providers().get(0), with(scenario.providers().get(1),
                "kind", com.capacityworkbench.model.scenario.ProviderKind.SELF_BUILT)));
        scenario = with(scenario, "datasets", List.of());
        scenario = scenario.withWorkloads(List.of(with(scenario.workloads().get(0), "datasets", List.of())));
        scenario = scenario.withWeights(new ConstraintWeights(1, 0, 0, 0, 0));

        assertThat(ScoreBounds.of(scenario).total(Sum.COST)).isGreaterThan(ScoreBounds.LIMIT);
        assertThat(ScenarioValidator.validate(scenario)).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("workloads[0].demand");
            assertThat(p.message()).contains("more than the score counts even with the rule off");
        });
    }

    @Test
    void sitePowerOfTheWorstPlanMustFitTooWhateverTheWeights() {
        Scenario s = TestScenarios.valid();
        s = with(s, "accelerators", s.accelerators().stream()
                .map(a -> with(with(with(a, "tdpW", Figure.TDP.max()), "trainingFactor", Figure.TRAINING_FACTOR.min()),
                        "inferenceFactor", Figure.INFERENCE_FACTOR.min()))
                .toList());
        s = s.withPolicies(with(s.policies(), "hostOverheadFraction", Figure.HOST_OVERHEAD.max()));
        s = with(s, "sites", s.sites().stream().map(site -> with(site, "pue", Figure.PUE.max())).toList());
        Workload big = with(s.workloads().get(0), "demand", Figure.DEMAND.max());
        List<Workload> workloads = new ArrayList<>();
        int count = 0;
        Scenario candidate = s.withWeights(new ConstraintWeights(1, 1, 0, 1, 1));
        while (ScoreBounds.of(candidate).total(Sum.WATTS) <= ScoreBounds.LIMIT) {
            workloads.add(with(big, "id", "big-" + count++));
            candidate = candidate.withWorkloads(workloads);
        }
        // One workload fewer fits; the one that tipped it over is as big as the rest, so the first is named.
        assertThat(ScenarioValidator.validate(candidate.withWorkloads(workloads.subList(0, count - 1)))).isEmpty();
        assertThat(ScenarioValidator.validate(candidate)).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("workloads[0].demand");
            assertThat(p.message()).contains(" W for site power ");
        });
    }

    /** An offer at the top of every range: 100,000 blocks of 100 accelerators at $1,000 an hour for 80 quarters. */
    private static Offer dearestOffer(String id) {
        return new Offer(id, "aws", "aws-east", "trn2", 100, 0, (int) Figure.MAX_BLOCKS.max(), TestScenarios.Q1,
                0, (int) Figure.TERM.max(), Figure.OFFER_PRICE.max(), Figure.UPFRONT.max());
    }

    @Test
    void everythingBoughtIsPaidInTheWorstPlanWhetherUsedOrNot() {
        Scenario buying = TestScenarios.buying();
        Scenario none = buying.withPurchaseOptions(PurchaseOptions.NONE);
        PurchaseOptions extreme = new PurchaseOptions(List.of(dearestOffer("dearest")),
                List.of(new BuildOut("gigawatts", "lab-campus", Figure.BUILD_OUT_POWER.max(), TestScenarios.Q1,
                        Figure.CAPEX.max(), 1, List.of("h100"))),
                List.of(new SpendTerm("owed", "azure", TestScenarios.Q1, TestScenarios.Q4, Figure.SPEND_MINIMUM.max(),
                        Figure.SPEND_MAXIMUM.max())));
        Scenario dear = buying.withPurchaseOptions(extreme);

        double hours = PeriodLength.QUARTER.hours();
        double offer = 1e7 * 1_000 * hours * 80 + 1e12 + 2;
        double capex = 10_000 * 1e10 + 1;
        double minimum = 1e13 + 1;
        // Beyond the commitments, the work's hours on the offer are paid at its price (as the solver charges them).
        assertThat(ScoreBounds.of(dear).total(Sum.COST) - ScoreBounds.of(none).total(Sum.COST))
                .isGreaterThan(offer + capex + minimum);
        Scenario noTerm = dear.withPurchaseOptions(extreme.withSpendTerms(List.of()));
        assertThat(ScoreBounds.of(dear).total(Sum.COST) - ScoreBounds.of(noTerm).total(Sum.COST))
                .isEqualTo(minimum);
        assertThat(ScenarioValidator.validate(dear)).isEmpty();
    }

    @Test
    void offersThatCouldOverflowTheScoreAreNamedAtTheDearest() {
        Scenario buying = TestScenarios.buying();
        List<Offer> offers = new ArrayList<>();
        Scenario candidate = buying;
        // Bounded, so that offers left out of the bound fail the test rather than loop for ever.
        while (ScoreBounds.of(candidate).total(Sum.COST) * 100 <= ScoreBounds.LIMIT && offers.size() < 100) {
            offers.add(dearestOffer("dearest-" + offers.size()));
            candidate = buying.withPurchaseOptions(buying.purchaseOptions().withOffers(offers));
        }
        // About 26 such offers fit at a cost weight of 1; one more does not.
        assertThat(offers).hasSizeBetween(20, 30);
        Scenario fits = buying.withPurchaseOptions(buying.purchaseOptions().withOffers(offers.subList(0,
                offers.size() - 1)));
        assertThat(ScenarioValidator.validate(fits)).isEmpty();
        assertThat(ScenarioValidator.validate(candidate)).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("purchaseOptions.offers[0].maxBlocks");
            assertThat(p.message()).startsWith("the workloads and purchases together could come to $")
                    .contains(" of cost ").contains("more than the score counts at weight 1");
        });
    }
}
