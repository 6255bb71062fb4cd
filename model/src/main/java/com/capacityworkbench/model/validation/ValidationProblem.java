package com.capacityworkbench.model.validation;

/**
 * One thing wrong with a scenario, at a path such as {@code workloads[12].datasets} or
 * {@code policies.primaryProvider}: the collection is the Scenario component name, the index is the
 * 0-based position in that list, the field is the record component name. Excel import maps the path
 * back to a sheet cell.
 */
public record ValidationProblem(String path, String message) {

    @Override
    public String toString() {
        return path + ": " + message;
    }
}
