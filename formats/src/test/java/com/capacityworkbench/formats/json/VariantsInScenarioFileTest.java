package com.capacityworkbench.formats.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.capacityworkbench.model.scenario.FirstRefusalMode;
import com.capacityworkbench.model.scenario.Scenario;
import com.capacityworkbench.model.scenario.PolicyChange;
import com.capacityworkbench.model.scenario.PriceFactor;
import com.capacityworkbench.model.scenario.PriceTarget;
import com.capacityworkbench.model.scenario.ResidencyChange;
import com.capacityworkbench.model.scenario.Variant;
import com.capacityworkbench.model.variant.VariantFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VariantsInScenarioFileTest {

    @Test
    void variantsAreSavedInsideTheScenarioFileAndComeBackEqual(@TempDir Path dir) throws Exception {
        Scenario scenario = VariantFixture.base().withVariants(List.of(
                new Variant("tpu-cheaper", "TPU −20 %", null, "what if TPU prices drop 20 %",
                        List.of(new PriceFactor(PriceTarget.ACCELERATOR, "TPU v5p", 0.8))),
                new Variant("relaxed", "Azure-first as a premium", "tpu-cheaper", null,
                        List.of(new PolicyChange(null, FirstRefusalMode.PREFERENCE, 0.5, null, null),
                                new ResidencyChange("eu-chat-logs", Set.of("UK"), Set.of())))));
        Path file = dir.resolve("with-variants.json");
        ScenarioJson.write(scenario, file);

        assertThat(Files.readString(file)).contains("\"variants\"", "\"type\": \"price-factor\"");
        assertThat(ScenarioJson.read(file)).isEqualTo(scenario);
    }
}
