package com.capacityworkbench.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.capacityworkbench.app.gui.TestScenarios;
import com.capacityworkbench.formats.json.SweepJson;
import com.capacityworkbench.model.portfolio.SampleResult;
import com.capacityworkbench.model.portfolio.SweepMode;
import com.capacityworkbench.model.portfolio.SweepResult;
import com.capacityworkbench.model.scenario.Scenario;
import com.capacityworkbench.model.uncertainty.DiscreteDistribution;
import com.capacityworkbench.model.uncertainty.UncertainInput;
import java.nio.file.Path;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue #16: ./workbench sweep, in this process and on the default embedded member, to JSON and to Excel. */
class SweepCommandTest extends CommandTest {

    private static final Path TINY = Path.of("..", "samples", "tiny.json");

    @TempDir
    Path dir;


    private Path uncertainTiny() {
        return TestScenarios.uncertainTiny(dir);
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
            // The fan: one row per period of tiny's horizon, P10 ≤ P50 ≤ P90, drawn as a native line chart.
            var fan = workbook.getSheet("Cost by period");
            assertThat(fan.getLastRowNum()).isEqualTo(2);
            assertThat(fan.getRow(1).getCell(0).getStringCellValue()).isEqualTo("2027-Q1");
            assertThat(fan.getRow(2).getCell(0).getStringCellValue()).isEqualTo("2027-Q2");
            for (int r = 1; r <= fan.getLastRowNum(); r++) {
                double p10 = fan.getRow(r).getCell(1).getNumericCellValue();
                double p50 = fan.getRow(r).getCell(2).getNumericCellValue();
                assertThat(p10).isLessThanOrEqualTo(p50).isLessThanOrEqualTo(fan.getRow(r).getCell(3).getNumericCellValue());
            }
            assertThat(charts(fan)).isOne();
            // Every pool of the plan with its utilisation over the futures, and what of it sat idle though paid for.
            var pools = workbook.getSheet("Pools");
            assertThat(pools.getRow(0).getCell(1).getStringCellValue()).isEqualTo("Utilisation P10 (%)");
            assertThat(pools.getLastRowNum()).isEqualTo(4);
            assertThat(pools.getRow(1).getCell(2).getNumericCellValue()).isBetween(0.0, 100.0);
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
