package com.capacityworkbench.formats;

import static org.assertj.core.api.Assertions.assertThat;

import com.capacityworkbench.model.ScenarioIndex;
import com.capacityworkbench.formats.json.ScenarioJson;
import com.capacityworkbench.model.scenario.BuildOut;
import com.capacityworkbench.model.scenario.ConstraintWeights;
import com.capacityworkbench.model.scenario.Offer;
import com.capacityworkbench.model.scenario.Period;
import com.capacityworkbench.model.scenario.Pool;
import com.capacityworkbench.model.scenario.PricingKind;
import com.capacityworkbench.model.scenario.ProviderKind;
import com.capacityworkbench.model.scenario.PurchaseOptions;
import com.capacityworkbench.model.scenario.Scenario;
import com.capacityworkbench.model.scenario.Site;
import com.capacityworkbench.model.scenario.SoftwareFamily;
import com.capacityworkbench.model.scenario.SpendTerm;
import com.capacityworkbench.model.scenario.WorkloadKind;
import com.capacityworkbench.model.validation.ScenarioValidator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The scenarios that ship in samples/: valid, round-trip exactly, and shaped as samples/README.md says. */
class SamplesTest {

    static final Path SAMPLES = Path.of("..", "samples");

    static List<Path> samples() throws IOException {
        try (Stream<Path> files = Files.list(SAMPLES)) {
            return files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        }
    }

    @TempDir
    Path dir;

    @ParameterizedTest
    @MethodSource("samples")
    void everySampleIsValidAndReadsBackEqualAfterASave(Path sample) throws Exception {
        Scenario scenario = ScenarioJson.read(sample);
        Path copy = dir.resolve(sample.getFileName());
        ScenarioJson.write(scenario, copy);

        assertThat(ScenarioValidator.validate(scenario)).isEmpty();
        assertThat(ScenarioJson.read(copy)).isEqualTo(scenario);
    }

    @ParameterizedTest
    @MethodSource("ownSamples")
    void ourSamplesAreStoredExactlyAsTheAppSavesThem(String name) throws Exception {
        Path sample = SAMPLES.resolve(name);

        assertThat(ScenarioJson.toJson(ScenarioJson.read(sample))).isEqualTo(Files.readString(sample));
    }

    static List<String> ownSamples() {
        return List.of("frontier-2027.json", "eu-sovereign.json", "frontier-2028-buy.json");
    }

    @Test
    void frontierHasTheShapeTheIssueAsksFor() throws Exception {
        Scenario s = ScenarioJson.read(SAMPLES.resolve("frontier-2027.json"));
        ScenarioIndex index = ScenarioIndex.of(s);

        assertThat(s.horizon().first()).isEqualTo(Period.quarter(2026, 3));
        assertThat(s.horizon().size()).isEqualTo(8);
        assertThat(s.policies().primaryProvider()).isEqualTo("azure");
        assertThat(s.providers()).extracting("id").contains("azure", "aws", "google-cloud", "oracle");
        assertThat(s.providers()).filteredOn(p -> p.kind() == ProviderKind.NEOCLOUD).isNotEmpty();
        assertThat(s.sites()).filteredOn(site -> index.providerOf(site).kind() == ProviderKind.SELF_BUILT)
                .hasSize(2).allSatisfy(site -> assertThat(site.powerCapByPeriod()).isNotEmpty());
        assertThat(s.pools()).hasSizeGreaterThanOrEqualTo(20);
        assertThat(s.pools()).extracting(p -> p.accelerator())
                .contains("h100", "h200", "b200", "gb200", "mi300x", "mi355x", "tpu-v5p", "tpu-v6e", "trn2");
        assertThat(s.pools()).extracting(p -> p.pricing()).contains(PricingKind.values());
        assertThat(s.pools()).filteredOn(p -> !p.countByPeriod().isEmpty()).hasSizeGreaterThanOrEqualTo(5);
        assertThat(s.workloads()).hasSizeGreaterThanOrEqualTo(40);
        assertThat(s.workloads()).extracting(w -> w.kind()).contains(WorkloadKind.values());
        Set<String> inferenceJurisdictions = s.workloads().stream().filter(w -> w.latencyTargetMs() != null)
                .map(w -> w.userGeography().substring(0, 2)).collect(Collectors.toSet());
        assertThat(inferenceJurisdictions).contains("us", "eu", "jp");
        assertThat(s.datasets()).filteredOn(d -> d.allowedJurisdictions().equals(Set.of("EU"))).hasSizeGreaterThanOrEqualTo(3);
        assertThat(s.datasets()).filteredOn(d -> !d.mayLeaveProvider()).isNotEmpty();
        long onAzure = s.datasets().stream().filter(d -> index.providerOf(d).id().equals("azure")).count();
        assertThat(onAzure).isGreaterThan(s.datasets().size() / 2);
        assertThat(s.workloads()).filteredOn(w -> w.firstRefusal() && w.families().equals(Set.of(SoftwareFamily.XLA)))
                .isNotEmpty();
    }

