package com.capacityworkbench.formats.excel;

import static com.capacityworkbench.formats.excel.TestWorkbooks.ruleProblems;
import static org.assertj.core.api.Assertions.assertThat;

import com.capacityworkbench.model.scenario.ConstraintWeights;
import com.capacityworkbench.model.scenario.Scenario;
import com.capacityworkbench.model.validation.Figure;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.DoubleFunction;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The ranges as validation rules of the spreadsheet contract: every column and setting with a number takes the
 * largest value of its range, and one just above it is reported at its own cell. Host overhead is written in
 * percent on the Settings sheet (the scenario keeps the fraction).
 */
class ExcelRangeTest {

    /** A cell of the rich scenario's workbook holding a figure, and how the figure is written there. */
    record Place(Figure figure, String sheet, String column, int row, DoubleFunction<Object> written) {

        static Place number(Figure figure, String sheet, String column, int row) {
            return new Place(figure, sheet, column, row, v -> v);
        }

        static Place setting(Figure figure, String key) {
            return new Place(figure, "Settings", key, 0, v -> v);
        }

        @Override
        public String toString() {
            return sheet + " " + column;
        }
    }

    static Stream<Place> places() {
        return Stream.of(
                Place.number(Figure.EGRESS_SAME_PROVIDER, "Providers", "Egress same provider ($/GB)", 2),
                Place.number(Figure.EGRESS_CROSS_CLOUD, "Providers", "Egress cross-cloud ($/GB)", 3),
                Place.number(Figure.IN_CLOUD_LINK, "Providers", "In-cloud link (Gbps)", 2),
                Place.number(Figure.POWER_CAP, "Sites", "Power cap (MW)", 2),
                new Place(Figure.POWER_CAP_BY_PERIOD, "Sites", "Power cap by period (MW)", 2,
                        v -> "2027-Q1=" + v + ";2027-Q3=62.5"),
                Place.number(Figure.PUE, "Sites", "PUE", 3),
                Place.number(Figure.CARBON_INTENSITY, "Sites", "Carbon (g/kWh)", 3),
                Place.number(Figure.ENERGY_PRICE, "Sites", "Energy price ($/MWh)", 4),
                Place.number(Figure.LINK, "Sites", "Link (Gbps)", 4),
                Place.number(Figure.MEMORY, "Accelerators", "Memory (GB)", 3),
                Place.number(Figure.TDP, "Accelerators", "TDP (W)", 2),
                Place.number(Figure.TRAINING_FACTOR, "Accelerators", "Training factor", 4),
                Place.number(Figure.INFERENCE_FACTOR, "Accelerators", "Inference factor", 3),
                Place.number(Figure.SERVING_LATENCY, "Accelerators", "Serving latency (ms)", 3),
                Place.number(Figure.COUNT, "Pools", "Count", 3),
                new Place(Figure.COUNT_BY_PERIOD, "Pools", "Count by period", 2,
                        v -> "2027-Q3=" + (long) v + ";2028-Q1=12288"),
                Place.number(Figure.PRICE, "Pools", "Price ($/accel-h)", 4),
                Place.number(Figure.SIZE, "Datasets", "Size (TB)", 2),
                Place.number(Figure.DEMAND, "Workloads", "Demand (ref accel)", 2),
                Place.number(Figure.PRIORITY, "Workloads", "Priority", 4),
                Place.number(Figure.MIN_MEMORY, "Workloads", "Min memory (GB)", 2),
                Place.number(Figure.MAX_SHARDS, "Workloads", "Max shards", 3),
                Place.number(Figure.LATENCY_TARGET, "Workloads", "Latency target (ms)", 3),
                Place.number(Figure.STAGING_LEAD_TIME, "Workloads", "Staging lead time (days)", 2),
                Place.number(Figure.PORTING_COST, "Workloads", "Porting cost ($)", 2),
                Place.number(Figure.BLOCK_SIZE, "Offers", "Block size (accelerators)", 3),
                Place.number(Figure.MIN_BLOCKS, "Offers", "Min blocks", 2),
                Place.number(Figure.MAX_BLOCKS, "Offers", "Max blocks", 2),
                Place.number(Figure.LEAD_TIME, "Offers", "Lead time (periods)", 3),
                Place.number(Figure.TERM, "Offers", "Term (periods)", 3),
                Place.number(Figure.OFFER_PRICE, "Offers", "Price ($/accel-hour)", 3),
                Place.number(Figure.UPFRONT, "Offers", "Upfront ($)", 3),
                Place.number(Figure.BUILD_OUT_POWER, "Build-outs", "Power (MW)", 2),
                Place.number(Figure.CAPEX, "Build-outs", "Capex ($/MW)", 2),
                Place.number(Figure.CAPEX_PERIODS, "Build-outs", "Capex periods", 2),
                Place.number(Figure.SPEND_MINIMUM, "Spend terms", "Minimum spend ($)", 3),
                Place.number(Figure.SPEND_MAXIMUM, "Spend terms", "Maximum spend ($)", 2),
                Place.setting(Figure.FIRST_REFUSAL_PREMIUM, "First refusal premium ($/accel-h)"),
                Place.setting(Figure.CARBON_PRICE, "Carbon price ($/tCO2e)"),
                Place.setting(Figure.MAX_PROVIDER_SHARE, "Max provider share (%)"),
                new Place(Figure.HOST_OVERHEAD, "Settings", "Host overhead (%)", 0, v -> v * 100),
                Place.setting(Figure.WEIGHT, "Weight cost"));
    }

