package com.capacityworkbench.app.cli;

import java.util.Locale;

/** What the command line says when memory runs short: the heap it had and how to give it more. */
final class MemoryShortMessage {

    static final String ADVICE = "Give the solver more memory (JAVA_TOOL_OPTIONS=-Xmx8g ./workbench …) "
            + "or solve a smaller scenario.";

    private MemoryShortMessage() {
    }

    /** "4.0 GB": the JVM's maximum heap. */
    static String heapLimit() {
        return String.format(Locale.ROOT, "%.1f GB", Runtime.getRuntime().maxMemory() / 1e9);
    }
}
