package com.capacityworkbench.formats.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.capacityworkbench.model.generate.ScenarioGenerator;
import com.capacityworkbench.model.scenario.Scenario;
import com.capacityworkbench.model.scenario.CountMode;
import com.capacityworkbench.model.scenario.PoolDelay;
import com.capacityworkbench.model.scenario.PowerCapChange;
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

/** The model's records in JSON through the one configured mapper, their JSON annotations being mix-ins. */
class ModelMixinsTest {

    @Test
    void changesSurviveAJsonRoundTripWithTheirTypes() throws Exception {
        List<Variant> variants = List.of(
                new Variant("tpu-cheaper", "TPU −20 %", null, null,
                        List.of(new PriceFactor(PriceTarget.ACCELERATOR, "TPU v5p", 0.8))),
                new Variant("slip-and-cheap", "Slip + cheaper TPU", "campus-slips", null,
                        List.of(new PoolDelay("abilene-gb200", 2))),
                new Variant("eu-uk", "EU data may go to UK", null, "residency widening",
                        List.of(new ResidencyChange("eu-chat-logs", Set.of("UK"), Set.of()),
                                new PowerCapChange("abilene", CountMode.FACTOR, 0.8, VariantFixture.Q2, null))));
        String json = JsonText.write(variants);
        assertThat(json).contains("\"type\":\"price-factor\"", "\"type\":\"residency\"", "\"type\":\"power-cap\"",
                "\"mode\":\"factor\"", "\"from\":\"2027-Q2\"");
        assertThat(List.of(JsonText.read(json, Variant[].class))).isEqualTo(variants);
    }

    @Test
    void aGeneratedScenarioIsTheSameFileByteForByteForTheSameSeed(@TempDir Path dir) throws Exception {
        Path first = dir.resolve("a.json");
        Path second = dir.resolve("b.json");
        ScenarioJson.write(generate(), first);
        ScenarioJson.write(generate(), second);

        assertThat(Files.readAllBytes(second)).isEqualTo(Files.readAllBytes(first));
        assertThat(ScenarioJson.read(first)).isEqualTo(generate());
    }

    @Test
    void aScenarioWithoutVariantsHasNoVariantsField() throws Exception {
        Scenario scenario = VariantFixture.base();
        assertThat(ScenarioJson.toJson(scenario)).doesNotContain("\"variants\"").contains("\"first\": \"2027-Q1\"")
                .doesNotContain("\"periods\"", "\"size\"");
    }

    private static Scenario generate() {
        return ScenarioGenerator.generate(new ScenarioGenerator.Settings(300, 40, 8, 7));
    }
}
