package com.capacityworkbench.formats.excel;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.capacityworkbench.formats.io.FileProblem;
import com.capacityworkbench.formats.io.ScenarioFileException;
import com.capacityworkbench.model.scenario.Scenario;
import com.capacityworkbench.model.validation.ScenarioValidator;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Builds workbooks from scenarios, edits their cells by address and reads the problems back. */
final class TestWorkbooks {

    static final ExcelScenarioReader READER = new ExcelScenarioReader(s -> List.of());
    /** Checks the scenario's rules too, as an import does. */
    static final ExcelScenarioReader CHECKED = new ExcelScenarioReader(ScenarioValidator::validate);

    private TestWorkbooks() {
    }

    static XSSFWorkbook of(Scenario scenario) {
        XSSFWorkbook workbook = new XSSFWorkbook();
        new ScenarioSheetsWriter(workbook, new WorkbookStyles(workbook)).write(scenario);
        return workbook;
    }

    static Path save(Workbook workbook, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            workbook.write(out);
        }
        return file;
    }

    /** The cell at {@code Sheet!A1}, created if needed. */
    static Cell cell(Workbook workbook, String address) {
        CellReference ref = new CellReference(address);
        Sheet sheet = workbook.getSheet(ref.getSheetName());
        Row row = sheet.getRow(ref.getRow()) == null ? sheet.createRow(ref.getRow()) : sheet.getRow(ref.getRow());
        Cell cell = row.getCell(ref.getCol());
        return cell == null ? row.createCell(ref.getCol()) : cell;
    }

    static void set(Workbook workbook, String address, String text) {
        cell(workbook, address).setCellValue(text);
    }

    static void blank(Workbook workbook, String address) {
        cell(workbook, address).setBlank();
    }

    static List<String> problems(Workbook workbook) {
        return problems(READER, workbook);
    }

    /** The problems of reading the workbook with the scenario's rules checked, as an import does. */
    static List<String> ruleProblems(Workbook workbook) {
        return problems(CHECKED, workbook);
    }

    private static List<String> problems(ExcelScenarioReader reader, Workbook workbook) {
        AtomicReference<ScenarioFileException> thrown = new AtomicReference<>();
        assertThatThrownBy(() -> reader.read(workbook, Path.of("test.xlsx")))
                .isInstanceOfSatisfying(ScenarioFileException.class, thrown::set);
        return thrown.get().problems().stream().map(FileProblem::toString).toList();
    }

    static List<String> problems(Path file) {
        AtomicReference<ScenarioFileException> thrown = new AtomicReference<>();
        assertThatThrownBy(() -> READER.readFile(file))
                .isInstanceOfSatisfying(ScenarioFileException.class, thrown::set);
        return thrown.get().problems().stream().map(FileProblem::toString).toList();
    }
}
