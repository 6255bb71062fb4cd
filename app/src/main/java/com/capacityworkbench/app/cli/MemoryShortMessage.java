package com.capacityworkbench.app.cli;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** What the command line says when memory runs short: the heap it had and how to give it more. */
final class MemoryShortMessage {

    private static final String ADVICE = "Give the solver more memory (JAVA_TOOL_OPTIONS=-Xmx8g ./workbench …) "
            + "or solve a smaller scenario.";

    private MemoryShortMessage() {
    }

    /** The heap ran out: "out of memory (Java heap space, heap limit 4.0 GB). Give the solver more memory …". */
    static String ranOut(@Nullable String detail) {
        return "out of memory (" + (detail == null ? "" : detail + ", ") + "heap limit " + heapLimit() + "). " + ADVICE;
    }

    /** The memory watch stopped the solve before the heap ran out; its best plan was printed and saved. */
    static String stoppedEarly() {
        return "stopped early: memory ran short (heap limit " + heapLimit()
                + "); the plan above is the best found before it did. " + ADVICE;
    }

    /** "4.0 GB": the JVM's maximum heap. */
    private static String heapLimit() {
        return String.format(Locale.ROOT, "%.1f GB", Runtime.getRuntime().maxMemory() / 1e9);
    }
}
