package com.capacityworkbench.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.capacityworkbench.model.testing.TestScenarios;
import org.junit.jupiter.api.Test;

class ScenarioIndexTest {

    private final ScenarioIndex index = ScenarioIndex.of(TestScenarios.valid());

    @Test
    void followsLinksFromPoolToSiteToProvider() {
        var pool = index.pool("sweden-h100");

        assertThat(index.siteOf(pool).id()).isEqualTo("azure-sweden");
        assertThat(index.providerOf(pool).id()).isEqualTo("azure");
        assertThat(index.acceleratorOf(pool).memoryGb()).isEqualTo(80);
        assertThat(index.poolsAt(index.site("azure-sweden"))).extracting("id").containsExactly("sweden-h100");
        assertThat(index.sitesOf(index.provider("azure"))).extracting("id").containsExactly("azure-eastus", "azure-sweden");
    }

    @Test
    void followsLinksFromWorkloadToDatasetsToTheirHome() {
        var datasets = index.datasetsOf(index.workload("chat"));

        assertThat(datasets).extracting("id").containsExactly("eu-logs");
        assertThat(index.homeSiteOf(datasets.getFirst()).jurisdiction()).isEqualTo("EU");
        assertThat(index.providerOf(datasets.getFirst()).id()).isEqualTo("azure");
    }

    @Test
    void unknownIdsAreEmptyOrAClearError() {
        assertThat(index.findSite("nowhere")).isEmpty();
        assertThat(index.findWorkload(null)).isEmpty();
        assertThatThrownBy(() -> index.pool("nowhere"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("unknown pool \"nowhere\"");
    }
}
