package com.capacityworkbench.formats.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.capacityworkbench.formats.io.FileProblem;
import com.capacityworkbench.model.scenario.Offer;
import com.capacityworkbench.model.scenario.PurchaseOptions;
import com.capacityworkbench.model.scenario.Scenario;
import com.capacityworkbench.model.testing.TestScenarios;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue #17: offers, build-outs and spend terms are saved in the scenario file and read back equal. */
class PurchaseOptionsInScenarioFileTest {

    @TempDir
    Path dir;

    @Test
    void offersBuildOutsAndSpendTermsComeBackEqual() throws Exception {
        Path file = dir.resolve("buying.json");
        Scenario buying = TestScenarios.buying();
        ScenarioJson.write(buying, file);

        String text = Files.readString(file);
        assertThat(text).contains("\"purchaseOptions\": {", "\"offers\": [", "\"buildOuts\": [", "\"spendTerms\": [",
                "\"earliestStart\": \"2027-Q2\"", "\"capexPerMw\": 10000000", "\"maximumUsd\": 400000000",
                "\"accelerators\": [\n          \"h100\"\n        ]");
        Scenario read = ScenarioJson.read(file);
        assertThat(read.purchaseOptions()).isEqualTo(buying.purchaseOptions());
        assertThat(read).isEqualTo(buying);
    }

    @Test
    void aScenarioWithNothingToBuyIsWrittenAsBefore() throws Exception {
        Path file = dir.resolve("nothing.json");
        ScenarioJson.write(TestScenarios.valid(), file);

        assertThat(Files.readString(file)).doesNotContain("purchaseOptions");
        assertThat(ScenarioJson.read(file).purchaseOptions()).isEqualTo(PurchaseOptions.NONE);
    }

    @Test
    void anEmptyListIsLeftOutAndReadBackEmpty() throws Exception {
        Path file = dir.resolve("offers-only.json");
        Scenario buying = TestScenarios.buying();
        Scenario offersOnly = buying.withPurchaseOptions(PurchaseOptions.NONE.withOffers(
                buying.purchaseOptions().offers()));
        ScenarioJson.write(offersOnly, file);

        assertThat(Files.readString(file)).contains("\"offers\"").doesNotContain("buildOuts", "spendTerms");
        assertThat(ScenarioJson.read(file)).isEqualTo(offersOnly);
    }

    @Test
    void leftOutOptionalFiguresTakeTheirDefaultsAndARequiredOneIsMissing() throws Exception {
        Path file = dir.resolve("buying.json");
        ScenarioJson.write(TestScenarios.buying(), file);
        String text = Files.readString(file);
        Files.writeString(file, text.replace("\"upfrontUsd\": 5000000", "\"upfrontUsd\": 0")
                .replaceAll(",\\s*\"upfrontUsd\": 0", "").replaceAll(",\\s*\"minBlocks\": 2", ""));

        Offer azure = ScenarioJson.read(file).purchaseOptions().offers().get(1);
        assertThat(azure.upfrontUsd()).isZero();
        assertThat(azure.minBlocks()).isZero();

        Files.writeString(file, text.replaceFirst("\"blockSize\": 1024,", ""));
        assertThat(ScenarioFileProblems.of(file))
                .containsExactly(new FileProblem("purchaseOptions.offers[0].blockSize", "missing"));
    }

    @Test
    void anUnknownFieldIsAProblemAtItsPlace() throws Exception {
        Path file = dir.resolve("buying.json");
        ScenarioJson.write(TestScenarios.buying(), file);
        Files.writeString(file, Files.readString(file).replace("\"capexPeriods\": 8", "\"capexPeriods\": 8, \"capexYears\": 2"));

        assertThat(ScenarioFileProblems.of(file)).singleElement().satisfies(p -> {
            assertThat(p.location()).contains("purchaseOptions.buildOuts[0]");
            assertThat(p.message()).contains("capexYears");
        });
    }
}
