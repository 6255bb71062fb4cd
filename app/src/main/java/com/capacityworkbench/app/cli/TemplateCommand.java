package com.capacityworkbench.app.cli;

import com.capacityworkbench.formats.excel.ExcelTemplate;
import com.capacityworkbench.formats.io.FileProblem;
import com.capacityworkbench.formats.io.ScenarioFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** ./workbench template OUT.xlsx — the empty scenario workbook a planner fills in. */
@Command(
        name = "template",
        mixinStandardHelpOptions = true,
        description = {
            "Writes an empty scenario workbook: every sheet and column of the spreadsheet contract, an Instructions "
                + "sheet, drop-downs for choices and names, and example rows (names starting with #, ignored on import)."
        })
public final class TemplateCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "OUT.xlsx", description = "the workbook to write (replaced if it exists)")
    private Path out;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        String name = out.getFileName() == null ? "" : out.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!name.endsWith(".xlsx")) {
            spec.commandLine().getErr().println("workbench template: " + out
                    + ": the template is an Excel workbook; give a file name ending in .xlsx");
            return ExitCodes.INVALID_INPUT;
        }
        try {
            ExcelTemplate.write(out);
        } catch (ScenarioFileException e) {
            for (FileProblem problem : e.problems()) {
                spec.commandLine().getErr().println("workbench template: " + out + ": " + problem);
            }
            return ExitCodes.FAILURE;
        }
        spec.commandLine().getOut().println("Template written to " + out
                + " (fill it in, then: ./workbench validate " + out + ")");
        return ExitCodes.OK;
    }
}
