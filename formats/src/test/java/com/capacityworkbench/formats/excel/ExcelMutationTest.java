package com.capacityworkbench.formats.excel;

import static org.assertj.core.api.Assertions.assertThat;

import com.capacityworkbench.formats.io.FileProblem;
import com.capacityworkbench.formats.io.ScenarioFileException;
import com.capacityworkbench.model.scenario.Scenario;
import com.capacityworkbench.model.validation.ScenarioValidator;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Feeds 1,200 damaged workbooks (seeded, so every run is the same) to the importer: cells blanked, values
 * of the wrong type, formulas and errors, rows and sheets removed, headers renamed, bytes flipped and files cut
 * short. Each must end in a valid scenario or a clean list of located problems; no exception may escape.
 */
class ExcelMutationTest {

    private static final long SEED = 20_261_123L;
    private static final int CASES = 1_200;
    private static final String[] SHEETS = {"Settings", "Providers", "Sites", "Accelerators", "Pools", "Datasets",
        "Workloads"};

    @TempDir
    Path dir;

    private final ExcelScenarioReader reader = new ExcelScenarioReader(ScenarioValidator::validate);

    @Test
    void everyDamagedWorkbookEndsInAScenarioOrAProblemList() throws Exception {
        byte[] original = bytesOf(TestScenarios.rich());
        Random random = new Random(SEED);
        List<String> escaped = new ArrayList<>();
        int scenarios = 0;
        int rejected = 0;
        try (XSSFWorkbook shared = new XSSFWorkbook(new ByteArrayInputStream(original))) {
            for (int i = 0; i < CASES; i++) {
                String what = "case " + i;
                try {
                    Scenario result = switch (i % 10) {
                        case 9 -> damageBytes(original, random, i);
                        case 8 -> removeRowsOrSheets(original, random, i);
                        default -> damageCells(shared, random, i);
                    };
                    assertThat(ScenarioValidator.validate(result)).as(what + " returned an invalid scenario").isEmpty();
                    scenarios++;
                } catch (ScenarioFileException e) {
                    assertThat(e.problems()).as(what).isNotEmpty();
                    for (FileProblem problem : e.problems()) {
                        assertThat(problem.message()).as(what).isNotBlank();
                    }
                    rejected++;
                } catch (Throwable t) {
                    escaped.add(what + ": " + t);
                }
            }
            // The undo really undid: the shared workbook still reads as the scenario it was made from.
            assertThat(reader.read(shared, Path.of("shared.xlsx"))).isEqualTo(TestScenarios.rich());
        }
        assertThat(escaped).isEmpty();
        // Both outcomes occur: the mutations are neither all harmless nor all fatal.
        assertThat(scenarios).isGreaterThan(50);
        assertThat(rejected).isGreaterThan(500);
    }

    /** Damages one to three cells of the shared workbook, reads it, and puts the cells back as they were. */
    private Scenario damageCells(XSSFWorkbook workbook, Random random, int index) throws Exception {
        int edits = index % 4 == 0 ? 3 : 1;
        List<Runnable> undo = new ArrayList<>();
        try {
            for (int e = 0; e < edits; e++) {
                boolean header = random.nextInt(8) == 0;
                Cell cell = randomCell(workbook, random, header, undo);
                undo.add(restorer(cell));
                if (header) {
                    cell.setCellValue("Renamed " + random.nextInt(9));
                } else {
                    damage(cell, random);
                }
            }
            return reader.read(workbook, Path.of("case-" + index + ".xlsx"));
        } finally {
            for (int u = undo.size() - 1; u >= 0; u--) {
                undo.get(u).run();
            }
        }
    }

