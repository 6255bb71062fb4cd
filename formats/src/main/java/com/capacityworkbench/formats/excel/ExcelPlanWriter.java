package com.capacityworkbench.formats.excel;

import com.capacityworkbench.formats.io.AtomicFileWriter;
import com.capacityworkbench.formats.io.ScenarioFileException;
import com.capacityworkbench.model.plan.Plan;
import com.capacityworkbench.model.scenario.Scenario;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes a plan for managers and for Excel: KPIs, Plan, Utilization, Power, Costs, Explanations and
 * Violations sheets with charts, followed by the scenario's contract sheets, so the same file imports
 * back as the scenario.
 *
 * <p>Rows are streamed (POI's SXSSF): only the last {@link #ROWS_IN_MEMORY} rows of a sheet are held in memory,
 * the rest wait in a temporary file until the workbook is saved, so a plan of 20,000 workloads fits in a small heap.
 */
public final class ExcelPlanWriter {

    /** Rows of a sheet kept in memory while it is written; older rows are flushed to a temporary file. */
    static final int ROWS_IN_MEMORY = 200;

    private ExcelPlanWriter() {
    }

    /**
     * @throws ScenarioFileException when the workbook cannot be built or saved, naming the sheet and cell (with its
     *                               column) it was writing; the file is then left as it was
     */
    public static void write(Scenario scenario, Plan plan, Path file) throws ScenarioFileException {
        write(scenario, scenario, plan, file);
    }

    /**
     * The same for a plan read against another form of the scenario: {@code planScenario} holds the pools the plan
     * uses (a plan that buys capacity is read against the scenario with its offers as pools), while the workbook's
     * scenario sheets are {@code scenario}'s, so that the file imports as the scenario it was.
     */
    public static void write(Scenario scenario, Scenario planScenario, Plan plan, Path file) throws ScenarioFileException {
        // Closing the workbook deletes the streamed rows' temporary files.
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY)) {
            writeSheets(workbook, scenario, planScenario, plan, file);
        } catch (IOException closing) {
            throw new ScenarioFileException(file, "cannot save the plan workbook: " + closing.getMessage());
        }
    }

    private static void writeSheets(SXSSFWorkbook workbook, Scenario scenario, Scenario planScenario, Plan plan,
            Path file) throws ScenarioFileException {
        try {
            WorkbookStyles styles = new WorkbookStyles(workbook);
            PlanSheets sheets = new PlanSheets(workbook, styles, plan);
            PlanGrids grids = new PlanGrids(workbook, styles, planScenario, plan.kpis());
            sheets.writeKpis();
            sheets.writePlan();
            grids.writeUtilization();
            grids.writePower();
            grids.writeCosts();
            sheets.writeExplanations();
            sheets.writeViolations();
            new ScenarioSheetsWriter(workbook, styles).write(scenario);
            workbook.setActiveSheet(0);
        } catch (CellWriteException e) {
            throw new ScenarioFileException(file, "cannot write the plan workbook: " + e.getMessage());
        } catch (RuntimeException e) {
            // Charts, formatting and the sheets' settings: the sheet being written is the best place to name.
            String sheet = workbook.getSheetAt(workbook.getNumberOfSheets() - 1).getSheetName();
            throw new ScenarioFileException(file, "cannot write the plan workbook: sheet " + sheet + ": " + e);
        }
        AtomicFileWriter.write(file, workbook::write);
    }
}
