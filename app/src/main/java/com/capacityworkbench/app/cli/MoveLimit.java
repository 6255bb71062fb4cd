package com.capacityworkbench.app.cli;

import java.io.PrintWriter;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/** The move-count limit of the commands that solve (a picocli mixin): what makes a solve repeatable. */
final class MoveLimit {

    @Option(names = "--moves", paramLabel = "N",
            description = "Also end each solve's local search after N moves (the construction's counted too) and "
                    + "give its exact search a fixed amount of work: the same result for the same seed, unless "
                    + "--seconds ends it first.")
    private @Nullable Long moves;

    /** Whether the limit is usable; if not, says so on {@code err} under the command's name. */
    boolean check(String command, PrintWriter err) {
        if (moves != null && moves < 1) {
            err.println(command + ": --moves must be at least 1, got " + moves);
            return false;
        }
        return true;
    }

    /** Null for no limit. */
    @Nullable Long moves() {
        return moves;
    }
}
