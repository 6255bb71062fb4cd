package com.capacityworkbench.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.capacityworkbench.app.report.DeckReader;
import com.capacityworkbench.formats.PlanFiles;
import com.capacityworkbench.model.plan.Plan;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportCommandTest {

    private static final Path TINY = Path.of("..", "samples", "tiny.json");
    private static final Path FRONTIER = Path.of("..", "samples", "frontier-2027.json");

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return WorkbenchCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

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
    void optionsThatCannotWorkExitTwo() {
        assertThat(run("report", TINY.toString(), "--out", dir.resolve("deck.pdf").toString()))
                .isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(err.toString()).contains("report: --out must name a .pptx deck");
        assertThat(run("report", TINY.toString(), "--compare", "--out", dir.resolve("deck.pptx").toString()))
                .isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(err.toString()).contains("has no variants to compare");
    }
}
