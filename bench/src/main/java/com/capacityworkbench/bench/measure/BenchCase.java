package com.capacityworkbench.bench.measure;

import com.capacityworkbench.bench.purchase.PurchaseCase;
import com.capacityworkbench.model.generate.ScenarioGenerator;
import com.capacityworkbench.formats.io.ScenarioFileException;
import com.capacityworkbench.formats.ScenarioFiles;
import com.capacityworkbench.model.scenario.PurchaseOptions;
import com.capacityworkbench.model.scenario.Scenario;
import com.capacityworkbench.solver.purchase.PurchasableCapacity;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One benchmark case: a generated scenario ({@code 500x30x12}: workloads × pools × periods, generated
 * with the run's seed), a purchase case ({@code buy-100x30}: workloads × offers, {@link PurchaseCase}) or a
 * scenario file ({@code samples/tiny.json}, the same for every seed). {@code owned-100x30} is the purchase case with
 * every offer's blocks owned outright (plain pools at the committed price, no blocks, terms or commitments): what could
 * be placed if buying had no rules, the yardstick for "places all placeable work".
 *
 * @param offers offers of a purchase case; 0 for the others
 * @param owned  a purchase case's offers are owned outright
 */
public record BenchCase(String id, int workloads, int pools, int periods, int offers, boolean owned,
                        @org.jspecify.annotations.Nullable Path file) {

    private static final Pattern GENERATED = Pattern.compile("(\\d+)x(\\d+)x(\\d+)");
    private static final Pattern PURCHASE = Pattern.compile("(buy|owned)-(\\d+)x(\\d+)");

    public static BenchCase parse(String text) {
        String trimmed = text.trim();
        Matcher m = GENERATED.matcher(trimmed);
        if (m.matches()) {
            return new BenchCase(trimmed, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)), 0, false, null);
        }
        Matcher buy = PURCHASE.matcher(trimmed);
        if (buy.matches()) {
            PurchaseCase.Settings s = new PurchaseCase.Settings(Integer.parseInt(buy.group(2)),
                    Integer.parseInt(buy.group(3)), 0);
            return new BenchCase(trimmed, s.workloads(), s.pools(), s.periods(), s.offers(), buy.group(1).equals("owned"),
                    null);
        }
        Path file = Path.of(trimmed);
        String name = file.getFileName().toString().replaceFirst("\\.[^.]+$", "");
        return new BenchCase(name, 0, 0, 0, 0, false, file);
    }

    public boolean isGenerated() {
        return file == null;
    }

    public boolean isPurchase() {
        return offers > 0;
    }

    /** The argument that {@link #parse} reads back: sent to the measuring JVM. */
    public String argument() {
        return file == null ? id : file.toString();
    }

    /**
     * The scenario to plan. A purchase case's offers are expanded into pools, as {@code buy} does for buying
     * freely, so the solver and the baselines decide purchase and placement together.
     */
    public Scenario scenario(long seed) throws ScenarioFileException {
        if (file != null) {
            return ScenarioFiles.read(file);
        }
        if (isPurchase()) {
            Scenario expanded = PurchasableCapacity.expand(purchaseScenario(seed));
            return owned ? expanded.withPurchaseOptions(PurchaseOptions.NONE) : expanded;
        }
        return ScenarioGenerator.generate(new ScenarioGenerator.Settings(workloads, pools, periods, seed));
    }

    /** A purchase case's scenario with its offers as purchase options, as {@code workbench buy} reads it. */
    public Scenario purchaseScenario(long seed) {
        if (!isPurchase()) {
            throw new IllegalStateException(id + " is not a purchase case\nMaybe name it buy-WxO (workloads x offers).");
        }
        return PurchaseCase.generate(new PurchaseCase.Settings(workloads, offers, pools, periods, seed));
    }
}
