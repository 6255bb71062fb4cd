package com.capacityworkbench.app.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.capacityworkbench.app.compare.KpiCellText;
import com.capacityworkbench.app.gui.TestPlans;
import com.capacityworkbench.app.gui.TestScenarios;
import com.capacityworkbench.app.report.DeckReader.ChartData;
import com.capacityworkbench.model.compare.ComparedPlan;
import com.capacityworkbench.model.compare.Comparison;
import com.capacityworkbench.model.compare.KpiDirection;
import com.capacityworkbench.model.compare.KpiRow;
import com.capacityworkbench.model.compare.PlacementCause;
import com.capacityworkbench.model.compare.PlacementChange;
import com.capacityworkbench.model.compare.PlacementChangeKind;
import com.capacityworkbench.model.plan.CostCategory;
import com.capacityworkbench.model.plan.Kpis;
import com.capacityworkbench.model.plan.Money;
import com.capacityworkbench.model.plan.Plan;
import com.capacityworkbench.model.portfolio.KpiSpread;
import com.capacityworkbench.model.portfolio.SampleResult;
import com.capacityworkbench.model.portfolio.SweepMode;
import com.capacityworkbench.model.portfolio.SweepResult;
import com.capacityworkbench.model.portfolio.SweepSettings;
import com.capacityworkbench.model.portfolio.TornadoBar;
import com.capacityworkbench.model.plan.PoolUtilization;
import com.capacityworkbench.model.plan.SitePower;
import com.capacityworkbench.model.scenario.Period;
import com.capacityworkbench.model.scenario.Scenario;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The deck of the frontier sample's plan, read back with POI: its slides, its charts' numbers against the KPIs. */
class PlanDeckTest {

    private static final double CENT = 0.005;

    @TempDir
    static Path dir;

    private static Scenario scenario;
    private static Plan plan;
    private static Comparison comparison;
    private static SweepResult sweep;
    private static DeckReader deck;
    private static List<String> steps = new ArrayList<>();

    @BeforeAll
    static void writeTheDeck() throws Exception {
        scenario = TestScenarios.frontier();
        plan = TestPlans.frontier();
        comparison = comparison();
        Path file = dir.resolve("deck.pptx");
        sweep = sweep();
        PlanDeck.write(new ReportContent(scenario, plan, comparison, sweep, new PlanPictures(png(), png()),
                LocalDate.of(2026, 12, 4), "plan.json"), file, (doing, done, total) -> steps.add(doing));
        deck = new DeckReader(file);
    }

    @Test
    void hasTheSlidesOfTheIssueInOrder() {
        assertThat(deck.titles()).containsExactly("Capacity plan", "The plan in brief", "Cost", "Capacity",
                "Power against caps", "First refusal: azure", "Unplaced work", "Where the work runs",
                "Sites on the map", "What-if variants", "What each change forces", "Variant: TPU −20 %",
                "The futures: cost", "What moves the figures", "Risks across the futures");
        assertThat(steps).first().isEqualTo("Writing the summary");
        assertThat(steps).last().isEqualTo("Saving deck.pptx");
    }

    @Test
    void everySlideNamesItsSourceAndEveryChartItsUnitWithTwelveSeriesAtMost() {
        for (XSLFSlide slide : deck.slides()) {
            assertThat(DeckReader.text(slide)).containsAnyOf("Source: Capacity Workbench, plan of " + scenario.name()
                    + " (plan.json), 2026-12-04.", "Source: Capacity Workbench, sweep of 40 futures of "
                    + scenario.name() + " (stress the plan, 5 s each, seed 7), 2026-12-04.");
            for (ChartData chart : DeckReader.charts(slide)) {
                assertThat(chart.title()).isNotBlank();
                assertThat(chart.axisTitle()).as(chart.title()).matches(".*\\(.+\\)|Workloads|Declined workloads");
                assertThat(chart.series()).as(chart.title()).isNotEmpty().hasSizeLessThanOrEqualTo(12);
            }
        }
    }

    @Test
    void theSummarySaysTheCostToTheCentAndWhatBinds() {
        String summary = DeckReader.text(deck.slides().get(1));
        // Cost and idle committed side by side: the slide says how they relate (issue #19).
        assertThat(summary).contains(com.capacityworkbench.model.plan.CommittedSpend.LINE);
        Kpis k = plan.kpis();
        assertThat(summary).contains(String.format(java.util.Locale.US, "$%,.2f", k.totalCostUsd()))
                .contains(k.firstRefusalHonoured() + " honoured on azure, " + k.firstRefusalElsewhere()
                        + " placed elsewhere")
                .contains(k.placedWorkloads() + " placed, " + k.unplacedWorkloads() + " unplaced");
        BindingConstraints.bindingPower(k).forEach(p -> assertThat(summary).contains(p.site()));
    }

