package com.capacityworkbench.app.gui.main;

import com.capacityworkbench.app.gui.edit.EntityTableViewModel;
import com.capacityworkbench.app.gui.files.ExcelCommands;
import com.capacityworkbench.app.gui.plan.PlanView;
import com.capacityworkbench.app.gui.policies.PoliciesView;
import com.capacityworkbench.app.gui.portfolio.PortfolioView;
import com.capacityworkbench.app.gui.report.ReportExport;
import com.capacityworkbench.app.gui.service.DialogService;
import com.capacityworkbench.app.gui.solve.SolvingView;
import com.capacityworkbench.app.gui.purchases.PurchasesView;
import com.capacityworkbench.app.gui.table.EntityTableView;
import com.capacityworkbench.app.gui.theme.ThemeManager;
import com.capacityworkbench.app.gui.variants.VariantsView;
import java.util.EnumMap;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Separator;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** The main window: menus, toolbar, solve panel, navigator, the selected screen, status bar. */
public final class MainView extends BorderPane {

    private final MainViewModel viewModel;
    private final DialogService dialogs;
    private final Map<Section, Node> screens = new EnumMap<>(Section.class);
    private final StackPane content = new StackPane();

    public MainView(MainViewModel viewModel, ExcelCommands excel, ReportExport report, ThemeManager theme,
            DialogService dialogs, Runnable exit) {
        this.viewModel = viewModel;
        this.dialogs = dialogs;
        setId("main-view");
        setTop(new VBox(MainMenus.create(viewModel, excel, report, theme, exit,
                () -> dialogs.showInfo("About Capacity Workbench", AboutText.text())), toolbar(theme),
                new SolvingView(viewModel.solving()), new FirstSteps(viewModel.firstSteps())));
        setLeft(navigator());
        setCenter(content);
        setBottom(new StatusBar(viewModel, report, this::goToFirstProblem));
        viewModel.sectionProperty().addListener((obs, old, now) -> show(now));
        show(viewModel.sectionProperty().get());
    }

    /** The screen of a section, built on first use. */
    public Node screen(Section section) {
        return screens.computeIfAbsent(section, this::build);
    }

    private Node build(Section section) {
        return switch (section) {
            case POLICIES -> new PoliciesView(viewModel.policies(), dialogs);
            case PLAN -> new PlanView(viewModel.plans(), dialogs, viewModel);
            case VARIANTS -> new VariantsView(viewModel.variants(), viewModel.compare(), dialogs);
            case PURCHASES -> new PurchasesView(viewModel.purchaseTables(), viewModel.whatToBuy(), dialogs);
            case PORTFOLIO -> new PortfolioView(viewModel.portfolio(), dialogs,
                    () -> viewModel.sectionProperty().set(Section.UNCERTAINTY));
            default -> tableView(viewModel.table(section).orElseThrow(), section.label());
        };
    }

    private <T extends Record> EntityTableView<T> tableView(EntityTableViewModel<T> vm, String title) {
        return new EntityTableView<>(vm, dialogs, title);
    }

    private void show(Section section) {
        Node screen = screen(section);
        content.getChildren().setAll(screen);
    }

    private void goToFirstProblem() {
        viewModel.goToFirstProblem().ifPresent(path -> {
            Node screen = screen(viewModel.sectionProperty().get());
            if (screen instanceof PurchasesView purchases) {
                purchases.reveal(path.collection(), path.index(), path.field());
            } else if (screen instanceof EntityTableView<?> table && path.index() >= 0) {
                table.reveal(path.index(), path.field());
            } else if (screen instanceof PoliciesView form) {
                Node field = form.lookup("#form-" + path.collection() + (path.field().isEmpty() ? "" : "-" + path.field()));
                if (field != null) {
                    field.requestFocus();
                }
            }
        });
    }

    private ListView<Section> navigator() {
        ListView<Section> list = new ListView<>();
        list.setId("navigator");
        list.getStyleClass().add("navigator");
        list.getItems().setAll(Section.values());
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(Section item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.label());
                setGraphic(empty || item == null ? null : new FontIcon(item.icon()));
                setId(empty || item == null ? null : "nav-" + item.name().toLowerCase(java.util.Locale.ROOT));
            }
        });
        list.getSelectionModel().select(viewModel.sectionProperty().get());
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                viewModel.sectionProperty().set(now);
            }
        });
        viewModel.sectionProperty().addListener((obs, old, now) -> list.getSelectionModel().select(now));
        return list;
    }

    private ToolBar toolbar(ThemeManager theme) {
        var files = viewModel.files();
        var doc = viewModel.document();
        Button undo = tool(Material2MZ.UNDO, "Undo (Ctrl+Z)", doc::undo);
        undo.disableProperty().bind(doc.canUndoProperty().not());
        undo.setId("undo-button");
        Button redo = tool(Material2MZ.REDO, "Redo (Ctrl+Shift+Z / Ctrl+Y)", doc::redo);
        redo.disableProperty().bind(doc.canRedoProperty().not());
        redo.setId("redo-button");
        ToggleButton dark = new ToggleButton(null, new FontIcon(Material2MZ.NIGHTS_STAY));
        dark.setTooltip(new Tooltip("Dark theme (Ctrl+Shift+D)"));
        dark.setId("theme-toggle");
        dark.selectedProperty().bindBidirectional(theme.darkProperty());
        Button newFile = tool(Material2AL.INSERT_DRIVE_FILE, "New scenario (Ctrl+N)", files::newScenario);
        newFile.setId("new-button");
        Button open = tool(Material2AL.FOLDER_OPEN, "Open… (Ctrl+O)", files::open);
        open.setId("open-button");
        Button save = tool(Material2MZ.SAVE, "Save (Ctrl+S)", files::save);
        save.setId("save-button");
        return new ToolBar(newFile, open, save, new Separator(), undo, redo, new Separator(), dark);
    }

    private static Button tool(Ikon icon, String tip, Runnable action) {
        Button b = new Button(null, new FontIcon(icon));
        b.setTooltip(new Tooltip(tip));
        b.getStyleClass().add("button-icon");
        b.setOnAction(e -> action.run());
        return b;
    }
}
