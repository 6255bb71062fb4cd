package com.capacityworkbench.formats.io;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A file could not be read or written. Carries every problem found, so a user sees them all at once;
 * whatever the user had open stays as it was.
 */
public final class ScenarioFileException extends Exception {

    private final Path file;
    private final List<FileProblem> problems;

    public ScenarioFileException(Path file, List<FileProblem> problems) {
        super(file + ": " + problems.stream().map(FileProblem::toString).collect(Collectors.joining("; ")));
        this.file = file;
        this.problems = List.copyOf(problems);
    }

    public ScenarioFileException(Path file, String message) {
        this(file, List.of(new FileProblem("", message)));
    }

    public Path file() {
        return file;
    }

    public List<FileProblem> problems() {
        return problems;
    }
}
