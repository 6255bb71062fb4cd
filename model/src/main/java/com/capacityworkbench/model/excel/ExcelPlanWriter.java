package com.capacityworkbench.model.excel;

import com.capacityworkbench.model.io.AtomicFileWriter;
import com.capacityworkbench.model.io.ScenarioFileException;
import com.capacityworkbench.model.plan.Plan;
import com.capacityworkbench.model.scenario.Scenario;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes a plan for managers and for Excel: KPIs, Plan, Utilization, Power, Costs, Explanations and
 * Violations sheets with charts, followed by the scenario's contract sheets, so the same file imports
 * back as the scenario.
 */
public final class ExcelPlanWriter {

    private ExcelPlanWriter() {
    }

    public static void write(Scenario scenario, Plan plan, Path file) throws ScenarioFileException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            WorkbookStyles styles = new WorkbookStyles(workbook);
            PlanSheets sheets = new PlanSheets(workbook, styles, plan);
            PlanGrids grids = new PlanGrids(workbook, styles, scenario, plan.kpis());
            sheets.writeKpis();
            sheets.writePlan();
            grids.writeUtilization();
            grids.writePower();
            grids.writeCosts();
            sheets.writeExplanations();
            sheets.writeViolations();
            new ScenarioSheetsWriter(workbook, styles).write(scenario);
            workbook.setActiveSheet(0);
            AtomicFileWriter.write(file, workbook::write);
        } catch (IOException closing) {
            throw new ScenarioFileException(file, "cannot save the plan workbook: " + closing.getMessage());
        }
    }
}
