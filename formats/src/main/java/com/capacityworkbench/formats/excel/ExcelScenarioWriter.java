package com.capacityworkbench.formats.excel;

import com.capacityworkbench.formats.io.AtomicFileWriter;
import com.capacityworkbench.formats.io.ScenarioFileException;
import com.capacityworkbench.model.scenario.Scenario;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Writes a scenario as an .xlsx workbook to the spreadsheet contract, atomically. */
public final class ExcelScenarioWriter {

    private ExcelScenarioWriter() {
    }

    public static void write(Scenario scenario, Path file) throws ScenarioFileException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            new ScenarioSheetsWriter(workbook, new WorkbookStyles(workbook)).write(scenario);
            AtomicFileWriter.write(file, workbook::write);
        } catch (IOException closing) {
            throw new ScenarioFileException(file, "cannot save the workbook: " + closing.getMessage());
        } catch (CellWriteException e) {
            throw new ScenarioFileException(file, "cannot save, the file was left unchanged: " + e.getMessage());
        }
    }
}
