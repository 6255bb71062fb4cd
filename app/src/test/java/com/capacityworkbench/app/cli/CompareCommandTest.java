package com.capacityworkbench.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.capacityworkbench.formats.json.ScenarioJson;
import com.capacityworkbench.model.scenario.Scenario;
import com.capacityworkbench.model.scenario.PoolDelay;
import com.capacityworkbench.model.scenario.RemovePool;
import com.capacityworkbench.model.scenario.Variant;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompareCommandTest extends CommandTest {


    @Test
    void aTimeLimitBelowOneSecondIsRefused() {
        assertThat(run("compare", "no-such-file.json", "--seconds", "-5")).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(err.toString()).contains("compare: --seconds must be at least 1, got -5");
    }

    private static Path tinyWithVariants(Path dir, List<Variant> variants) throws Exception {
        Scenario tiny = ScenarioJson.read(Path.of("..", "samples", "tiny.json"));
        Path file = dir.resolve("tiny-variants.json");
        ScenarioJson.write(tiny.withVariants(variants), file);
        return file;
    }

    @Test
    void comparesTheBaseWithEachVariantAndSavesTheWorkbook(@TempDir Path dir) throws Exception {
        Path scenario = tinyWithVariants(dir, List.of(
                new Variant("no-abilene", "Abilene cancelled", null, null, List.of(new RemovePool("abilene-mi300x"))),
                new Variant("trn-late", "Trainium late", null, null, List.of(new PoolDelay("aws-use1-trn2", 1)))));
        Path workbook = dir.resolve("cmp.xlsx");

        int code = run("compare", scenario.toString(), "--seconds", "2", "--out", workbook.toString());

        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString()).contains("Comparing 3 plans", "Total cost ($)", "Abilene cancelled",
                "Remove pool abilene-mi300x", "Comparison saved to");
        try (InputStream in = Files.newInputStream(workbook); XSSFWorkbook book = new XSSFWorkbook(in)) {
            assertThat(book.getSheet("Comparison").getRow(0).getCell(4).getStringCellValue()).isEqualTo("Abilene cancelled");
            assertThat(book.getSheet("Variants").getLastRowNum()).isEqualTo(3);
        }
    }

    @Test
    void onlyTheNamedVariants(@TempDir Path dir) throws Exception {
        Path scenario = tinyWithVariants(dir, List.of(
                new Variant("a", "Variant A", null, null, List.of(new RemovePool("abilene-mi300x"))),
                new Variant("b", "Variant B", null, null, List.of(new PoolDelay("aws-use1-trn2", 1)))));
        assertThat(run("compare", scenario.toString(), "--seconds", "1", "--variants", "b")).isZero();
        assertThat(out.toString()).contains("Comparing 2 plans", "Variant B").doesNotContain("Variant A");
    }

    @Test
    void badInputIsNamedAndExitsTwo(@TempDir Path dir) throws Exception {
        Path none = tinyWithVariants(dir, List.of());
        assertThat(run("compare", none.toString())).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(err.toString()).contains("has no variants to compare");

        Path some = tinyWithVariants(dir, List.of(new Variant("a", "A", null, null, List.of())));
        assertThat(run("compare", some.toString(), "--variants", "zzz")).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(err.toString()).contains("unknown variant(s) zzz; the file has a");

        assertThat(run("compare", some.toString(), "--out", dir.resolve("x.csv").toString()))
                .isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(err.toString()).contains("--out must name an .xlsx workbook");

        Path broken = tinyWithVariants(dir, List.of(new Variant("a", "A", "nobody", null, List.of())));
        assertThat(run("compare", broken.toString())).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(err.toString()).contains("variants[0].basedOn: unknown variant \"nobody\"");
    }

    @Test
    void seedsAreChosenOrGivenAndTheWorkbookCarriesSpreadsMarksAndQualityInWords(@TempDir Path dir) throws Exception {
        Path scenario = tinyWithVariants(dir, List.of(
                new Variant("trn-late", "Trainium late", null, null, List.of(new PoolDelay("aws-use1-trn2", 1)))));
        Path workbook = dir.resolve("cmp.xlsx");

        int code = run("compare", scenario.toString(), "--seconds", "2", "--seeds", "2", "--seed", "7", "--out",
                workbook.toString());

        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString()).contains("seeds 7-8,", "± noise", "Plans:", "Trainium late: ")
                .doesNotContain("hard/");
        try (InputStream in = Files.newInputStream(workbook); XSSFWorkbook book = new XSSFWorkbook(in)) {
            var header = book.getSheet("Comparison").getRow(0);
            assertThat(header.getCell(7).getStringCellValue()).isEqualTo("Noise Trainium late");
            assertThat(header.getCell(8).getStringCellValue()).startsWith("Spread ");
            assertThat(book.getSheet("Variants").getRow(0).getCell(5).getStringCellValue()).isEqualTo("Plan quality");
            assertThat(book.getSheet("Variants").getRow(1).getCell(5).getStringCellValue()).doesNotContain("hard/");
        }
    }

    @Test
    void noSeedsIsRefused(@TempDir Path dir) throws Exception {
        Path scenario = tinyWithVariants(dir, List.of(new Variant("a", "A", null, null, List.of())));
        assertThat(run("compare", scenario.toString(), "--seeds", "0")).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(err.toString()).contains("compare: --seeds must be at least 1, got 0");
    }
}
