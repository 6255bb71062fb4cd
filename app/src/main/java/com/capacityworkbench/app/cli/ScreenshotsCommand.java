package com.capacityworkbench.app.cli;

import com.capacityworkbench.app.gui.WorkbenchShell;
import com.capacityworkbench.app.gui.fx.FxThread;
import com.capacityworkbench.app.gui.main.Section;
import com.capacityworkbench.app.gui.plan.PlanView;
import com.capacityworkbench.app.install.WorkbenchHome;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * ./workbench screenshots DIR: opens a scenario, solves it, and writes PNGs of the main views in both themes:
 * {@code workloads-light.png}, … one per navigator section, {@code plan-light.png} (the flow) and
 * {@code plan-capacity-light.png}, … one per plan chart, {@code plan-explanation-light.png} (the selected workload's
 * candidate pools); {@code portfolio-light.png} after a sweep of the plan's futures; {@code purchases-answer-light.png}
 * after asking what to buy (a scenario with offers); and {@code solving-light.png},
 * the window half-way through the solve.
 */
@Command(name = "screenshots", mixinStandardHelpOptions = true,
        description = "Writes PNG screenshots of the main views, light and dark, to DIR (works with no display).")
public final class ScreenshotsCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "DIR", description = "Folder for the PNG files (created if missing).")
    private Path dir;

    @Option(names = "--scenario", paramLabel = "FILE", description = "Scenario to show (default: samples/frontier-2027.json).")
    private Path scenario;

    @Option(names = "--solve-seconds", paramLabel = "N", defaultValue = "20", description = "Time limit of the solve (default: ${DEFAULT-VALUE}).")
    private int solveSeconds;

    @Option(names = "--buy-seconds", paramLabel = "N", defaultValue = "20",
            description = "Time limit of the Purchases screen's answer, when the scenario has offers (default: ${DEFAULT-VALUE}).")
    int buySeconds;

    @Option(names = "--compare-seconds", paramLabel = "N", defaultValue = "8",
            description = "Time limit of each plan in the variant comparison (default: ${DEFAULT-VALUE}).")
    private int compareSeconds;

    @Option(names = "--sweep-futures", paramLabel = "N", defaultValue = "40",
            description = "Futures of the Portfolio screen's sweep, when the scenario has uncertain inputs (default: ${DEFAULT-VALUE}).")
    private int sweepFutures;

    @Option(names = "--sweep-seconds", paramLabel = "S", defaultValue = "2",
            description = "Seconds per future of that sweep (default: ${DEFAULT-VALUE}).")
    private double sweepSeconds;

    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        Path file = scenario != null ? scenario : WorkbenchHome.defaultScenario();
        if (!Files.isRegularFile(file)) {
            err.println("screenshots: no scenario file " + file);
            return ExitCodes.INVALID_INPUT;
        }
        Files.createDirectories(dir);
        FxThread.startToolkit();
        Path config = Files.createTempDirectory("workbench-screenshots");
        WorkbenchShell shell = FxThread.call(() -> {
            WorkbenchShell s = new WorkbenchShell(new Stage(), config, new QuietDialogs(err));
            s.stage().show();
            s.start(file);
            return s;
        });
        // The file opens in the background, as in the app.
        long openBy = System.nanoTime() + 60_000_000_000L;
        while (FxThread.call(() -> shell.viewModel().document().file() == null)) {
            if (System.nanoTime() > openBy) {
                err.println("screenshots: " + file + " did not open within 60 s");
                return ExitCodes.INVALID_INPUT;
            }
            Thread.sleep(50);
        }
        FxThread.run(() -> {
            shell.viewModel().solving().timeLimitSecondsProperty().set(solveSeconds);
            shell.viewModel().solving().solve();
        });
        snapWhileSolving(shell);
        awaitEnd(() -> shell.viewModel().solving().runningProperty().get());
        compareVariants(shell);
        sweepFutures(shell);
        askWhatToBuy(shell);
        for (boolean dark : new boolean[] {false, true}) {
            FxThread.run(() -> shell.theme().darkProperty().set(dark));
            String theme = dark ? "dark" : "light";
            for (Section section : Section.values()) {
                FxThread.run(() -> shell.viewModel().sectionProperty().set(section));
                if (section == Section.PLAN) {
                    planTabs(shell, theme);
                } else if (section == Section.VARIANTS) {
                    variantTabs(shell, theme);
                } else if (section == Section.PURCHASES) {
                    purchaseTabs(shell, theme);
                } else {
                    snap(shell, section.name().toLowerCase(java.util.Locale.ROOT) + "-" + theme + ".png");
                }
            }
        }
        snapBoughtPlan(shell);
        FxThread.run(() -> {
            shell.dispose();
            shell.stage().close();
        });
        spec.commandLine().getOut().println("Screenshots written to " + dir.toAbsolutePath());
        return ExitCodes.OK;
    }

    /**
     * The solve panel half-way through the solve, its levels still moving: {@code solving-light.png}. A solve that
     * ends first (proven optimal early) has no such picture.
     */
    private void snapWhileSolving(WorkbenchShell shell) throws InterruptedException, IOException {
        long halfWay = System.nanoTime() + solveSeconds * 500_000_000L;
        while (System.nanoTime() < halfWay && FxThread.call(() -> shell.viewModel().solving().runningProperty().get())) {
            Thread.sleep(100);
        }
        if (FxThread.call(() -> shell.viewModel().solving().runningProperty().get()
                && !shell.viewModel().solving().levels().isEmpty())) {
            snap(shell, "solving-light.png");
        }
    }

    /** Solves the scenario's variants side by side (if it has any), so the Variants screen shows a comparison. */
    private void compareVariants(WorkbenchShell shell) throws InterruptedException {
        boolean started = FxThread.call(() -> {
            var variants = shell.viewModel().document().scenario().variants();
            if (variants.isEmpty()) {
                return false;
            }
            shell.viewModel().variants().selectedProperty().set(variants.getFirst().id());
            shell.viewModel().compare().secondsPerPlanProperty().set(compareSeconds);
            return shell.viewModel().compare().compare(java.util.List.of());
        });
        if (started) {
            awaitEnd(() -> shell.viewModel().compare().runningProperty().get());
        }
    }

    /** Sweeps the solved plan over the scenario's futures (if it has uncertain inputs) for the Portfolio screen. */
    private void sweepFutures(WorkbenchShell shell) throws InterruptedException {
        boolean started = FxThread.call(() -> {
            var portfolio = shell.viewModel().portfolio();
            portfolio.futuresProperty().set(sweepFutures);
            portfolio.secondsEachProperty().set(sweepSeconds);
            if (!portfolio.blockedProperty().get().isEmpty()) {
                return false;
            }
            portfolio.run();
            return true;
        });
        if (started) {
            awaitEnd(() -> shell.viewModel().portfolio().runningProperty().get());
        }
    }

    /** Waits while background work runs (a solve, a comparison, a sweep, the purchase question). */
    private static void awaitEnd(Callable<Boolean> running) throws InterruptedException {
        while (FxThread.call(running)) {
            Thread.sleep(250);
        }
    }

    /** Asks what to buy (if the scenario has offers or build-outs) for the Purchases screen's answer. */
    private void askWhatToBuy(WorkbenchShell shell) throws InterruptedException {
        boolean started = FxThread.call(() -> {
            var whatToBuy = shell.viewModel().whatToBuy();
            whatToBuy.secondsProperty().set(buySeconds);
            if (!whatToBuy.blockedProperty().get().isEmpty()) {
                return false;
            }
            whatToBuy.run();
            return true;
        });
        if (started) {
            awaitEnd(() -> shell.viewModel().whatToBuy().runningProperty().get());
        }
    }

    /** The recommendation of What to buy opened on the Plan screen (light): {@code purchases-plan-light.png}. */
    private void snapBoughtPlan(WorkbenchShell shell) throws InterruptedException, IOException {
        FxThread.run(() -> shell.theme().darkProperty().set(false));
        boolean opened = FxThread.call(() -> {
            var whatToBuy = shell.viewModel().whatToBuy();
            if (whatToBuy.answerProperty().get() == null || whatToBuy.curve().isEmpty()) {
                return false;
            }
            whatToBuy.open(whatToBuy.curve().getLast());
            return true;
        });
        if (opened) {
            snap(shell, "purchases-plan-light.png");
        }
    }

    /** The Purchases screen's first tab (the offers) and its answer, What to buy. */
    private void purchaseTabs(WorkbenchShell shell, String theme) throws InterruptedException, IOException {
        TabPane tabs = FxThread.call(() -> (TabPane) shell.view().screen(Section.PURCHASES));
        FxThread.run(() -> tabs.getSelectionModel().selectFirst());
        snap(shell, "purchases-" + theme + ".png");
        FxThread.run(() -> tabs.getSelectionModel().selectLast());
        snap(shell, "purchases-answer-" + theme + ".png");
        FxThread.run(() -> tabs.getSelectionModel().selectFirst());
    }

    private void variantTabs(WorkbenchShell shell, String theme) throws InterruptedException, IOException {
        TabPane tabs = FxThread.call(() -> (TabPane) shell.view().screen(Section.VARIANTS).lookup("#compare-tabs"));
        if (tabs == null) {
            // A scenario without variants has no comparison to show: the screen as it is.
            snap(shell, "variants-" + theme + ".png");
            return;
        }
        String[] names = {"variants-", "variants-charts-", "variants-changes-", "variants-progress-"};
        for (int i = 0; i < names.length; i++) {
            int index = i;
            FxThread.run(() -> tabs.getSelectionModel().select(index));
            snap(shell, names[i] + theme + ".png");
        }
    }

    private void planTabs(WorkbenchShell shell, String theme) throws InterruptedException, IOException {
        PlanView plan = FxThread.call(() -> (PlanView) shell.view().screen(Section.PLAN));
        FxThread.run(() -> {
            if (!plan.table().getItems().isEmpty()) {
                plan.table().getSelectionModel().select(0);
            }
        });
        TabPane tabs = plan.charts();
        for (int i = 0; i < FxThread.call(() -> tabs.getTabs().size()); i++) {
            int index = i;
            String name = FxThread.call(() -> {
                tabs.getSelectionModel().select(index);
                return tabs.getTabs().get(index).getText().toLowerCase(java.util.Locale.ROOT);
            });
            snap(shell, (index == 0 ? "plan-" : "plan-" + name + "-") + theme + ".png");
        }
        explanation(plan, shell, theme);
    }

    /** The selected workload's explanation scrolled to its candidate pools (worked out on demand in large plans). */
    private void explanation(PlanView plan, WorkbenchShell shell, String theme) throws InterruptedException, IOException {
        ScrollPane pane = FxThread.call(() -> (ScrollPane) plan.lookup("#explanation"));
        long until = System.nanoTime() + 20_000_000_000L;
        while (FxThread.call(() -> pane.lookup("#candidate-table") == null) && System.nanoTime() < until) {
            Thread.sleep(100);
        }
        FxThread.run(() -> pane.setVvalue(pane.getVmax()));
        snap(shell, "plan-explanation-" + theme + ".png");
    }

    private void snap(WorkbenchShell shell, String name) throws InterruptedException, IOException {
        Thread.sleep(300);
        var image = FxThread.call(() -> {
            var scene = shell.stage().getScene();
            scene.getRoot().applyCss();
            scene.getRoot().layout();
            return scene.snapshot(null);
        });
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", dir.resolve(name).toFile());
    }
}