    private Scenario removeRowsOrSheets(byte[] original, Random random, int index) throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(original))) {
            if (random.nextInt(3) == 0) {
                workbook.removeSheetAt(random.nextInt(workbook.getNumberOfSheets()));
            } else {
                Sheet sheet = randomSheet(workbook, random);
                Row row = sheet.getRow(random.nextInt(sheet.getLastRowNum() + 1));
                if (row != null) {
                    sheet.removeRow(row);
                }
            }
            return reader.read(workbook, Path.of("case-" + index + ".xlsx"));
        }
    }

    /**
     * How to put a cell back: its type and value (the damage never changes styles). Blanking first
     * drops a formula the damage may have set; otherwise POI would keep it and only change its cached value.
     */
    private static Runnable restorer(Cell cell) {
        Runnable value = switch (cell.getCellType()) {
            case STRING -> {
                String text = cell.getStringCellValue();
                yield () -> cell.setCellValue(text);
            }
            case NUMERIC -> {
                double number = cell.getNumericCellValue();
                yield () -> cell.setCellValue(number);
            }
            case BOOLEAN -> {
                boolean flag = cell.getBooleanCellValue();
                yield () -> cell.setCellValue(flag);
            }
            default -> () -> { };
        };
        return () -> {
            cell.setBlank();
            value.run();
        };
    }

    private Scenario damageBytes(byte[] original, Random random, int index) throws Exception {
        byte[] bytes = original.clone();
        if (random.nextBoolean()) {
            int flips = 1 + random.nextInt(8);
            for (int f = 0; f < flips; f++) {
                bytes[random.nextInt(bytes.length)] ^= (byte) (1 << random.nextInt(8));
            }
        } else {
            bytes = java.util.Arrays.copyOf(bytes, random.nextInt(bytes.length));
        }
        Path file = Files.write(dir.resolve("case-" + index + ".xlsx"), bytes);
        try {
            return reader.readFile(file);
        } finally {
            Files.delete(file);
        }
    }

    private static void damage(Cell cell, Random random) {
        switch (random.nextInt(12)) {
            case 0, 1 -> cell.setBlank();
            case 2 -> cell.setCellValue(random.nextInt(2000) - 500);
            case 3 -> cell.setCellValue(random.nextDouble() * 1e6);
            case 4 -> cell.setCellValue(random.nextBoolean());
            case 5 -> cell.setCellValue(LocalDate.of(2020 + random.nextInt(12), 1 + random.nextInt(12), 1));
            case 6 -> cell.setCellValue(List.of("many", "2027-Q5", "yes", "x;y", "=1+1", "#eg", "  ", "2027-03",
                    "1e400", "NaN", "eu-logs", "self built").get(random.nextInt(12)));
            case 7 -> cell.setCellFormula(List.of("1/0", "A1+1", "SUM(B2:B9)", "Z9999*2", "\"text\"", "TRUE",
                    "NA()", "Sites!A2").get(random.nextInt(8)));
            case 8 -> cell.setCellErrorValue(FormulaError.REF.getCode());
            case 9 -> cell.setCellValue(-1e308);
            case 10 -> cell.setCellValue("2027-Q1=4096;2027-Q9=1;;=;2027-Q2=-5");
            default -> cell.setCellValue(Double.MIN_VALUE);
        }
    }

    private static Sheet randomSheet(XSSFWorkbook workbook, Random random) {
        Sheet sheet = workbook.getSheet(SHEETS[random.nextInt(SHEETS.length)]);
        return sheet != null ? sheet : workbook.getSheetAt(random.nextInt(workbook.getNumberOfSheets()));
    }

    private static Cell randomCell(XSSFWorkbook workbook, Random random, boolean header, List<Runnable> undo) {
        Sheet sheet = randomSheet(workbook, random);
        int lastRow = Math.max(1, sheet.getLastRowNum() + 1);
        int rowIndex = header ? 0 : 1 + random.nextInt(lastRow);
        Row row = sheet.getRow(rowIndex);
        if (row == null) {
            Row created = sheet.createRow(rowIndex);
            undo.add(() -> sheet.removeRow(created));
            row = created;
        }
        int column = random.nextInt(Math.max(2, sheet.getRow(0) == null ? 2 : sheet.getRow(0).getLastCellNum() + 1));
        Cell cell = row.getCell(column);
        if (cell == null) {
            Row owner = row;
            Cell created = row.createCell(column);
            undo.add(() -> owner.removeCell(created));
            cell = created;
        }
        return cell;
    }

    private static byte[] bytesOf(Scenario scenario) throws Exception {
        try (XSSFWorkbook workbook = TestWorkbooks.of(scenario); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.write(out);
            return out.toByteArray();
        }
    }
}
