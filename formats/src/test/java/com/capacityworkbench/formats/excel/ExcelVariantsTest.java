package com.capacityworkbench.formats.excel;

import static com.capacityworkbench.formats.excel.TestWorkbooks.problems;
import static com.capacityworkbench.formats.excel.TestWorkbooks.set;
import static org.assertj.core.api.Assertions.assertThat;

import com.capacityworkbench.model.scenario.ConstraintWeights;
import com.capacityworkbench.model.scenario.FirstRefusalMode;
import com.capacityworkbench.model.scenario.Period;
import com.capacityworkbench.model.scenario.Pool;
import com.capacityworkbench.model.scenario.PricingKind;
import com.capacityworkbench.model.scenario.Scenario;
import com.capacityworkbench.model.scenario.AddPool;
import com.capacityworkbench.model.scenario.CountMode;
import com.capacityworkbench.model.scenario.PolicyChange;
import com.capacityworkbench.model.scenario.PoolDelay;
import com.capacityworkbench.model.scenario.PowerCapChange;
import com.capacityworkbench.model.scenario.PriceFactor;
import com.capacityworkbench.model.scenario.PriceTarget;
import com.capacityworkbench.model.scenario.RemovePool;
import com.capacityworkbench.model.scenario.ResidencyChange;
import com.capacityworkbench.model.scenario.Variant;
import com.capacityworkbench.model.scenario.WeightsChange;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What-if variants of every change type travel through the optional Variants sheet (see VariantSheetTest). */
class ExcelVariantsTest {

    @TempDir
    Path dir;

    static Scenario withVariants() {
        return TestScenarios.rich().withVariants(List.of(
                new Variant("cheaper-trn", "Trainium −20 %", null, "what if Trainium2 prices drop",
                        List.of(new PriceFactor(PriceTarget.ACCELERATOR, "Trainium2", 0.8))),
                new Variant("campus-late", "Campus two quarters late", "cheaper-trn", null,
                        List.of(new PoolDelay("tx-mi300", 2),
                                new PowerCapChange("campus-tx", CountMode.FACTOR, 0.8, Period.quarter(2027, 3), null),
                                new PolicyChange(null, FirstRefusalMode.STRICT, null, 120.0, null),
                                new ResidencyChange("eu-chat-logs", Set.of("CH"), Set.of("UK")),
                                new WeightsChange(new ConstraintWeights(1, 1, 3, 1, 0.5)),
                                new RemovePool("aws-trn2"),
                                new AddPool(new Pool("tx-mi355", "campus-tx", "MI300X", 2048, Period.quarter(2028, 1),
                                        Period.quarter(2028, 4), PricingKind.SELF_BUILT, 1.1,
                                        Map.of(Period.quarter(2028, 3), 4096)))))));
    }

    @Test
    void variantsComeBackEqual() throws Exception {
        Scenario scenario = withVariants();
        Path file = dir.resolve("variants.xlsx");
        ExcelScenarioWriter.write(scenario, file);
        assertThat(ExcelScenarioReader.read(file)).isEqualTo(scenario);
        try (XSSFWorkbook workbook = new XSSFWorkbook(file.toFile())) {
            var sheet = workbook.getSheet("Variants");
            assertThat(sheet.getLastRowNum()).as("one row per change").isEqualTo(8);
            var row = sheet.getRow(1);
            assertThat(row.getCell(4).getStringCellValue())
                    .isEqualTo(scenario.variants().getFirst().changes().getFirst().describe());
            assertThat(row.getCell(5).getStringCellValue()).startsWith("{\"type\":\"price-factor\"");
        }
    }

    @Test
    void aScenarioWithoutVariantsHasNoVariantsSheet() throws Exception {
        try (XSSFWorkbook workbook = TestWorkbooks.of(TestScenarios.rich())) {
            assertThat(workbook.getSheet("Variants")).isNull();
        }
    }

    @Test
    void aChangeThatIsNotValidIsReportedAtItsCell() {
        XSSFWorkbook workbook = TestWorkbooks.of(withVariants());
        set(workbook, "Variants!F3", "{\"type\":\"pool-delay\",\"pool\":\"tx-mi300\",\"periods\":\"two\"}");
        assertThat(problems(workbook)).singleElement().asString().startsWith("Variants!F3: not a change: ");
    }
}
