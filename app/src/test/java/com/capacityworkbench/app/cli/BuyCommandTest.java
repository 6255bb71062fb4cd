package com.capacityworkbench.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.capacityworkbench.formats.json.PurchasePlanJson;
import com.capacityworkbench.formats.json.ScenarioJson;
import com.capacityworkbench.model.plan.OfferTaken;
import com.capacityworkbench.model.plan.PurchasePlan;
import com.capacityworkbench.model.scenario.FirstRefusalMode;
import com.capacityworkbench.model.scenario.Offer;
import com.capacityworkbench.model.scenario.Period;
import com.capacityworkbench.model.scenario.Policies;
import com.capacityworkbench.model.scenario.PurchaseOptions;
import com.capacityworkbench.model.scenario.Scenario;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ./workbench buy: what to buy, printed and saved, beside the plan that buys nothing. */
class BuyCommandTest extends CommandTest {

    private static final Path TINY = Path.of("..", "samples", "tiny.json");

    @TempDir
    Path dir;

    /**
     * tiny.json with H100 at Azure East US for $3 an hour in blocks of 256 for both quarters (half its on-demand
     * price), without first refusal: strict first refusal would buy whatever brings work to the primary, at any cost.
     */
    private Path tinyWithAnOffer() throws Exception {
        Scenario read = ScenarioJson.read(TINY);
        Policies p = read.policies();
        Scenario tiny = read.withPolicies(new Policies(p.primaryProvider(), FirstRefusalMode.OFF, 0,
                p.carbonPricePerTonne(), p.maxProviderSharePct(), p.hostOverheadFraction()));
        Offer offer = new Offer("az-eus-h100-6m", "azure", "azure-east-us", "H100", 256, 1, 4, Period.quarter(2027, 1),
                0, 2, 3.0, 0);
        Path file = dir.resolve("tiny-offer.json");
        ScenarioJson.write(tiny.withPurchaseOptions(new PurchaseOptions(List.of(offer), List.of(), List.of())), file);
        return file;
    }

    @Test
    void buysTheOfferCheaperThanOnDemandInWholeBlocksAndSavesIt() throws Exception {
        Path out = dir.resolve("buy.json");
        int code = run("buy", tinyWithAnOffer().toString(), "--seconds", "60", "--moves", "3000", "--seed", "1",
                "--out", out.toString());

        assertThat(code).as(err.toString()).isZero();
        assertThat(this.out.toString()).contains("What to buy (").contains("offer az-eus-h100-6m (azure at azure-east-us)")
                .contains("Against buying nothing:").contains("commitments $");
        PurchasePlan saved = PurchasePlanJson.read(out);
        OfferTaken taken = saved.purchases().offers().getFirst();
        double hours = 2 * Period.quarter(2027, 1).length().hours();
        assertThat(taken.blocks()).isBetween(1L, 4L);
        assertThat(taken.committedUsd()).isCloseTo(taken.blocks() * 256 * 3.0 * hours, within(1.0));
        assertThat(saved.plan().assignments()).anyMatch(a -> "az-eus-h100-6m".equals(a.pool()));
        assertThat(saved.plan().kpis().totalCostUsd()).as("buying half-price capacity costs less than buying nothing")
                .isLessThan(saved.withoutBuying().totalCostUsd());
    }

    @Test
    void anAnswerWhoseTimeRanOutBeforeAnyReSolveSaysSo() throws Exception {
        Path out = dir.resolve("buy.json");
        assertThat(run("buy", tinyWithAnOffer().toString(), "--seconds", "60", "--moves", "3000", "--seed", "1",
                "--out", out.toString())).as(err.toString()).isZero();
        PurchasePlan saved = PurchasePlanJson.read(out);
        assertThat(saved.oneLess()).isNotEmpty();
        PurchasePlan noneResolved = new PurchasePlan(saved.purchases(), saved.plan(), saved.withoutBuying(), saved.curve(),
                saved.notBought(), List.of(), 0.0);

        java.io.StringWriter text = new java.io.StringWriter();
        PurchaseSummary.print(noneResolved, false, new java.io.PrintWriter(text, true));

        assertThat(text.toString()).contains("What each purchase is worth: none re-solved, the time ran out "
                + "(more --seconds re-solves them)").doesNotContain("smaller purchase");
        text.getBuffer().setLength(0);
        PurchaseSummary.print(new PurchasePlan(saved.purchases(), saved.plan(), saved.withoutBuying(), saved.curve(),
                saved.notBought(), saved.oneLess(), 0.004), false, new java.io.PrintWriter(text, true));
        assertThat(text.toString()).contains("re-solved from the plan for under 0.1 s each;");
    }