    @Test
    void costChartsAddUpToThePlansCostsToTheCent() {
        List<ChartData> charts = DeckReader.charts(deck.slides().get(2));
        assertThat(charts).hasSize(2);
        Kpis k = plan.kpis();
        ChartData byProvider = charts.get(0);
        assertThat(byProvider.categories()).containsExactlyElementsOf(
                scenario.horizon().periods().stream().map(Period::toString).toList());
        assertThat(byProvider.sumOfAll()).isCloseTo(k.totalCostUsd(), within(CENT));
        assertThat(byProvider.workbookSum()).as("the embedded workbook PowerPoint edits").isCloseTo(k.totalCostUsd(),
                within(CENT));
        k.costByProvider().forEach((provider, usd) -> assertThat(byProvider.sum(provider)).as(provider)
                .isCloseTo(usd, within(CENT)));
        for (int i = 0; i < byProvider.categories().size(); i++) {
            int period = i;
            double stacked = byProvider.series().values().stream().mapToDouble(v -> v.get(period)).sum();
            assertThat(stacked).isCloseTo(k.costByPeriod().getOrDefault(Period.parse(byProvider.categories()
                    .get(i)), 0.0), within(CENT));
        }
        List<Double> byCategory = charts.get(1).series().get("Cost");
        CostCategory[] categories = CostCategory.values();
        for (int i = 0; i < categories.length; i++) {
            assertThat(byCategory.get(i)).as(categories[i].label())
                    .isCloseTo(k.costByCategory().getOrDefault(categories[i], 0.0), within(CENT));
        }
    }

    @Test
    void capacityAndPowerChartsShowThePlansUtilisationAndPower() {
        ChartData utilisation = DeckReader.charts(deck.slides().get(3)).getFirst();
        List<Period> periods = scenario.horizon().periods();
        for (PoolUtilization u : plan.kpis().utilization()) {
            List<Double> line = utilisation.series().get(u.pool());
            if (line != null && u.available() > 0) {
                assertThat(line.get(periods.indexOf(u.period()))).isCloseTo(u.utilizationPct(), within(1e-9));
            }
        }
        ChartData idle = DeckReader.charts(deck.slides().get(3)).get(1);
        assertThat(idle.sumOfAll()).isCloseTo(plan.kpis().idleSunkUsd(), within(CENT));

        ChartData power = DeckReader.charts(deck.slides().get(4)).getFirst();
        Map<String, SitePower> peaks = BindingConstraints.powerPeaks(plan.kpis());
        assertThat(power.series()).containsKeys(peaks.keySet().stream().map(s -> s + " used").toArray(String[]::new));
        for (SitePower p : plan.kpis().power()) {
            List<Double> used = power.series().get(p.site() + " used");
            if (used != null) {
                assertThat(used.get(periods.indexOf(p.period()))).isCloseTo(p.usedMw(), within(1e-9));
            }
        }
    }

    @Test
    void firstRefusalCountsAreThePlans() {
        List<ChartData> charts = DeckReader.charts(deck.slides().get(5));
        assertThat(charts.getFirst().series().get("Workloads")).containsExactly(
                (double) plan.kpis().firstRefusalHonoured(), (double) plan.kpis().firstRefusalElsewhere());
        long declined = plan.explanations().stream().filter(e -> e.primaryDeclined() != null).count();
        assertThat(charts.get(1).series().get("Declined workloads")).allMatch(n -> n >= 1 && n <= declined);
    }

    @Test
    void theFlowAndTheMapArePicturesAndTheComparisonHasItsDeltasAndMarks() {
        assertThat(DeckReader.pictures(deck.slides().get(7))).isOne();
        assertThat(DeckReader.pictures(deck.slides().get(8))).isOne();
        String kpis = DeckReader.text(deck.slides().get(9));
        KpiRow cost = comparison.kpis().getFirst();
        assertThat(kpis).contains("Total cost ($)", KpiCellText.cell(cost, 0), KpiCellText.cell(cost, 1),
                KpiCellText.noise(cost));
        assertThat(KpiCellText.cell(cost, 1)).contains(KpiCellText.NOISE_MARK);
        assertThat(DeckReader.text(deck.slides().get(10))).contains("TPU −20 %\tTPU prices −20 %\t1\t1");
        String moves = DeckReader.text(deck.slides().get(11));
        assertThat(moves).contains("gen6-pretrain", "forced by a change", "Changes: TPU prices −20 %");
    }

