package com.capacityworkbench.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The help text reads in whole sentences: the command list shows a command's first description line only, so a line
 * cut mid-sentence ("... lists every problem (file: path: message) on stderr,") read as a truncated summary there.
 */
class HelpTextTest extends CommandTest {

    @Test
    void everyDescriptionLineOfEveryCommandAndOptionEndsASentence() {
        List<String> lines = new ArrayList<>();
        collect(WorkbenchCommand.commandLine().getCommandSpec(), lines);
        assertThat(lines).hasSizeGreaterThan(40)
                .allSatisfy(line -> assertThat(line.strip()).as(line).matches("(?s).*[.:)]$"));
    }

    @Test
    void theCommandListShowsEachCommandsWholeFirstSentence() {
        assertThat(run("--help")).isZero();
        String help = out.toString().replaceAll("\\s+", " ");
        assertThat(help).contains("validate Checks scenario files and lists every problem")
                .contains("buy What to buy: the offers (whole blocks for a whole term) and build-out steps that place "
                        + "the scenario's work at least cost")
                .contains("template Writes an empty scenario workbook: every sheet and column of the spreadsheet "
                        + "contract");
    }

    /** A synopsis wrapped inside a file name ("--out=PLAN.\n json|PLAN.xlsx") reads as two broken words. */
    @Test
    void noSynopsisBreaksAWord() {
        for (CommandLine sub : WorkbenchCommand.commandLine().getSubcommands().values()) {
            String synopsis = sub.getHelp().synopsis(0);
            assertThat(synopsis).as(sub.getCommandName()).doesNotContainPattern("[\\w.]\\n *[a-z]");
        }
    }

    private static void collect(CommandSpec spec, List<String> lines) {
        for (String line : spec.usageMessage().description()) {
            lines.add(spec.qualifiedName() + ": " + line);
        }
        spec.options().stream().filter(o -> !o.usageHelp() && !o.versionHelp())
                .forEach(o -> List.of(o.description()).forEach(line -> lines.add(o.longestName() + ": " + line)));
        spec.positionalParameters().forEach(p -> List.of(p.description())
                .forEach(line -> lines.add(spec.qualifiedName() + " " + p.paramLabel() + ": " + line)));
        for (CommandLine sub : spec.subcommands().values()) {
            if (!(sub.getCommand() instanceof CommandLine.HelpCommand)) {
                collect(sub.getCommandSpec(), lines);
            }
        }
    }
}
