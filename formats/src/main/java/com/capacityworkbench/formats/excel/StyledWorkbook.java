package com.capacityworkbench.formats.excel;

import com.capacityworkbench.formats.io.AtomicFileWriter;
import com.capacityworkbench.formats.io.ScenarioFileException;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A workbook written whole in memory, with the workbench's styles, opened on its first sheet and saved atomically:
 * the comparison, the sweep, the purchase answer and the template are all written this way.
 */
final class StyledWorkbook {

    /** Writes a workbook's sheets. */
    @FunctionalInterface
    interface Sheets {
        void write(XSSFWorkbook workbook, WorkbookStyles styles);
    }

    private StyledWorkbook() {
    }

    /** @param what what the file holds, for the message if it cannot be saved ("the sweep workbook") */
    static void save(Path file, String what, Sheets sheets) throws ScenarioFileException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            sheets.write(workbook, new WorkbookStyles(workbook));
            workbook.setActiveSheet(0);
            AtomicFileWriter.write(file, workbook::write);
        } catch (IOException closing) {
            throw new ScenarioFileException(file, "cannot save " + what + ": " + closing.getMessage());
        }
    }
}