    @Test
    void theFuturesSlidesDrawTheSweepsFanHistogramTornadoAndRisksFromItsFigures() {
        List<XSLFSlide> slides = deck.slides();
        XSLFSlide futures = slides.get(12);
        assertThat(DeckReader.text(futures)).contains("Total cost P50 " + Money.format(sweep.totalCost().p50()));
        List<ChartData> charts = DeckReader.charts(futures);
        ChartData fan = charts.get(0);
        List<String> periods = scenario.horizon().periods().stream().map(Period::toString).toList();
        assertThat(fan.categories()).isEqualTo(periods);
        assertThat(fan.series().keySet()).containsExactly("P90", "P50", "P10");
        for (int i = 0; i < periods.size(); i++) {
            KpiSpread slice = sweep.costByPeriod().get(periods.get(i));
            assertThat(fan.series().get("P50").get(i)).isCloseTo(slice.p50(), within(CENT));
            assertThat(fan.series().get("P10").get(i)).isCloseTo(slice.p10(), within(CENT));
            assertThat(fan.series().get("P90").get(i)).isCloseTo(slice.p90(), within(CENT));
        }
        ChartData histogram = charts.get(1);
        assertThat(histogram.sum("Futures")).isEqualTo(40);
        assertThat(histogram.series().get("Futures")).isEqualTo(sweep.histogram(SampleResult::totalCostUsd,
                SweepSlides.BINS).bins().stream().map(b -> (double) b.count()).toList());

        List<ChartData> tornado = DeckReader.charts(slides.get(13));
        List<TornadoBar> cost = sweep.tornado(SampleResult::totalCostUsd);
        assertThat(tornado.get(0).categories()).isEqualTo(cost.stream().map(TornadoBar::input).toList());
        assertThat(tornado.get(0).series().get("Highest fifth").getFirst()).isCloseTo(cost.getFirst().whenHigh(),
                within(CENT));
        assertThat(DeckReader.text(slides.get(13))).contains("Cost moves most with " + cost.getFirst().input());

        String risks = DeckReader.text(slides.get(14));
        assertThat(risks).contains("gen6-pretrain goes unplaced in 100 % of the futures",
                "gen7-pretrain\t50 %\t25 %", "lab-abilene-gb200\t61 %\t");
    }

    /**
     * Forty futures of the sample: the GPU market moves cost, the Abilene slip unplaced demand; gen6-pretrain is
     * unplaced in all of them, gen7-pretrain in every other one (and moved in every fourth).
     */
    private static SweepResult sweep() {
        List<String> periods = scenario.horizon().periods().stream().map(Period::toString).toList();
        List<SampleResult> samples = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            double market = 0.8 + i * 0.01;
            double slip = (i * 7) % 40 / 10.0;
            Map<String, Double> byPeriod = new java.util.LinkedHashMap<>();
            for (int p = 0; p < periods.size(); p++) {
                byPeriod.put(periods.get(p), 5e8 * market + p * 1e7);
            }
            samples.add(new SampleResult(i, Map.of("H100 price", market, "H200 price", market, "Abilene slip", slip),
                    byPeriod.values().stream().mapToDouble(Double::doubleValue).sum(), 100_000 + 50_000 * slip, 0,
                    i % 2 == 0 ? List.of("gen6-pretrain", "gen7-pretrain") : List.of("gen6-pretrain"),
                    i % 4 == 0 ? List.of("gen7-pretrain") : List.of(), Map.of("lab-abilene-gb200", 1e6 * slip), 5,
                    byPeriod, Map.of("lab-abilene-gb200", 100 - 20 * slip, "az-scus-gb200", 97.0)));
        }
        return new SweepResult(new SweepSettings(40, 7, SweepMode.STRESS, 5, null),
                List.of("Abilene slip", "H100 price", "H200 price"),
                Map.of("H100 price", "GPU market", "H200 price", "GPU market"), samples, true);
    }

    @Test
    void moreThanTwelveSeriesKeepElevenAndSumTheRestAsOther() {
        List<ChartSeries> many = new ArrayList<>();
        for (int i = 0; i < 15; i++) {
            many.add(new ChartSeries("s" + i, "#000000", new double[] {i, 1}));
        }
        List<ChartSeries> folded = ChartSeries.withOther(many);
        assertThat(folded).hasSize(12);
        assertThat(folded.getLast().name()).isEqualTo("other (4)");
        assertThat(folded.getLast().values()).containsExactly(11 + 12 + 13 + 14, 4);
        assertThat(ChartSeries.withOther(many.subList(0, 12))).hasSize(12).noneMatch(s -> s.name().startsWith("other"));
    }

    /** The base and one variant showing the same plan, its cost a little higher but within the seeds' spread. */
    private static Comparison comparison() {
        double total = plan.kpis().totalCostUsd();
        KpiRow cost = new KpiRow("Cost", "Total cost", "$", KpiDirection.LOWER_IS_BETTER, List.of(total, total * 1.001),
                0, List.of(total * 0.01, total * 0.01));
        KpiRow unplaced = new KpiRow("Demand", "Unplaced demand", "ref accel", KpiDirection.LOWER_IS_BETTER,
                List.of(0.0, 0.0), null);
        ComparedPlan base = new ComparedPlan(ComparedPlan.BASE_ID, "Base", scenario, plan, List.of(), List.of());
        ComparedPlan tpu = new ComparedPlan("tpu", "TPU −20 %", scenario, plan, List.of("TPU prices −20 %"), List.of());
        PlacementChange move = new PlacementChange("gen6-pretrain", PlacementChangeKind.MOVED, "az-scus-gb200",
                "gcp-usc1-tpu-v6e", -1_250_000, PlacementCause.FORCED, "its pool is gone in the variant");
        return new Comparison(List.of(base, tpu), List.of(cost, unplaced), Map.of("tpu", List.of(move)));
    }

    private static byte[] png() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(40, 20, BufferedImage.TYPE_INT_RGB), "png", bytes);
        return bytes.toByteArray();
    }
}
