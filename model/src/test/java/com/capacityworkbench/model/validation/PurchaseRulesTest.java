package com.capacityworkbench.model.validation;

import static com.capacityworkbench.model.testing.Copy.with;
import static org.assertj.core.api.Assertions.assertThat;

import com.capacityworkbench.model.scenario.BuildOut;
import com.capacityworkbench.model.scenario.Offer;
import com.capacityworkbench.model.scenario.Period;
import com.capacityworkbench.model.scenario.Pool;
import com.capacityworkbench.model.scenario.Scenario;
import com.capacityworkbench.model.testing.TestScenarios;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Offers, build-outs and spend terms: references, who sells what, periods on the horizon and orderings. */
class PurchaseRulesTest {

    @Test
    void theScenarioWithSomethingToBuyIsValid() {
        assertThat(ScenarioValidator.validate(TestScenarios.buying())).isEmpty();
    }

    @Test
    void anOfferIsSoldByTheProviderOfItsSite() {
        Scenario scenario = TestScenarios.withOffer(0, o -> with(o, "provider", "azure"));
        assertThat(ScenarioValidator.validate(scenario)).containsExactly(new ValidationProblem(
                "purchaseOptions.offers[0].provider", "the offer is from azure, but site aws-east is aws's; an offer"
                        + " is sold by the provider of its site"));
    }

    @Test
    void anOfferNamesKnownProvidersSitesAndAccelerators() {
        Scenario scenario = TestScenarios.withOffer(1, o -> with(with(with(o, "provider", "coreweave"), "site",
                "cw-texas"), "accelerator", "b300"));
        assertThat(ScenarioValidator.validate(scenario)).containsExactly(
                new ValidationProblem("purchaseOptions.offers[1].provider", "unknown provider \"coreweave\""),
                new ValidationProblem("purchaseOptions.offers[1].site", "unknown site \"cw-texas\""),
                new ValidationProblem("purchaseOptions.offers[1].accelerator", "unknown accelerator \"b300\""));
    }

    @Test
    void idsAreUniqueAndNotBlankInEachList() {
        Scenario buying = TestScenarios.buying();
        List<Offer> offers = new ArrayList<>(buying.purchaseOptions().offers());
        offers.set(1, with(offers.get(1), "id", "aws-trn2-2027"));
        Scenario duplicate = buying.withPurchaseOptions(buying.purchaseOptions().withOffers(offers));
        assertThat(ScenarioValidator.validate(duplicate)).containsExactly(new ValidationProblem(
                "purchaseOptions.offers[1].id",
                "duplicate id \"aws-trn2-2027\" (first used at purchaseOptions.offers[0])"));
        assertThat(ScenarioValidator.validate(TestScenarios.withBuildOut(0, b -> with(b, "id", " "))))
                .containsExactly(new ValidationProblem("purchaseOptions.buildOuts[0].id", "must not be blank"));
    }

    @Test
    void minBlocksMayNotExceedMaxBlocks() {
        assertThat(ScenarioValidator.validate(TestScenarios.withOffer(1, o -> with(o, "minBlocks", 5))))
                .containsExactly(new ValidationProblem("purchaseOptions.offers[1].minBlocks",
                        "must be at most max blocks (4), got 5"));
        assertThat(ScenarioValidator.validate(TestScenarios.withOffer(1, o -> with(o, "minBlocks", 4)))).isEmpty();
    }

    @Test
    void anOfferHoldsAtMostAPoolsLargestCount() {
        Scenario atLimit = TestScenarios.withOffer(0, o -> with(with(o, "blockSize", 100), "maxBlocks", 100_000));
        assertThat(ScenarioValidator.validate(atLimit)).isEmpty();
        Scenario beyond = TestScenarios.withOffer(0, o -> with(with(o, "blockSize", 101), "maxBlocks", 100_000));
        assertThat(ScenarioValidator.validate(beyond)).containsExactly(new ValidationProblem(
                "purchaseOptions.offers[0].maxBlocks", "max blocks × block size must be at most 10,000,000"
                        + " accelerators (a pool's largest count), got 10,100,000"));
    }

    @Test
    void periodsLieOnTheHorizon() {
        Period late = TestScenarios.Q4.plus(1);
        assertThat(ScenarioValidator.validate(TestScenarios.withOffer(0, o -> with(o, "earliestStart", late))))
                .containsExactly(new ValidationProblem("purchaseOptions.offers[0].earliestStart",
                        "2028-Q1 is outside the horizon 2027-Q1..2027-Q4"));
        assertThat(ScenarioValidator.validate(TestScenarios.withBuildOut(0, b -> with(b, "earliest",
                Period.month(2027, 3))))).containsExactly(new ValidationProblem("purchaseOptions.buildOuts[0].earliest",
                "2027-03 is a month, but the horizon counts quarters"));
    }

    @Test
    void aSpendTermEndsAfterItStartsAndItsCapIsAtLeastItsMinimum() {
        assertThat(ScenarioValidator.validate(TestScenarios.withSpendTerm(0, t -> with(with(t, "from",
                TestScenarios.Q4), "to", TestScenarios.Q2)))).containsExactly(new ValidationProblem(
                "purchaseOptions.spendTerms[0].to", "2027-Q2 is before from 2027-Q4"));
        assertThat(ScenarioValidator.validate(TestScenarios.withSpendTerm(0, t -> with(t, "maximumUsd", 5e7))))
                .containsExactly(new ValidationProblem("purchaseOptions.spendTerms[0].maximumUsd",
                        "must be at least the minimum spend (100,000,000), got 50,000,000"));
        assertThat(ScenarioValidator.validate(TestScenarios.withSpendTerm(0, t -> with(t, "provider", "oracle"))))
                .containsExactly(new ValidationProblem("purchaseOptions.spendTerms[0].provider",
                        "unknown provider \"oracle\""));
    }

