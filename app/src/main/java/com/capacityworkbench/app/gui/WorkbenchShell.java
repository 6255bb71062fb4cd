package com.capacityworkbench.app.gui;

import com.capacityworkbench.app.gui.document.NewScenario;
import com.capacityworkbench.app.gui.document.ScenarioDocument;
import com.capacityworkbench.app.gui.files.ExcelCommands;
import com.capacityworkbench.app.gui.files.FileCommands;
import com.capacityworkbench.app.gui.files.RecentFiles;
import com.capacityworkbench.app.gui.files.RecoveryStore;
import com.capacityworkbench.app.gui.main.MainView;
import com.capacityworkbench.app.gui.main.MainViewModel;
import com.capacityworkbench.app.gui.plan.viewmodel.PlanViewModel;
import com.capacityworkbench.app.gui.portfolio.PortfolioViewModel;
import com.capacityworkbench.app.gui.portfolio.SweepRunner;
import com.capacityworkbench.app.gui.purchases.PurchaseRunner;
import com.capacityworkbench.app.cluster.SweepEngines;
import com.capacityworkbench.app.gui.report.ReportExport;
import com.capacityworkbench.app.gui.service.BackgroundExecutor;
import com.capacityworkbench.app.gui.service.DialogService;
import com.capacityworkbench.app.gui.service.FxDialogService;
import com.capacityworkbench.app.gui.service.ModelScenarioStore;
import com.capacityworkbench.app.gui.service.ScenarioStore;
import com.capacityworkbench.app.gui.solve.SolvingViewModel;
import com.capacityworkbench.app.gui.theme.ThemeManager;
import com.capacityworkbench.app.install.WorkbenchHome;
import com.capacityworkbench.model.validation.ScenarioValidator;
import com.capacityworkbench.model.validation.ValidationProblem;
import com.capacityworkbench.solver.service.SolverService;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.geometry.Dimension2D;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.util.Duration;

/**
 * Puts the desktop app together on a stage: services, the open document, the view-models and the main
 * view; autosave every minute; the unsaved-changes prompt on close. The app, the GUI tests and the
 * screenshot command all start from here.
 */
public final class WorkbenchShell {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(WorkbenchShell.class);

    private final Stage stage;
    private final ThemeManager theme = new ThemeManager();
    private final SolverService solver = new SolverService();
    private final ScenarioDocument document;
    private final FileCommands files;
    private final MainViewModel viewModel;
    private final MainView view;
    private final Timeline autosave;
    private final BackgroundExecutor background = new BackgroundExecutor();
    private final SweepRunner sweeps = new SweepRunner(SweepEngines::embedded);
    private final PurchaseRunner purchases = new PurchaseRunner();

    public WorkbenchShell(Stage stage, Path configDir) {
        this(stage, configDir, null);
    }

    /** @param dialogs the dialogs to use; null for the real JavaFX dialogs (tests pass their own) */
    public WorkbenchShell(Stage stage, Path configDir, DialogService dialogs) {
        this.stage = stage;
        DialogService dialogService = dialogs != null ? dialogs : new FxDialogService(() -> stage, WorkbenchHome.samples());
        ScenarioStore store = new ModelScenarioStore();
        document = new ScenarioDocument(NewScenario.create(LocalDate.now()), ScenarioValidator::validate,
                work -> background.run("Validating the scenario", () -> {
                    work.run();
                    return null;
                }, done -> { }, error -> LOG.warn("validation failed", error)), javafx.application.Platform::runLater);
        files = new FileCommands(document, store, dialogService, new RecentFiles(configDir.resolve("recent.txt")),
                new RecoveryStore(store, configDir.resolve("recovery")), background);
        PlanViewModel plans = new PlanViewModel(document::scenario);
        SolvingViewModel solving = new SolvingViewModel(document, plans, solver,
                problems -> refuseToSolve(dialogService, problems));
        PortfolioViewModel portfolio = new PortfolioViewModel(document, plans, sweeps, background,
                javafx.application.Platform::runLater);
        viewModel = new MainViewModel(document, files, plans, solving, portfolio, purchases, background,
                background.busyProperty(), WorkbenchHome.samples());
        ReportExport report = new ReportExport(document, plans::plan, plans::scenario,
                viewModel.compare().comparisonProperty()::get,
                portfolio::currentSweep, dialogService, background);
        view = new MainView(viewModel, new ExcelCommands(document, files, dialogService, plans::plan, plans::scenario,
                background), report, theme,
                dialogService, this::exit);
        Dimension2D size = WindowSize.fitting(Screen.getPrimary().getVisualBounds());
        Scene scene = new Scene(view, size.getWidth(), size.getHeight());
        theme.install(scene);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN), document::redo);
        stage.setScene(scene);
        stage.getIcons().setAll(AppIcons.load());
        stage.titleProperty().bind(viewModel.title());
        stage.setOnCloseRequest(e -> {
            if (!mayClose()) {
                e.consume();
            }
        });
        autosave = new Timeline(new KeyFrame(Duration.minutes(1), e -> files.autosave()));
        autosave.setCycleCount(Timeline.INDEFINITE);
        autosave.play();
    }

    /** Opens the start file: the recovery copy if the last session crashed and the planner wants it, else {@code file}. */
    public void start(Path file) {
        if (!files.offerRecovery() && file != null) {
            files.read(file);
        }
    }

    public MainViewModel viewModel() {
        return viewModel;
    }

    public MainView view() {
        return view;
    }

    public ThemeManager theme() {
        return theme;
    }

    public Stage stage() {
        return stage;
    }

    /** Stops background work; the caller closes the stage. */
    public void dispose() {
        autosave.stop();
        background.close();
        viewModel.solving().stop();
        viewModel.compare().stop();
        viewModel.portfolio().stop();
        viewModel.whatToBuy().stop();
        sweeps.close();
        purchases.close();
        solver.close();
    }

    private boolean mayClose() {
        if (!files.mayDiscard()) {
            return false;
        }
        files.exitCleanly();
        dispose();
        return true;
    }

    private void exit() {
        if (mayClose()) {
            stage.close();
        }
    }

    private static void refuseToSolve(DialogService dialogs, List<ValidationProblem> problems) {
        dialogs.showProblems("Cannot solve yet", "The scenario has " + problems.size()
                + " validation problem(s); fix them first (click the count in the status bar to go to the first).",
                problems.stream().limit(50).map(ValidationProblem::toString).toList());
    }
}
