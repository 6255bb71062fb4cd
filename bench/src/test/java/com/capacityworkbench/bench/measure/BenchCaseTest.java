package com.capacityworkbench.bench.measure;

import static org.assertj.core.api.Assertions.assertThat;

import com.capacityworkbench.model.scenario.Scenario;
import com.capacityworkbench.solver.purchase.PurchaseTerms;
import org.junit.jupiter.api.Test;

class BenchCaseTest {

    @Test
    void aPurchaseCaseIsWorkloadsByOffersWithItsOffersExpandedIntoPools() throws Exception {
        BenchCase buy = BenchCase.parse("buy-100x30");

        assertThat(buy.isPurchase()).isTrue();
        assertThat(buy.workloads()).isEqualTo(100);
        assertThat(buy.offers()).isEqualTo(30);
        assertThat(buy.argument()).isEqualTo("buy-100x30");
        Scenario scenario = buy.scenario(1);
        assertThat(PurchaseTerms.of(scenario).offers()).hasSize(30);
        assertThat(scenario.pools()).hasSize(buy.pools() + 30);
    }

    @Test
    void itsOwnedTwinHasTheSamePoolsAndNoPurchaseRules() throws Exception {
        Scenario buy = BenchCase.parse("buy-60x12").scenario(2);
        Scenario owned = BenchCase.parse("owned-60x12").scenario(2);

        assertThat(owned.pools()).isEqualTo(buy.pools());
        assertThat(owned.purchaseOptions().isEmpty()).isTrue();
        assertThat(PurchaseTerms.of(owned).isEmpty()).isTrue();
    }

    @Test
    void generatedSizesAndFilesAreNotPurchaseCases() {
        assertThat(BenchCase.parse("500x30x12").isPurchase()).isFalse();
        assertThat(BenchCase.parse("samples/tiny.json").isPurchase()).isFalse();
    }
}
