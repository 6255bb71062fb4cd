package com.capacityworkbench.formats.io;

/**
 * One problem found in a file, located as precisely as the format allows:
 * {@code line 12, column 5} or {@code workloads[3].demand} for JSON, {@code Workloads!F14} for Excel.
 */
public record FileProblem(String location, String message) {

    @Override
    public String toString() {
        return location.isEmpty() ? message : location + ": " + message;
    }
}
