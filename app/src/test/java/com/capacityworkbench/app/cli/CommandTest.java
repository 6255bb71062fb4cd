package com.capacityworkbench.app.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** A command-line test: runs ./workbench's commands in this process and keeps what they printed. */
abstract class CommandTest {

    protected final StringWriter out = new StringWriter();
    protected final StringWriter err = new StringWriter();

    /** Runs the command line {@code args}; its exit code. */
    protected int run(String... args) {
        return WorkbenchCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }
}
