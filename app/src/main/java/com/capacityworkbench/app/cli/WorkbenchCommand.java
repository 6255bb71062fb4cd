package com.capacityworkbench.app.cli;

import com.capacityworkbench.app.install.AppVersion;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine;

/** The command line: ./workbench COMMAND ... */
@Command(
        name = "workbench",
        mixinStandardHelpOptions = true,
        versionProvider = WorkbenchCommand.Version.class,
        description = {
            "Capacity Workbench: place AI workloads on accelerator pools across clouds and self-built campuses.",
            "With no command, or with a scenario file, opens the desktop app."
        },
        subcommands = {
            CommandLine.HelpCommand.class,
            ValidateCommand.class,
            SolveCommand.class,
            BuyCommand.class,
            CompareCommand.class,
            ReportCommand.class,
            TemplateCommand.class,
            GenerateCommand.class,
            SweepCommand.class,
            WorkerCommand.class,
            ScreenshotsCommand.class
        })
public final class WorkbenchCommand implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"Capacity Workbench " + AppVersion.get()};
        }
    }

    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new WorkbenchCommand());
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            // Bad input has been reported by the command itself; anything reaching here is unexpected,
            // so say it in one line rather than a stack trace.
            commandLine.getErr().println("workbench: " + ex.getMessage());
            return ExitCodes.FAILURE;
        });
        return cl;
    }

    public static int run(String... args) {
        return execute(commandLine(), args);
    }

    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cl = commandLine();
        cl.setOut(out);
        cl.setErr(err);
        return execute(cl, args);
    }

    /** Runs a command; running out of heap is said in one line with a way out, not as a stack trace. */
    private static int execute(CommandLine cl, String[] args) {
        try {
            return cl.execute(args);
        } catch (OutOfMemoryError e) {
            cl.getErr().println("workbench: " + MemoryShortMessage.ranOut(e.getMessage())
                    + " A file being saved was left unchanged.");
            cl.getErr().flush();
            return ExitCodes.MEMORY_SHORT;
        }
    }

    /** No arguments, or a single existing file that is not a command name: the desktop app. */
    public static boolean opensDesktop(String[] args) {
        if (args.length == 0) {
            return true;
        }
        if (args.length != 1 || args[0].startsWith("-")) {
            return false;
        }
        Set<String> commands = commandLine().getSubcommands().keySet();
        return !commands.contains(args[0]) && Files.isRegularFile(Path.of(args[0]));
    }
}
