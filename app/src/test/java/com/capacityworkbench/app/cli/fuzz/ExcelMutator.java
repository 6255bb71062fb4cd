package com.capacityworkbench.app.cli.fuzz;

import com.capacityworkbench.formats.excel.ExcelScenarioWriter;
import com.capacityworkbench.formats.io.ScenarioFileException;
import com.capacityworkbench.model.scenario.Scenario;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.random.RandomGenerator;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** A scenario workbook with some of its number cells changed: to other numbers, sometimes typed as text. */
final class ExcelMutator {

    private static final Set<String> SHEETS = Set.of("Settings", "Providers", "Sites", "Accelerators", "Pools",
            "Datasets", "Workloads");

    private final String name;
    private final byte[] base;

    ExcelMutator(String name, Scenario scenario, Path scratch) throws IOException, ScenarioFileException {
        this.name = name;
        Path file = scratch.resolve(name + "-base.xlsx");
        ExcelScenarioWriter.write(scenario, file);
        this.base = Files.readAllBytes(file);
    }

    /** Writes a copy with one to three number cells changed to {@code file}; returns what was changed. */
    String mutate(RandomGenerator random, Path file) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(base))) {
            List<Cell> numbers = new ArrayList<>();
            for (Sheet sheet : workbook) {
                if (SHEETS.contains(sheet.getSheetName())) {
                    for (Row row : sheet) {
                        for (Cell cell : row) {
                            if (cell.getCellType() == CellType.NUMERIC) {
                                numbers.add(cell);
                            }
                        }
                    }
                }
            }
            StringBuilder what = new StringBuilder(name + ".xlsx:");
            int edits = random.nextInt(100) < 60 ? 1 : random.nextInt(100) < 60 ? 2 : 3;
            for (int e = 0; e < edits; e++) {
                Cell cell = numbers.get(random.nextInt(numbers.size()));
                if (cell.getCellType() != CellType.NUMERIC) {
                    continue; // typed over as text by an earlier edit of this case
                }
                double number = NumberMutations.next(random, cell.getNumericCellValue(), Optional.empty());
                String address = new CellReference(cell.getSheet().getSheetName(), cell.getRowIndex(),
                        cell.getColumnIndex(), false, false).formatAsString();
                if (random.nextInt(5) == 0) {
                    // A number stored as text, as pasted from elsewhere.
                    cell.setCellValue(Double.toString(number));
                    what.append(' ').append(address).append("=\"").append(number).append('"');
                } else {
                    cell.setCellValue(number);
                    what.append(' ').append(address).append('=').append(number);
                }
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
            return what.toString();
        }
    }
}