    @Test
    void everyFigureHasACellHere() {
        Set<Figure> tested = places().map(Place::figure)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Figure.class)));
        assertThat(tested).containsExactlyInAnyOrderElementsOf(Arrays.asList(Figure.values()));
    }

    @ParameterizedTest
    @MethodSource("places")
    void theLargestValueIsReadAndTheNextIsReportedAtItsCell(Place place) throws Exception {
        Figure figure = place.figure();
        // The purchases' figures sit on their sheets; the others in the rich scenario as it was, weights and all.
        Scenario scenario = figure.collection().startsWith("purchaseOptions") ? TestScenarios.richBuying()
                : TestScenarios.rich();
        try (XSSFWorkbook workbook = TestWorkbooks.of(scenario)) {
            Cell cell = cellOf(workbook, place);
            write(cell, place.written().apply(figure.max()));
            Scenario read = TestWorkbooks.CHECKED.read(workbook, Path.of("ranges.xlsx"));
            assertThat(read).isNotNull();

            boolean whole = Set.of(Figure.COUNT, Figure.COUNT_BY_PERIOD, Figure.PRIORITY, Figure.MAX_SHARDS,
                    Figure.BLOCK_SIZE, Figure.MIN_BLOCKS, Figure.MAX_BLOCKS, Figure.LEAD_TIME, Figure.TERM,
                    Figure.CAPEX_PERIODS).contains(figure);
            // A percentage a whole point above; the other figures the next number up.
            double outside = whole || figure == Figure.HOST_OVERHEAD ? figure.max() + (whole ? 1 : 0.01)
                    : Math.nextUp(figure.max());
            write(cell, place.written().apply(outside));
            // Problems name the sheet as it is written, "Spend terms!E3", unquoted.
            String address = place.sheet() + "!"
                    + new CellReference(cell.getRowIndex(), cell.getColumnIndex(), false, false).formatAsString();
            assertThat(ruleProblems(workbook)).singleElement().asString().startsWith(address + ": must be at most ");
        }
    }

    @Test
    void hostOverheadIsReportedInPercentAsTheSheetWritesIt() throws Exception {
        try (XSSFWorkbook workbook = TestWorkbooks.of(TestScenarios.rich())) {
            Place place = new Place(Figure.HOST_OVERHEAD, "Settings", "Host overhead (%)", 0, v -> v);
            Cell cell = cellOf(workbook, place);
            cell.setCellValue(2000);
            String address = new CellReference("Settings", cell.getRowIndex(), cell.getColumnIndex(), false, false)
                    .formatAsString();
            assertThat(ruleProblems(workbook)).containsExactly(address + ": must be at most 10 (+1,000 %), got 20 (+2,000 %)");
        }
    }

    @Test
    void aWeightTooLargeForTheScoreIsReportedAtItsSetting() throws Exception {
        Scenario dear = TestScenarios.rich().withWeights(new ConstraintWeights(1, 1, 1, 1, 1));
        dear = dear.withPools(dear.pools().stream().map(p -> p.withPrice(Figure.PRICE.max())).toList());
        try (XSSFWorkbook workbook = TestWorkbooks.of(dear)) {
            Cell cell = cellOf(workbook, Place.setting(Figure.WEIGHT, "Weight cost"));
            cell.setCellValue(Figure.WEIGHT.max());
            String address = new CellReference("Settings", cell.getRowIndex(), cell.getColumnIndex(), false, false)
                    .formatAsString();
            assertThat(ruleProblems(workbook)).singleElement().asString().startsWith(address + ": at most ")
                    .contains(" fits this scenario, got 1,000,000");
        }
    }

    private static void write(Cell cell, Object value) {
        if (value instanceof String text) {
            cell.setCellValue(text);
        } else {
            cell.setCellValue((Double) value);
        }
    }

    /** The cell under the column's header in the given row (1-based), or the Value cell of a setting. */
    private static Cell cellOf(XSSFWorkbook workbook, Place place) {
        Sheet sheet = workbook.getSheet(place.sheet());
        Row header = sheet.getRow(0);
        if (place.sheet().equals("Settings")) {
            for (Row row : sheet) {
                Cell key = row.getCell(0);
                if (key != null && place.column().equals(key.getStringCellValue())) {
                    return row.getCell(1) == null ? row.createCell(1) : row.getCell(1);
                }
            }
            throw new IllegalArgumentException("no setting " + place.column());
        }
        for (Cell title : header) {
            if (place.column().equals(title.getStringCellValue())) {
                Row row = sheet.getRow(place.row() - 1);
                Cell cell = row.getCell(title.getColumnIndex());
                return cell == null ? row.createCell(title.getColumnIndex()) : cell;
            }
        }
        throw new IllegalArgumentException("no column " + place.column() + " on " + place.sheet());
    }
}
