package com.capacityworkbench.app.gui.service;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Every dialog the app shows goes through here, so view-models can be tested without a stage. */
public interface DialogService {

    enum UnsavedChoice { SAVE, DISCARD, CANCEL }

    void showInfo(String title, String message);

    void showError(String title, String message);

    /** A list of problems, e.g. every error of a file that could not be opened. */
    void showProblems(String title, String header, List<String> problems);

    boolean confirm(String title, String message);

    UnsavedChoice askUnsaved(String scenarioName);

    Optional<Path> chooseOpen(String title, List<String> extensions);

    Optional<Path> chooseSave(String title, String suggestedName, List<String> extensions);
}
