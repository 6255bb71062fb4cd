package com.capacityworkbench.app.gui.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The last few scenario files opened or saved, newest first, kept in a small text file. */
public final class RecentFiles {

    private static final int LIMIT = 8;

    private final Path store;
    private final ObservableList<Path> files = FXCollections.observableArrayList();

    public RecentFiles(Path store) {
        this.store = store;
        try {
            if (Files.isRegularFile(store)) {
                Files.readAllLines(store).stream().filter(l -> !l.isBlank()).map(Path::of).limit(LIMIT).forEach(files::add);
            }
        } catch (IOException e) {
            // A broken list of recent files must not stop the app; it starts empty.
        }
    }

    public ObservableList<Path> files() {
        return files;
    }

    public void add(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        List<Path> next = new ArrayList<>(files);
        next.remove(absolute);
        next.addFirst(absolute);
        files.setAll(next.subList(0, Math.min(LIMIT, next.size())));
        try {
            Files.createDirectories(store.getParent());
            Files.write(store, files.stream().map(Path::toString).toList());
        } catch (IOException e) {
            // Remembering recent files is a convenience; failing to is not worth interrupting the planner.
        }
    }
}
