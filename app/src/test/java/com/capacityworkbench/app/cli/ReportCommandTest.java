package com.capacityworkbench.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.capacityworkbench.app.gui.TestScenarios;
import com.capacityworkbench.app.report.DeckReader;
import com.capacityworkbench.formats.PlanFiles;
import com.capacityworkbench.formats.json.SweepJson;
import com.capacityworkbench.model.plan.Plan;
import com.capacityworkbench.model.portfolio.SweepResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportCommandTest extends CommandTest {

    private static final Path TINY = Path.of("..", "samples", "tiny.json");
    private static final Path FRONTIER = Path.of("..", "samples", "frontier-2027.json");

    @TempDir
    Path dir;


    @Test
    void solvesTheScenarioAndWritesEverySlideWithTheUnplacedWorkAndThePictures() throws Exception {
        Path deck = dir.resolve("deck.pptx");

        int code = run("report", TINY.toString(), "--seconds", "3", "--out", deck.toString());

        assertThat(code).as(err.toString()).isEqualTo(ExitCodes.OK);
        assertThat(out.toString()).contains("Solving \"Tiny: six workloads, four pools\"", "Deck saved to " + deck);
        try (DeckReader read = new DeckReader(deck)) {
            assertThat(read.titles()).containsExactly("Capacity plan", "The plan in brief", "Cost", "Capacity",
                    "Power against caps", "First refusal: azure", "Unplaced work", "Where the work runs",
                    "Sites on the map");
            assertThat(DeckReader.text(read.slides().get(6))).contains("sovereign-finetune", "What it needs");
            assertThat(DeckReader.pictures(read.slides().get(7))).isOne();
            assertThat(DeckReader.text(read.slides().get(0))).contains("solved for up to 3 s, seed 0");
        }
    }

    @Test
    void aPlanFileIsPresentedAsItIsToTheCent() throws Exception {
        Path planFile = dir.resolve("plan.json");
        assertThat(run("solve", TINY.toString(), "--seconds", "2", "--out", planFile.toString())).isZero();
        Plan plan = PlanFiles.read(planFile);
        Path deck = dir.resolve("deck.pptx");

        int code = run("report", TINY.toString(), "--plan", planFile.toString(), "--out", deck.toString());

        assertThat(code).as(err.toString()).isEqualTo(ExitCodes.OK);
        try (DeckReader read = new DeckReader(deck)) {
            assertThat(DeckReader.text(read.slides().get(1)))
                    .contains(String.format(Locale.US, "$%,.2f", plan.kpis().totalCostUsd()), "(plan.json)");
            assertThat(DeckReader.charts(read.slides().get(2)).getFirst().sumOfAll())
                    .isCloseTo(plan.kpis().totalCostUsd(), within(0.005));
        }
    }

    @Test
    void anUnreadableScenarioExitsTwoAndWritesNothing() throws Exception {
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "{ \"name\": ");
        Path deck = dir.resolve("deck.pptx");

        int code = run("report", broken.toString(), "--out", deck.toString());

        assertThat(code).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(err.toString()).startsWith(broken + ": cannot be read");
        assertThat(deck).doesNotExist();
    }

    @Test
    void anUnreadablePlanExitsTwo() throws Exception {
        Path plan = dir.resolve("plan.json");
        Files.writeString(plan, "not a plan");

        int code = run("report", TINY.toString(), "--plan", plan.toString(), "--out", dir.resolve("d.pptx").toString());

        assertThat(code).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(err.toString()).startsWith(plan + ": cannot be read");
    }

    @Test
    void aPlanOfAnotherScenarioExitsTwoAndSaysWhose() throws Exception {
        Path plan = dir.resolve("tiny-plan.json");
        assertThat(run("solve", TINY.toString(), "--seconds", "2", "--out", plan.toString())).isZero();

        int code = run("report", FRONTIER.toString(), "--plan", plan.toString(), "--out",
                dir.resolve("d.pptx").toString());

        assertThat(code).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(err.toString()).contains(plan + ": is a plan of \"Tiny: six workloads, four pools\", not of "
                + "\"Frontier lab 2027\"", "Maybe solve the scenario again");
    }

    @Test
    void aSweepAddsTheFuturesSlidesWithItsFigures() throws Exception {
        Path scenario = TestScenarios.uncertainTiny(dir);
        Path sweep = dir.resolve("sweep.json");
        assertThat(run("sweep", scenario.toString(), "--samples", "5", "--seconds", "20", "--moves", "800", "--local",
                "--out", sweep.toString())).as(err.toString()).isZero();
        Path deck = dir.resolve("deck.pptx");

        int code = run("report", scenario.toString(), "--seconds", "2", "--sweep", sweep.toString(), "--out",
                deck.toString());

        assertThat(code).as(err.toString()).isZero();
        SweepResult swept = SweepJson.read(sweep);
        try (DeckReader read = new DeckReader(deck)) {
            assertThat(read.titles()).containsSubsequence("Unplaced work", "The futures: cost", "What moves the figures");
            XSLFSlide futures = read.slides().get(read.titles().indexOf("The futures: cost"));
            assertThat(DeckReader.text(futures)).contains("sweep of 5 futures of Tiny");
            DeckReader.ChartData histogram = DeckReader.charts(futures).get(1);
            assertThat(histogram.sum("Futures")).isEqualTo(5);
            DeckReader.ChartData fan = DeckReader.charts(futures).getFirst();
            assertThat(fan.series().get("P50").getFirst()).isCloseTo(swept.costByPeriod().get("2027-Q1").p50(),
                    within(0.005));
        }
    }

    @Test
    void aSweepOfAnotherScenarioOrAnUnreadableOneExitsTwo() throws Exception {
        Path sweep = dir.resolve("sweep.json");
        assertThat(run("sweep", TestScenarios.uncertainTiny(dir).toString(), "--samples", "3", "--seconds", "20",
                "--moves", "300", "--local", "--out", sweep.toString())).isZero();

        assertThat(run("report", TINY.toString(), "--sweep", sweep.toString(), "--out", dir.resolve("d.pptx").toString()))
                .isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(err.toString()).contains(sweep + ": the sweep's uncertain inputs [Abilene slip, Chat growth] are not "
                + "in \"Tiny", "(it has none)", "Maybe sweep the scenario again");

        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "{\"settings\": 3");
        assertThat(run("report", TINY.toString(), "--sweep", broken.toString(), "--out", dir.resolve("d.pptx").toString()))
                .isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(err.toString()).contains(broken + ": cannot be read");
        assertThat(dir.resolve("d.pptx")).doesNotExist();
    }

    @Test
    void optionsThatCannotWorkExitTwo() {
        assertThat(run("report", TINY.toString(), "--out", dir.resolve("deck.pdf").toString()))
                .isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(err.toString()).contains("report: --out must name a .pptx deck");
        assertThat(run("report", TINY.toString(), "--compare", "--out", dir.resolve("deck.pptx").toString()))
                .isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(err.toString()).contains("has no variants to compare");
    }
}
