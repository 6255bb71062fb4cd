package com.capacityworkbench.formats.excel;

import com.capacityworkbench.formats.io.FileProblem;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.util.CellReference;

/** Every problem (and every warning) found in one workbook, each located as {@code Sheet!Cell} (or just the sheet). */
final class ProblemList {

    /** Beyond this many the list stops growing: a planner fixes the first few hundred and imports again. */
    static final int LIMIT = 500;

    private final List<FileProblem> problems = new ArrayList<>();
    /** Guesses the reader made that a planner should check; a cell read twice warns once. */
    private final Set<FileProblem> warnings = new LinkedHashSet<>();
    private int dropped;

    static String cell(String sheet, int row, int column) {
        return sheet + "!" + new CellReference(row, column).formatAsString(false);
    }

    void add(String location, String message) {
        if (problems.size() < LIMIT) {
            problems.add(new FileProblem(location, message));
        } else {
            dropped++;
        }
    }

    void atCell(String sheet, int row, int column, String message) {
        add(cell(sheet, row, column), message);
    }

    /** Something read in a way the planner may not have meant: the import goes on, and says so. */
    void warn(String location, String message) {
        if (warnings.size() < LIMIT) {
            warnings.add(new FileProblem(location, message));
        }
    }

    List<FileProblem> warnings() {
        return List.copyOf(warnings);
    }

    boolean isEmpty() {
        return problems.isEmpty();
    }

    List<FileProblem> toList() {
        List<FileProblem> all = new ArrayList<>(problems);
        if (dropped > 0) {
            all.add(new FileProblem("", "… and " + dropped + " more problems"));
        }
        return all;
    }
}
