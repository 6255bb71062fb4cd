package com.capacityworkbench.formats.json;

import com.capacityworkbench.formats.io.FileProblem;
import com.capacityworkbench.formats.io.ScenarioFileException;
import java.nio.file.Path;
import java.util.List;

/** What reading a scenario file that should not read reports; fails the test when it reads. */
final class ScenarioFileProblems {

    private ScenarioFileProblems() {
    }

    static List<FileProblem> of(Path file) {
        try {
            ScenarioJson.read(file);
        } catch (ScenarioFileException e) {
            return e.problems();
        }
        throw new AssertionError("the file was read without a problem");
    }
}
