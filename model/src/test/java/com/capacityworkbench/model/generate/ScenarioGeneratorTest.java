package com.capacityworkbench.model.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.capacityworkbench.model.ScenarioIndex;
import com.capacityworkbench.model.scenario.Period;
import com.capacityworkbench.model.scenario.Pool;
import com.capacityworkbench.model.scenario.Scenario;
import com.capacityworkbench.model.scenario.Site;
import com.capacityworkbench.model.scenario.SoftwareFamily;
import com.capacityworkbench.model.scenario.Workload;
import com.capacityworkbench.model.scenario.WorkloadKind;
import com.capacityworkbench.model.validation.ScenarioValidator;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScenarioGeneratorTest {

    private static Scenario generate(int workloads, int pools, int periods, long seed) {
        return ScenarioGenerator.generate(new ScenarioGenerator.Settings(workloads, pools, periods, seed));
    }

    @Test
    void anotherSeedGivesAnotherScenario() {
        assertThat(generate(100, 20, 8, 1)).isNotEqualTo(generate(100, 20, 8, 2));
    }

    @ParameterizedTest
    @CsvSource({"1, 1, 1, 0", "5, 2, 2, 3", "50, 7, 4, 11", "400, 60, 8, 42", "2000, 150, 12, 99"})
    void everyGeneratedScenarioIsValidAndHasTheAskedSize(int workloads, int pools, int periods, long seed) {
        Scenario scenario = generate(workloads, pools, periods, seed);

        assertThat(ScenarioValidator.validate(scenario)).isEmpty();
        assertThat(scenario.workloads()).hasSize(workloads);
        assertThat(scenario.pools()).hasSize(pools);
        assertThat(scenario.horizon().size()).isEqualTo(periods);
        assertThat(scenario.horizon().first()).isEqualTo(Period.quarter(2026, 3));
    }

    @Test
    void theLargestScenarioIsValidRealisticAndAboutAsBigAsItsCapacity() {
        Scenario scenario = generate(5000, 300, 12, 7);
        ScenarioIndex index = ScenarioIndex.of(scenario);

        assertThat(ScenarioValidator.validate(scenario)).isEmpty();
        assertThat(scenario.workloads()).extracting(Workload::kind).contains(WorkloadKind.values());
        assertThat(scenario.workloads().stream().flatMap(w -> w.families().stream()).collect(Collectors.toSet()))
                .containsAll(Set.of(SoftwareFamily.CUDA, SoftwareFamily.ROCM, SoftwareFamily.XLA, SoftwareFamily.NEURON));
        assertThat(scenario.workloads()).filteredOn(Workload::splittable).isNotEmpty();
        assertThat(scenario.workloads()).filteredOn(w -> w.latencyTargetMs() != null).isNotEmpty();
        assertThat(scenario.datasets()).filteredOn(d -> d.allowedJurisdictions().equals(Set.of("EU"))).isNotEmpty();
        assertThat(scenario.sites()).filteredOn(s -> !s.powerCapByPeriod().isEmpty()).isNotEmpty();

        for (Period period : scenario.horizon().periods()) {
            double capacity = scenario.pools().stream()
                    .mapToDouble(p -> p.countIn(period) * index.acceleratorOf(p).trainingFactor()).sum();
            double demand = scenario.workloads().stream()
                    .filter(w -> !period.isBefore(w.from()) && !period.isAfter(w.to()))
                    .mapToDouble(Workload::demand).sum();
            assertThat(demand / capacity).as("demand / capacity in " + period).isBetween(0.4, 1.3);
        }
    }

    @Test
    void campusPowerCapsBind() {
        Scenario scenario = generate(500, 60, 8, 5);
        ScenarioIndex index = ScenarioIndex.of(scenario);

        Site campus = scenario.sites().stream().filter(s -> !s.powerCapByPeriod().isEmpty()).findFirst().orElseThrow();
        Period period = scenario.horizon().first();
        double draw = index.poolsAt(campus).stream().mapToDouble(p -> p.countIn(period) * index.acceleratorOf(p).tdpW()
                * (1 + scenario.policies().hostOverheadFraction()) * campus.pue() / 1e6).sum();
        assertThat(campus.powerCapIn(period)).isLessThan(draw);
    }

    @Test
    void poolsSpreadOverEverySiteAndRespectWhatEachProviderSells() {
        Scenario scenario = generate(200, 40, 8, 3);

        assertThat(scenario.sites()).allSatisfy(site ->
                assertThat(scenario.pools()).extracting(Pool::site).contains(site.id()));
        assertThat(scenario.pools()).allSatisfy(pool -> {
            String provider = ScenarioIndex.of(scenario).siteOf(pool).provider();
            assertThat(GeneratorCatalog.OFFERS.get(provider)).contains(pool.accelerator());
        });
    }

    @Test
    void sizesOutsideTheLimitsAreRefusedWithAClearMessage() {
        assertThatThrownBy(() -> new ScenarioGenerator.Settings(0, 10, 8, 1))
                .hasMessage("workloads must be between 1 and 20000, got 0");
        assertThatThrownBy(() -> new ScenarioGenerator.Settings(10, 10, 41, 1))
                .hasMessage("periods must be between 1 and 40, got 41");
    }
}