    @Test
    void theFrontierCampusesCannotPowerEveryAcceleratorTheyHold() throws Exception {
        Scenario s = ScenarioJson.read(SAMPLES.resolve("frontier-2027.json"));
        ScenarioIndex index = ScenarioIndex.of(s);

        for (Site campus : s.sites().stream().filter(site -> !site.powerCapByPeriod().isEmpty()).toList()) {
            boolean binds = s.horizon().periods().stream().anyMatch(period -> {
                double fullPowerMw = index.poolsAt(campus).stream().mapToDouble(pool -> pool.countIn(period)
                        * index.acceleratorOf(pool).tdpW() * (1 + s.policies().hostOverheadFraction()) * campus.pue()
                        / 1e6).sum();
                Double cap = campus.powerCapIn(period);
                return cap != null && fullPowerMw > cap;
            });
            assertThat(binds).as(campus.id() + " has a binding power cap").isTrue();
        }
    }

    /** Issue #17: the purchase sample offers what samples/README.md says, committed below on-demand prices. */
    @Test
    void theBuySampleOffersCapacityFromEveryKindOfProviderAndPowerAtTheCampuses() throws Exception {
        Scenario s = ScenarioJson.read(SAMPLES.resolve("frontier-2028-buy.json"));
        Scenario base = ScenarioJson.read(SAMPLES.resolve("frontier-2027.json"));
        ScenarioIndex index = ScenarioIndex.of(s);
        PurchaseOptions options = s.purchaseOptions();

        assertThat(s.pools()).isEqualTo(base.pools());
        assertThat(s.workloads()).containsAll(base.workloads()).hasSizeGreaterThan(base.workloads().size());
        assertThat(options.offers()).hasSizeBetween(8, 15);
        assertThat(options.offers()).extracting(Offer::provider)
                .contains("azure", "aws", "google-cloud", "oracle", "coreweave");
        assertThat(options.offers()).allSatisfy(offer -> {
            assertThat(offer.blockSize()).isBetween(1024, 8192);
            assertThat(offer.termPeriods()).isBetween(4, 12);
            List<Pool> onDemand = s.pools().stream().filter(p -> p.pricing() == PricingKind.ON_DEMAND
                    && p.accelerator().equals(offer.accelerator())).toList();
            // Committed below on-demand: the same provider's price where it sells the type on demand, else the dearest.
            onDemand.stream().filter(p -> index.providerOf(p).id().equals(offer.provider()))
                    .forEach(p -> assertThat(offer.pricePerAccelHour()).as(offer.id()).isLessThan(p.pricePerAccelHour()));
            onDemand.stream().mapToDouble(Pool::pricePerAccelHour).max().ifPresent(dearest ->
                    assertThat(offer.pricePerAccelHour()).as(offer.id()).isLessThan(dearest));
        });
        assertThat(options.buildOuts()).hasSizeBetween(2, 4).allSatisfy(step -> {
            assertThat(index.providerOf(index.site(step.site())).kind()).isEqualTo(ProviderKind.SELF_BUILT);
            assertThat(step.megawatts()).isBetween(100.0, 1000.0);
        });
        assertThat(options.buildOuts()).flatExtracting(BuildOut::accelerators).contains("gb200", "mi355x");
        assertThat(options.spendTerms()).extracting(SpendTerm::provider).contains(s.policies().primaryProvider());
        assertThat(s.description()).contains("ESTIMATE", "cloud_prices.csv", "power.md");
    }

    @Test
    void euSovereignIsAboutResidencyAndSovereignClouds() throws Exception {
        Scenario s = ScenarioJson.read(SAMPLES.resolve("eu-sovereign.json"));
        ScenarioIndex index = ScenarioIndex.of(s);

        assertThat(s.sites()).filteredOn(Site::sovereign).extracting("id").contains("aws-esc-brandenburg");
        assertThat(s.workloads()).filteredOn(w -> w.requiresSovereign()).hasSizeGreaterThanOrEqualTo(3);
        assertThat(s.datasets()).allSatisfy(d -> assertThat(index.homeSiteOf(d).jurisdiction()).isIn("EU", "UK", "CH", "NO"));
        assertThat(s.datasets()).filteredOn(d -> d.allowedJurisdictions().contains("EU")).hasSizeGreaterThanOrEqualTo(5);
    }

    /** The scores count every plan of the samples even with every weight at 10,000 (ScoreSizeRules). */
    @Test
    void theSamplesFitWithGenerousWeights() throws Exception {
        for (String sample : List.of("tiny.json", "eu-sovereign.json", "frontier-2027.json", "frontier-2028-buy.json")) {
            Scenario scenario = ScenarioJson.read(SAMPLES.resolve(sample));
            assertThat(ScenarioValidator.validate(scenario.withWeights(new ConstraintWeights(10_000, 10_000, 10_000, 10_000,
                    10_000)))).as(sample).isEmpty();
        }
    }
}
