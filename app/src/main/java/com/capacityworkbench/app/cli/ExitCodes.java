package com.capacityworkbench.app.cli;

/** Exit codes shared by every command. */
public final class ExitCodes {
    public static final int OK = 0;
    /** Something failed that is not the user's input (I/O, a bug). */
    public static final int FAILURE = 1;
    /**
     * The input is invalid, or a file the command was asked to write cannot be written (a workbook plan's JSON copy
     * is saved first): every problem was printed, naming the file.
     */
    public static final int INVALID_INPUT = 2;
    /** The best plan found still breaks a hard rule. */
    public static final int INFEASIBLE = 3;
    /** The machine ran short of memory: the solve stopped early (its best plan was printed and saved) or failed. */
    public static final int MEMORY_SHORT = 4;

    private ExitCodes() {
    }
}
