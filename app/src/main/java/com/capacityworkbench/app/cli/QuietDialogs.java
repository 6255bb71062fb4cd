package com.capacityworkbench.app.cli;

import com.capacityworkbench.app.gui.service.DialogService;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Dialogs for unattended runs: messages go to a writer, questions get the cautious answer. */
final class QuietDialogs implements DialogService {

    private final PrintWriter err;

    QuietDialogs(PrintWriter err) {
        this.err = err;
    }

    @Override
    public void showInfo(String title, String message) {
        err.println(title + ": " + message);
    }

    @Override
    public void showError(String title, String message) {
        err.println(title + ": " + message);
    }

    @Override
    public void showProblems(String title, String header, List<String> problems) {
        err.println(title + ": " + header);
        problems.forEach(p -> err.println("  " + p));
    }

    @Override
    public boolean confirm(String title, String message) {
        return false;
    }

    @Override
    public UnsavedChoice askUnsaved(String scenarioName) {
        return UnsavedChoice.DISCARD;
    }

    @Override
    public Optional<Path> chooseOpen(String title, List<String> extensions) {
        return Optional.empty();
    }

    @Override
    public Optional<Path> chooseSave(String title, String suggestedName, List<String> extensions) {
        return Optional.empty();
    }
}
