package com.capacityworkbench.app.gui.bench;

import com.capacityworkbench.app.gui.RecordingDialogs;
import com.capacityworkbench.app.gui.WorkbenchShell;
import com.capacityworkbench.app.gui.main.Section;
import com.capacityworkbench.app.gui.plan.PlanView;
import com.capacityworkbench.app.gui.table.EntityTableView;
import com.capacityworkbench.app.gui.table.FittingTableSkin;
import com.capacityworkbench.model.generate.ScenarioGenerator;
import com.capacityworkbench.model.plan.Assignment;
import com.capacityworkbench.model.plan.Plan;
import com.capacityworkbench.model.scenario.Scenario;
import java.nio.file.Files;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * Not a test: a benchmark of the GUI at scale (by default 5,000 workloads × 300 pools × 12 periods). Run with
 * {@code java -cp app/target/test-classes:app/target/classes:app/target/lib/* -Dglass.platform=Monocle
 * -Dmonocle.platform=Headless -Dprism.order=sw -Dheadless.geometry=1920x1200-32 ...GuiScaleBench [solveSeconds]
 * [workloads] [pools]}. Besides the actions' times it reports the longest gap between FX frames while solving and
 * while a workload's candidate pools are worked out on demand (a long gap is a frozen window).
 */
public final class GuiScaleBench {

    private GuiScaleBench() {
    }

    public static void main(String[] args) throws Exception {
        int solveSeconds = args.length > 0 ? Integer.parseInt(args[0]) : 60;
        int workloads = args.length > 1 ? Integer.parseInt(args[1]) : 5000;
        int poolCount = args.length > 2 ? Integer.parseInt(args[2]) : 300;
        Platform.startup(() -> { });
        Platform.setImplicitExit(false);
        Scenario scenario = ScenarioGenerator.generate(new ScenarioGenerator.Settings(workloads, poolCount, 12, 42));
        FrameGaps gaps = fx(FrameGaps::started);
        WorkbenchShell shell = fx(() -> {
            WorkbenchShell s = new WorkbenchShell(new Stage(), Files.createTempDirectory("bench"), new RecordingDialogs());
            s.stage().show();
            return s;
        });
        long loaded = fx(() -> {
            long start = System.nanoTime();
            shell.viewModel().document().load(scenario, null);
            return System.nanoTime() - start;
        });
        System.out.printf(Locale.ROOT, "%-55s %8.1f ms%n", "load " + workloads + " workloads into the tables", loaded / 1e6);
        long validateStart = System.nanoTime();
        while (fx(() -> shell.viewModel().document().validatingProperty().get())) {
            Thread.sleep(20);
        }
        System.out.printf(Locale.ROOT, "background validation finished after %.0f ms%n", (System.nanoTime() - validateStart) / 1e6);
        EntityTableView<?> table = fx(() -> (EntityTableView<?>) shell.view().screen(Section.WORKLOADS));
        fx(() -> {
            render(shell);
            return null;
        });
        // The fit runs just after a layout (posted to the FX thread): timed from asking for it to the next FX turn.
        for (int i = 0; i < 3; i++) {
            long asked = fx(() -> {
                long start = System.nanoTime();
                FittingTableSkin.fitAgain(table.table());
                render(shell);
                return start;
            });
            long fitted = fx(System::nanoTime);
            System.out.printf(Locale.ROOT, "%-55s %8.1f ms%n", "fit the workloads table's columns + layout", (fitted - asked) / 1e6);
        }
        time("paint the window once (snapshot, software pipeline)", 5, () -> shell.stage().getScene().snapshot(null));
        time("workloads table: scroll 100 rows + layout", 20, new Runnable() {
            int row;

            @Override
            public void run() {
                row = (row + 100) % workloads;
                table.table().scrollTo(row);
                render(shell);
            }
        });
        time("type in a cell: check as you type", 10, () ->
                shell.viewModel().table(Section.WORKLOADS).orElseThrow().check(7, "datasets", "nope"));
        time("edit one cell (validation in background)", 5, new Runnable() {
            int value;

            @Override
            public void run() {
                shell.viewModel().table(Section.WORKLOADS).orElseThrow().edit(7, "priority", Integer.toString(1 + value++ % 9));
            }
        });
        time("undo (validation in background)", 5, () -> shell.viewModel().document().undo());
        time("table search 'inference' + layout", 5, () -> {
            shell.viewModel().table(Section.WORKLOADS).orElseThrow().searchProperty().set("inference");
            render(shell);
            shell.viewModel().table(Section.WORKLOADS).orElseThrow().searchProperty().set("");
        });

        fx(() -> {
            shell.viewModel().solving().timeLimitSecondsProperty().set(solveSeconds);
            return shell.viewModel().solving().solve();
        });
        long solveStart = System.nanoTime();
        fx(() -> {
            gaps.reset();
            return null;
        });
        while (fx(() -> shell.viewModel().solving().runningProperty().get())) {
            Thread.sleep(500);
        }
        System.out.printf(Locale.ROOT, "longest FX frame gap while solving: %.0f ms%n", fx(gaps::longestMs));
        Plan plan = fx(() -> shell.viewModel().plans().plan());
        System.out.printf(Locale.ROOT, "solve: %.1f s, %d plans reached the views (throttled), %d assignments, state %s%n",
                (System.nanoTime() - solveStart) / 1e9, fx(() -> shell.viewModel().solving().publishedPlans()),
                plan.assignments().size(), fx(() -> shell.viewModel().solving().stateProperty().get()));

        fx(() -> {
            shell.viewModel().sectionProperty().set(Section.PLAN);
            return null;
        });
        PlanView view = fx(() -> (PlanView) shell.view().screen(Section.PLAN));
        String[] tabs = {"flow", "capacity", "power", "cost", "map"};
        for (int i = 0; i < tabs.length; i++) {
            int index = i;
            time("plan chart '" + tabs[i] + "' rebuild + layout", 3, () -> {
                view.charts().getSelectionModel().select(index);
                view.charts().refreshSelected();
                render(shell);
            });
        }
        Assignment placed = plan.assignments().stream().filter(Assignment::isPlaced).findFirst().orElseThrow();
        var plans = shell.viewModel().plans();
        time("chart click → filter by provider + layout table", 5, () -> {
            plans.filterBy(plans.filter().withProvider(placed.provider()));
            render(shell);
            plans.clearFilter();
            render(shell);
        });
        time("chart click → filter by site + period + layout table", 5, () -> {
            plans.filterBy(plans.filter().withSite(placed.site()).withPeriod(placed.from()));
            render(shell);
            plans.clearFilter();
            render(shell);
        });
        System.out.printf(Locale.ROOT, "filter predicate alone over %d rows: %.2f ms%n", plan.assignments().size(),
                fx(plans::lastFilterMicros) / 1000.0);
        for (String which : new String[] {"first", "second"}) {
            String workload = plan.assignments().stream().filter(a -> !a.isPlaced()).map(Assignment::workload)
                    .skip(which.equals("first") ? 0 : 1).findFirst()
                    .orElse(plan.assignments().get(which.equals("first") ? 0 : 1).workload());
            fx(() -> {
                gaps.reset();
                plans.selectedWorkloadProperty().set(workload);
                return null;
            });
            long asked = System.nanoTime();
            while (fx(() -> view.lookup("#candidate-table") == null)) {
                Thread.sleep(20);
            }
            System.out.printf(Locale.ROOT, "%-55s %8.1f ms (longest FX frame gap %.0f ms)%n",
                    "select a workload (" + which + "): candidate pools shown", (System.nanoTime() - asked) / 1e6,
                    fx(gaps::longestMs));
        }
        time("assignment table: scroll 200 rows + layout", 30, new Runnable() {
            int row;

            @Override
            public void run() {
                row = (row + 200) % plan.assignments().size();
                view.table().scrollTo(row);
                render(shell);
            }
        });
        fx(() -> {
            shell.dispose();
            shell.stage().close();
            return null;
        });
        Platform.exit();
        System.exit(0);
    }

    /** The longest time between two FX frames since the last reset: a frame is due every 16 ms. */
    private static final class FrameGaps extends AnimationTimer {

        private long last;
        private long longest;

        static FrameGaps started() {
            FrameGaps gaps = new FrameGaps();
            gaps.start();
            return gaps;
        }

        @Override
        public void handle(long now) {
            if (last != 0) {
                longest = Math.max(longest, now - last);
            }
            last = now;
        }

        void reset() {
            last = 0;
            longest = 0;
        }

        double longestMs() {
            return longest / 1e6;
        }
    }

    /** CSS and layout: what a pulse does before painting (painting is measured once, as the baseline). */
    private static void render(WorkbenchShell shell) {
        var root = shell.stage().getScene().getRoot();
        root.applyCss();
        root.layout();
    }

    /** Mean time of the action itself on the FX thread (not the wait for pending pulses to paint). */
    private static void time(String what, int repeats, Runnable action) throws Exception {
        fx(() -> {
            action.run();
            return null;
        });
        long total = 0;
        for (int i = 0; i < repeats; i++) {
            total += fx(() -> {
                long start = System.nanoTime();
                action.run();
                return System.nanoTime() - start;
            });
        }
        System.out.printf(Locale.ROOT, "%-55s %8.1f ms (mean of %d)%n", what, total / 1e6 / repeats, repeats);
    }

    private static <V> V fx(Callable<V> work) throws Exception {
        CompletableFuture<V> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.call());
            } catch (Exception | Error e) {
                result.completeExceptionally(e);
            }
        });
        return result.get();
    }
}