    @Test
    void aSpendCapIsAtLeastWhatTheProvidersCommittedPoolsCostOverItsTerm() {
        // azure-h100, committed at $4.50 an hour: 4,096 H100 in 2027-Q1 and Q2, 8,192 in Q3 and Q4, 2,191.5 hours a
        // quarter: $242,362,368 over the year, $80,787,456 in Q4 alone.
        assertThat(ScenarioValidator.validate(TestScenarios.withSpendTerm(0, t -> with(t, "maximumUsd", 2.4e8))))
                .containsExactly(new ValidationProblem("purchaseOptions.spendTerms[0].maximumUsd",
                        "is below what azure's committed pools cost over 2027-Q1..2027-Q4 whether used or not"
                                + " (242,362,368), so no plan can keep it; got 240,000,000"));
        assertThat(ScenarioValidator.validate(TestScenarios.withSpendTerm(0, t -> with(t, "maximumUsd", 242_362_368.0))))
                .isEmpty();
        assertThat(ScenarioValidator.validate(TestScenarios.withSpendTerm(0, t -> with(with(with(t, "maximumUsd", 1e8),
                "minimumUsd", 0.0), "from", TestScenarios.Q4)))).isEmpty();
    }

    @Test
    void aCapIsCheckedAgainstTheCommittedPoolsOnlyWhenTheyAndTheTermAreComplete() {
        // A cap azure's committed pool would break ($242,362,368 over 2027), with that pool's periods or the term's
        // provider left out: what is missing is reported, and nothing is summed over it.
        Scenario capped = TestScenarios.withSpendTerm(0, t -> with(t, "maximumUsd", 2.4e8));
        for (String period : List.of("from", "to")) {
            List<Pool> pools = new ArrayList<>(capped.pools());
            pools.set(0, with(pools.getFirst(), period, null));
            assertThat(ScenarioValidator.validate(capped.withPools(pools)))
                    .containsExactly(new ValidationProblem("pools[0]." + period, "missing"));
        }
        assertThat(ScenarioValidator.validate(TestScenarios.withSpendTerm(0,
                t -> with(with(t, "maximumUsd", 2.4e8), "provider", null))))
                .containsExactly(new ValidationProblem("purchaseOptions.spendTerms[0].provider", "missing"));
    }

    @Test
    void onlyASelfBuiltSiteIsBuiltOut() {
        assertThat(ScenarioValidator.validate(TestScenarios.withBuildOut(0, b -> with(b, "site", "aws-east"))))
                .containsExactly(new ValidationProblem("purchaseOptions.buildOuts[0].site",
                        "site aws-east is aws's, a cloud provider; only a self-built site can be built out"));
    }

    @Test
    void aBuildOutHousesKnownAcceleratorsAndAtLeastOne() {
        assertThat(ScenarioValidator.validate(TestScenarios.withBuildOut(0, b -> with(b, "accelerators",
                List.of("h100", "mi355x"))))).containsExactly(new ValidationProblem(
                "purchaseOptions.buildOuts[0].accelerators[1]", "unknown accelerator \"mi355x\""));
        assertThat(ScenarioValidator.validate(TestScenarios.withBuildOut(0, b -> with(b, "accelerators",
                List.of())))).containsExactly(new ValidationProblem("purchaseOptions.buildOuts[0].accelerators",
                "list at least one accelerator type the step can house"));
    }

    @Test
    void aPurchaseLeftIncompleteIsReportedMissing() {
        Scenario scenario = TestScenarios.withBuildOut(0, b -> new BuildOut(b.id(), null, b.megawatts(), null,
                b.capexPerMw(), b.capexPeriods(), b.accelerators()));
        assertThat(ScenarioValidator.validate(scenario)).contains(
                new ValidationProblem("purchaseOptions.buildOuts[0].site", "missing"),
                new ValidationProblem("purchaseOptions.buildOuts[0].earliest", "missing"));
    }

    @Test
    void theFirstStartIsTheLaterOfTheEarliestStartAndTheLeadTime() {
        Offer offer = TestScenarios.buying().purchaseOptions().offers().get(0);
        var horizon = TestScenarios.buying().horizon();
        assertThat(offer.firstStart(horizon)).isEqualTo(TestScenarios.Q2);
        assertThat(with(offer, "leadTimePeriods", 3).firstStart(horizon)).isEqualTo(TestScenarios.Q4);
        assertThat(offer.maxAccelerators()).isEqualTo(8 * 1024);
    }

    @Test
    void whatIsBoughtMayNotTakeTheNameOfAPoolOrASite() {
        assertThat(ScenarioValidator.validate(TestScenarios.withOffer(0, o -> with(o, "id", "aws-trn2"))))
                .containsExactly(new ValidationProblem("purchaseOptions.offers[0].id", "'aws-trn2' is already a pool's"
                        + " id; a bought offer becomes a pool of its own, so its id must differ from every pool's"));
        assertThat(ScenarioValidator.validate(TestScenarios.withBuildOut(0, b -> with(b, "id", "azure-sweden"))))
                .containsExactly(new ValidationProblem("purchaseOptions.buildOuts[0].id", "'azure-sweden' is already a"
                        + " site's id; a build-out step is planned as a site of its own, so its id must differ from every"
                        + " site's"));
    }
}
