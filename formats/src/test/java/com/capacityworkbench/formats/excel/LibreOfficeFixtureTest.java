package com.capacityworkbench.formats.excel;

import static org.assertj.core.api.Assertions.assertThat;

import com.capacityworkbench.model.scenario.AcceleratorType;
import com.capacityworkbench.model.scenario.ConstraintWeights;
import com.capacityworkbench.model.scenario.Dataset;
import com.capacityworkbench.model.scenario.FirstRefusalMode;
import com.capacityworkbench.model.scenario.Horizon;
import com.capacityworkbench.model.scenario.Period;
import com.capacityworkbench.model.scenario.Policies;
import com.capacityworkbench.model.scenario.Pool;
import com.capacityworkbench.model.scenario.PricingKind;
import com.capacityworkbench.model.scenario.Provider;
import com.capacityworkbench.model.scenario.ProviderKind;
import com.capacityworkbench.model.scenario.Scenario;
import com.capacityworkbench.model.scenario.Site;
import com.capacityworkbench.model.scenario.SoftwareFamily;
import com.capacityworkbench.model.scenario.Workload;
import com.capacityworkbench.model.scenario.WorkloadKind;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A workbook saved by LibreOffice Calc, not by POI (see src/test/resources/excel/README.md). */
class LibreOfficeFixtureTest {

    private static final Path FIXTURE = Path.of("src", "test", "resources", "excel", "libreoffice-fixture.xlsx");

    @Test
    void importsToTheExpectedScenario() throws Exception {
        Period q1 = Period.quarter(2027, 1);
        Period q2 = Period.quarter(2027, 2);
        Period q3 = Period.quarter(2027, 3);
        Period q4 = Period.quarter(2027, 4);
        Period last = Period.quarter(2028, 2);
        Scenario expected = new Scenario("LibreOffice fixture", "Typed in LibreOffice Calc: formulas, dates, text numbers",
                new Horizon(q1, last),
                List.of(new Provider("azure", ProviderKind.CLOUD, 0.02, 0.087, "primary"),
                        new Provider("lambda", ProviderKind.NEOCLOUD, 0, 0.05, null)),
                List.of(new Site("azure-swedencentral", "azure", "Sweden", "EU", false, 120.0,
                                Map.of(q1, 60.0, q3, 90.0), 1.18, 41, 0, "eu-north", 400),
                        new Site("lambda-tx", "lambda", "United States", "US", false, null, Map.of(), 1.25, 396, 0,
                                "us-south", 100)),
                List.of(new AcceleratorType("H100", "NVIDIA", SoftwareFamily.CUDA, 80, 700, 1, 1, 35),
                        new AcceleratorType("B200", "NVIDIA", SoftwareFamily.CUDA, 180, 1000, 2.5, 2.5 * 1.2, 30)),
                List.of(new Pool("se-h100", "azure-swedencentral", "H100", 4096, q1, last, PricingKind.COMMITTED, 2.1,
                                Map.of(q3, 8192)),
                        new Pool("tx-b200", "lambda-tx", "B200", 4096, q2, last, PricingKind.ON_DEMAND, 3.8, Map.of())),
                List.of(new Dataset("eu-chat-logs", 95, "azure-swedencentral", Set.of("EU", "UK"), false)),
                List.of(new Workload("pretrain", WorkloadKind.TRAINING, 8000, q1, last, 10, Set.of(SoftwareFamily.CUDA),
                                0, List.of(), true, false, 1, null, null, null, null, false),
                        new Workload("eu-assistant", WorkloadKind.INFERENCE, 1500, q2, last, 8, Set.of(), 0,
                                List.of("eu-chat-logs"), true, true, 2, 250.0, "eu-central", null, null, false),
                        new Workload("evals", WorkloadKind.BATCH, 512, q3, q4, 3, Set.of(), 0, List.of(), false, false,
                                1, null, null, null, null, false)),
                new Policies("azure", FirstRefusalMode.STRICT, 0, 85, 70, 0.8),
                new ConstraintWeights(1, 1, 2, 1, 1));

        assertThat(ExcelScenarioReader.read(FIXTURE)).isEqualTo(expected);
    }
}