    @Test
    void theBudgetCurvePrintsAndSavesBuyingNothingTheBudgetsBetweenAndBuyingFreely() throws Exception {
        Path out = dir.resolve("curve.json");
        int code = run("buy", tinyWithAnOffer().toString(), "--seconds", "60", "--moves", "2000", "--curve", "2",
                "--out", out.toString());

        assertThat(code).as(err.toString()).isZero();
        assertThat(this.out.toString()).contains("Budget curve").contains("off primary");
        PurchasePlan saved = PurchasePlanJson.read(out);
        assertThat(saved.curve()).hasSize(4);
        assertThat(saved.curve().getFirst().committedUsd()).isZero();
        assertThat(saved.curve().getLast().committedUsd()).isEqualTo(saved.purchases().totalUsd());
        saved.curve().forEach(p -> assertThat(p.committedUsd()).isLessThanOrEqualTo(p.budgetUsd() + 1));
    }

    @Test
    void aScenarioWithNothingToBuyIsRefusedWithWhatToAdd() {
        assertThat(run("buy", TINY.toString(), "--seconds", "5")).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(err.toString()).contains("has nothing to buy: add offers or build-outs");
    }

    @Test
    void aMoveLimitBelowOneOrTooManyBudgetsAreRefused() throws Exception {
        assertThat(run("buy", tinyWithAnOffer().toString(), "--moves", "0")).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(err.toString()).contains("buy: --moves must be at least 1, got 0");
        assertThat(run("buy", tinyWithAnOffer().toString(), "--curve", "99")).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(err.toString()).contains("buy: --curve takes 0 to 20 budgets, got 99");
    }

    @Test
    void aWorkbookHasThePurchasesWithTheirTimelineChartAndTheCurveAfterTheJsonBesideIt() throws Exception {
        Path out = dir.resolve("buy.xlsx");
        int code = run("buy", tinyWithAnOffer().toString(), "--seconds", "60", "--moves", "2000", "--curve", "1",
                "--out", out.toString());

        assertThat(code).as(err.toString()).isZero();
        assertThat(PurchasePlanJson.read(dir.resolve("buy.json")).purchases().offers()).isNotEmpty();
        try (XSSFWorkbook workbook = new XSSFWorkbook(out.toFile())) {
            XSSFSheet purchases = workbook.getSheet("Purchases");
            assertThat(purchases.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Purchase");
            assertThat(purchases.getRow(1).getCell(0).getStringCellValue()).isEqualTo("offer az-eus-h100-6m");
            assertThat(purchases.getRow(1).getCell(3).getNumericCellValue()).isBetween(1.0, 4.0);
            assertThat(purchases.getDrawingPatriarch().getCharts()).singleElement()
                    .satisfies(c -> assertThat(c.getTitleText().getString()).isEqualTo("Commitments per period by provider"));
            XSSFSheet curve = workbook.getSheet("Budget curve");
            assertThat(curve.getLastRowNum()).isEqualTo(3);
            assertThat(curve.getRow(1).getCell(1).getNumericCellValue()).isZero();
            assertThat(curve.getDrawingPatriarch().getCharts()).hasSize(1);
        }
    }

    @Test
    void onlyJsonAndWorkbookFilesCanBeSaved() throws Exception {
        assertThat(run("buy", tinyWithAnOffer().toString(), "--out", dir.resolve("buy.csv").toString()))
                .isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(err.toString()).contains("--out takes a .json or .xlsx file");
    }
}
