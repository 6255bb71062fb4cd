package com.capacityworkbench.app.gui;

import com.capacityworkbench.app.gui.service.DialogService;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Dialogs that answer as told and remember what they were asked to show. */
public final class RecordingDialogs implements DialogService {

    public final List<String> shown = new ArrayList<>();
    public UnsavedChoice unsavedAnswer = UnsavedChoice.CANCEL;
    public boolean confirmAnswer;
    public Path openAnswer;
    public Path saveAnswer;

    @Override
    public void showInfo(String title, String message) {
        shown.add(title + ": " + message);
    }

    @Override
    public void showError(String title, String message) {
        shown.add(title + ": " + message);
    }

    @Override
    public void showProblems(String title, String header, List<String> problems) {
        shown.add(title + ": " + header + " " + String.join(" | ", problems));
    }

    @Override
    public boolean confirm(String title, String message) {
        shown.add(title + ": " + message);
        return confirmAnswer;
    }

    @Override
    public UnsavedChoice askUnsaved(String scenarioName) {
        shown.add("unsaved: " + scenarioName);
        return unsavedAnswer;
    }

    @Override
    public Optional<Path> chooseOpen(String title, List<String> extensions) {
        return Optional.ofNullable(openAnswer);
    }

    @Override
    public Optional<Path> chooseSave(String title, String suggestedName, List<String> extensions) {
        return Optional.ofNullable(saveAnswer);
    }
}
