package com.capacityworkbench.app.gui.main;

import com.capacityworkbench.app.gui.files.ExcelCommands;
import com.capacityworkbench.app.gui.report.ReportExport;
import com.capacityworkbench.app.gui.theme.ThemeManager;
import java.nio.file.Path;
import javafx.collections.ListChangeListener;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;

/** The menu bar: File, Edit, View, Solve, Help, with the shortcuts. */
final class MainMenus {

    private MainMenus() {
    }

    static MenuBar create(MainViewModel vm, ExcelCommands excel, ReportExport report, ThemeManager theme, Runnable exit,
            Runnable about) {
        var files = vm.files();
        var doc = vm.document();
        Menu recent = new Menu("Open Recent");
        Runnable fillRecent = () -> {
            recent.getItems().clear();
            for (Path p : files.recent().files()) {
                recent.getItems().add(item(p.toString(), null, () -> files.open(p)));
            }
            recent.setDisable(recent.getItems().isEmpty());
        };
        files.recent().files().addListener((ListChangeListener<Path>) c -> fillRecent.run());
        fillRecent.run();
        MenuItem exportReport = item("Export report…", "Shortcut+R", report::export);
        exportReport.setId("menu-export-report");
        exportReport.disableProperty().bind(report.runningProperty());
        Menu file = new Menu("File", null,
                item("New", "Shortcut+N", files::newScenario),
                item("Open…", "Shortcut+O", files::open),
                recent,
                item("Save", "Shortcut+S", files::save),
                item("Save As…", "Shortcut+Shift+S", files::saveAs),
                new SeparatorMenuItem(),
                item("Import from Excel…", "Shortcut+I", excel::importWorkbook),
                item("Export scenario to Excel…", "Shortcut+E", excel::exportScenario),
                item("Export plan to Excel…", "Shortcut+Shift+E", excel::exportPlan),
                item("New Excel template…", null, excel::writeTemplate),
                new SeparatorMenuItem(),
                exportReport,
                new SeparatorMenuItem(),
                item("Exit", "Shortcut+Q", exit));
        MenuItem undo = item("Undo", "Shortcut+Z", doc::undo);
        undo.disableProperty().bind(doc.canUndoProperty().not());
        undo.textProperty().bind(doc.undoLabelProperty().map(l -> l.isEmpty() ? "Undo" : "Undo " + l));
        MenuItem redo = item("Redo", "Shortcut+Shift+Z", doc::redo);
        redo.disableProperty().bind(doc.canRedoProperty().not());
        redo.textProperty().bind(doc.redoLabelProperty().map(l -> l.isEmpty() ? "Redo" : "Redo " + l));
        Menu edit = new Menu("Edit", null, undo, redo);
        Menu view = new Menu("View");
        int n = 1;
        for (Section s : Section.values()) {
            view.getItems().add(item(s.label(), "Shortcut+" + n++, () -> vm.sectionProperty().set(s)));
        }
        CheckMenuItem dark = new CheckMenuItem("Dark theme");
        dark.setAccelerator(javafx.scene.input.KeyCombination.keyCombination("Shortcut+Shift+D"));
        dark.selectedProperty().bindBidirectional(theme.darkProperty());
        view.getItems().addAll(new SeparatorMenuItem(), dark);
        MenuItem solve = item("Solve", "F5", vm.solving()::solve);
        solve.disableProperty().bind(vm.solving().runningProperty());
        MenuItem stop = item("Stop", "Shift+F5", vm.solving()::stop);
        stop.disableProperty().bind(vm.solving().runningProperty().not());
        Menu solveMenu = new Menu("Solve", null, solve, stop);
        MenuItem aboutItem = item("About Capacity Workbench", null, about);
        aboutItem.setId("menu-about");
        Menu help = new Menu("Help", null, aboutItem);
        MenuBar bar = new MenuBar(file, edit, view, solveMenu, help);
        return bar;
    }

    private static MenuItem item(String text, String accelerator, Runnable action) {
        MenuItem item = new MenuItem(text);
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        item.setOnAction(e -> action.run());
        return item;
    }
}
