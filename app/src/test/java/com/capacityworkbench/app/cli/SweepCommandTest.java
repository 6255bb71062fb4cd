package com.capacityworkbench.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.capacityworkbench.formats.json.ScenarioJson;
import com.capacityworkbench.formats.json.SweepJson;
import com.capacityworkbench.model.portfolio.SampleResult;
import com.capacityworkbench.model.portfolio.SweepMode;
import com.capacityworkbench.model.portfolio.SweepResult;
import com.capacityworkbench.model.scenario.Scenario;
import com.capacityworkbench.model.uncertainty.DiscreteDistribution;
import com.capacityworkbench.model.uncertainty.DiscreteDistribution.Outcome;
import com.capacityworkbench.model.uncertainty.TriangularDistribution;
import com.capacityworkbench.model.uncertainty.UncertainInput;
import com.capacityworkbench.model.uncertainty.UncertainKind;
import com.capacityworkbench.model.uncertainty.UncertaintyModel;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue #16: ./workbench sweep, in this process and on the default embedded member, to JSON and to Excel. */
class SweepCommandTest {

    private static final Path TINY = Path.of("..", "samples", "tiny.json");

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return WorkbenchCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    private Path uncertainTiny() throws Exception {
        Scenario tiny = ScenarioJson.read(TINY).withUncertainty(new UncertaintyModel(List.of(
                new UncertainInput("Abilene slip", UncertainKind.POOL_DELAY, "pool", "abilene-mi300x",
                        new DiscreteDistribution(List.of(new Outcome(0, 0.6), new Outcome(2, 0.4))), null, Set.of()),
                new UncertainInput("Chat growth", UncertainKind.DEMAND_FACTOR, "workload", "chat-serving",
                        new TriangularDistribution(0.9, 1.1, 1.6), null, Set.of()))));
        Path file = dir.resolve("uncertain-tiny.json");
        ScenarioJson.write(tiny, file);
        return file;
    }

    @Test
    void aLocalSweepPrintsEachFutureAndTheSpreadAndSavesEveryFuture() throws Exception {
        Path sweep = dir.resolve("sweep.json");

        int code = run("sweep", uncertainTiny().toString(), "--samples", "6", "--seconds", "20", "--moves", "800",
                "--mode", "replan", "--local", "--out", sweep.toString());

        assertThat(code).as(err.toString()).isEqualTo(ExitCodes.OK);
        assertThat(out.toString()).contains("Sweeping 6 futures", "future 6/6", "Total cost: P10 $", "P50", "P90",
                "What moves total cost most", "Sweep saved to " + sweep);
        SweepResult read = SweepJson.read(sweep);
        assertThat(read.complete()).isTrue();
        assertThat(read.settings().mode()).isEqualTo(SweepMode.REPLAN);
        assertThat(read.inputs()).containsExactly("Abilene slip", "Chat growth");
        assertThat(read.samples()).extracting(SampleResult::index).containsExactly(0, 1, 2, 3, 4, 5);
        assertThat(read.samples().stream().filter(s -> s.values().get("Abilene slip") > 0).count()).isBetween(2L, 3L);
    }

    @Test
    void theDefaultEngineIsAnEmbeddedMemberAndTheWorkbookHasNativeCharts() throws Exception {
        Path sweep = dir.resolve("sweep.xlsx");

        int code = run("sweep", uncertainTiny().toString(), "--samples", "5", "--seconds", "20", "--moves", "800",
                "--out", sweep.toString());

        assertThat(code).as(err.toString()).isEqualTo(ExitCodes.OK);
        assertThat(out.toString()).contains("Member of cluster \"capacity-workbench-", "at [127.0.0.1]", "future 5/5");
        try (XSSFWorkbook workbook = new XSSFWorkbook(sweep.toFile())) {
            assertThat(workbook.getSheet("Futures").getLastRowNum()).isEqualTo(5);
            assertThat(workbook.getSheet("Summary").getRow(1).getCell(0).getStringCellValue()).isEqualTo("Total cost");
            assertThat(charts(workbook.getSheet("Summary"))).isOne();
            assertThat(charts(workbook.getSheet("Tornado"))).isEqualTo(2);
            assertThat(workbook.getSheet("Tornado").getRow(1).getCell(0).getStringCellValue()).isIn("Abilene slip",
                    "Chat growth");
        }
    }

    @Test
    void aScenarioWithoutUncertainInputsOrABadModeIsRefused() throws Exception {
        assertThat(run("sweep", TINY.toString(), "--out", dir.resolve("s.json").toString()))
                .isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(err.toString()).contains("has no uncertain inputs");
        assertThat(run("sweep", uncertainTiny().toString(), "--mode", "guess", "--out", dir.resolve("s.json").toString()))
                .isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(err.toString()).contains("\"guess\" is not a sweep mode (stress or replan)");
        assertThat(run("sweep", uncertainTiny().toString(), "--local", "--client", "c.xml", "--out", "s.json"))
                .isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(err.toString()).contains("choose one of --local, --cluster and --client");
    }

    private static int charts(XSSFSheet sheet) {
        return sheet.getDrawingPatriarch() == null ? 0 : sheet.getDrawingPatriarch().getCharts().size();
    }
}
