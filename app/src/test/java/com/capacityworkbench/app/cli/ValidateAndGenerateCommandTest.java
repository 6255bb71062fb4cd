package com.capacityworkbench.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.capacityworkbench.app.gui.document.RecordEdit;
import com.capacityworkbench.formats.ScenarioFiles;
import com.capacityworkbench.model.scenario.Scenario;
import com.capacityworkbench.model.scenario.Workload;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateAndGenerateCommandTest extends CommandTest {

    private static final Path SAMPLES = Path.of("..", "samples");

    @TempDir
    Path dir;


    @Test
    void validSamplesPassWithExitZero() {
        Path frontier = SAMPLES.resolve("frontier-2027.json");
        Path eu = SAMPLES.resolve("eu-sovereign.json");

        int exit = run("validate", frontier.toString(), eu.toString());

        assertThat(exit).isEqualTo(ExitCodes.OK);
        assertThat(err.toString()).isEmpty();
        assertThat(out.toString()).contains(frontier + ": valid (46 workloads, 25 pools, 8 periods)")
                .contains(eu + ": valid (24 workloads, 16 pools, 12 periods)");
    }

    @Test
    void everyProblemOfEveryFileIsListedWithExitTwo() throws Exception {
        Path broken = dir.resolve("broken.json");
        String text = Files.readString(SAMPLES.resolve("frontier-2027.json"))
                .replace("\"homeSite\": \"azure-westus3\"", "\"homeSite\": \"azure-westus9\"")
                .replace("\"demand\": 90000,", "\"demand\": -1,");
        Files.writeString(broken, text);
        Path truncated = dir.resolve("truncated.json");
        Files.writeString(truncated, text.substring(0, 200));
        Path missing = dir.resolve("missing.json");

        int exit = run("validate", broken.toString(), truncated.toString(), missing.toString());

        assertThat(exit).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(err.toString().lines()).containsExactly(
                broken + ": datasets[3].homeSite: unknown site \"azure-westus9\"",
                broken + ": workloads[0].demand: must be more than 0, got -1",
                err.toString().lines().toList().get(2),
                missing + ": no such file",
                "4 problems in 3 of 3 files");
        assertThat(err.toString().lines().toList().get(2)).startsWith(truncated + ": line 4, column ")
                .endsWith("the file ends too early (is it cut off?): Unexpected end-of-input inside a text in quotes");
        assertThat(err.toString()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void unknownFieldsAndWrongTypesAreReportedByPath() throws Exception {
        Path file = dir.resolve("typo.json");
        Files.writeString(file, Files.readString(SAMPLES.resolve("eu-sovereign.json"))
                .replaceFirst("\"pue\": 1.18,", "\"pue\": \"low\","));

        assertThat(run("validate", file.toString())).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(err.toString()).startsWith(file + ": sites[0].pue: expected a number, got \"low\" (line 91)\n");
    }

    @Test
    void variantsOfAValidScenarioAreCheckedToo() throws Exception {
        Path file = dir.resolve("variants.json");
        String text = Files.readString(SAMPLES.resolve("eu-sovereign.json"));
        Files.writeString(file, text.substring(0, text.lastIndexOf('}')).stripTrailing()
                + ",\n  \"variants\": [{\"id\": \"late\", \"name\": \"Late\", \"basedOn\": \"nowhere\", \"changes\": []}]\n}\n");

        assertThat(run("validate", file.toString())).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(err.toString()).startsWith(file + ": variants[0].basedOn: unknown variant \"nowhere\"\n");
    }

    @Test
    void otherFileTypesGetAClearMessage() throws Exception {
        Path csv = Files.writeString(dir.resolve("scenario.csv"), "a,b\n");

        assertThat(run("validate", csv.toString())).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(err.toString()).startsWith(csv + ": unsupported file type \".csv\"; use .json");
    }

    @Test
    void validateNeedsAFile() {
        assertThat(run("validate")).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(err.toString()).contains("Missing required parameter");
    }

    @Test
    void generateWritesTheSameValidFileForTheSameSeed() throws Exception {
        Path first = dir.resolve("first.json");
        Path second = dir.resolve("second.json");

        assertThat(run("generate", "--workloads", "120", "--pools", "20", "--periods", "6", "--seed", "7",
                "--out", first.toString())).isEqualTo(ExitCodes.OK);
        assertThat(run("generate", "--workloads", "120", "--pools", "20", "--periods", "6", "--seed", "7",
                "--out", second.toString())).isEqualTo(ExitCodes.OK);

        assertThat(out.toString()).contains("wrote " + first + ": 120 workloads, 20 pools, 6 periods (seed 7)");
        assertThat(Files.readAllBytes(second)).isEqualTo(Files.readAllBytes(first));
        assertThat(run("validate", first.toString())).isEqualTo(ExitCodes.OK);
        assertThat(out.toString()).contains(first + ": valid (120 workloads, 20 pools, 6 periods)");
    }

    @Test
    void generateRefusesSizesOutsideItsLimits() {
        int exit = run("generate", "--workloads", "0", "--out", dir.resolve("x.json").toString());

        assertThat(exit).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(err.toString()).isEqualTo("workbench generate: workloads must be between 1 and 20000, got 0\n");
        assertThat(dir.resolve("x.json")).doesNotExist();
    }

    @Test
    void generateNeedsAnOutputFile() {
        assertThat(run("generate", "--workloads", "10")).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(err.toString()).contains("Missing required option: '--out=FILE'");
    }

    @Test
    void generateIntoAMissingFolderFailsWithAMessage() {
        Path out = dir.resolve("nowhere").resolve("g.json");

        assertThat(run("generate", "--out", out.toString())).isEqualTo(ExitCodes.FAILURE);
        assertThat(err.toString()).contains("cannot save: the folder").doesNotContain("Exception");
    }

    @Test
    void whatAnExcelImportGuessedIsListedAsWarningsWithTheirCellsAndTheFileStaysValid() throws Exception {
        Path workbook = dir.resolve("tiny.xlsx");
        ScenarioFiles.write(ScenarioFiles.read(SAMPLES.resolve("tiny.json")), workbook);
        try (XSSFWorkbook edited = new XSSFWorkbook(Files.newInputStream(workbook))) {
            // Pools!D2 is the first pool's Count: a European "8,000".
            edited.getSheet("Pools").getRow(1).getCell(3).setCellValue("8.000");
            try (var outStream = Files.newOutputStream(workbook)) {
                edited.write(outStream);
            }
        }

        assertThat(run("validate", workbook.toString())).isEqualTo(ExitCodes.OK);
        assertThat(err.toString()).isEqualTo(workbook + ": warning: Pools!D2: \"8.000\" was read as 8 (a dot is the"
                + " decimal point here); if 8000 was meant, write 8000" + System.lineSeparator());
        assertThat(out.toString()).contains(workbook + ": valid (6 workloads, ").contains(" periods, 1 warning)");

        err.getBuffer().setLength(0);
        assertThat(run("solve", workbook.toString(), "--moves", "200")).isIn(ExitCodes.OK, ExitCodes.INFEASIBLE);
        assertThat(err.toString()).startsWith(workbook + ": warning: Pools!D2: \"8.000\" was read as 8")
                .containsOnlyOnce("warning:");
    }

    @Test
    void aBrokenScenarioIsRefusedForTheSameProblemFromJsonAndExcel() throws Exception {
        Scenario frontier = ScenarioFiles.read(SAMPLES.resolve("frontier-2027.json"));
        List<Workload> workloads = new ArrayList<>(frontier.workloads());
        workloads.set(0, workloads.getFirst().withDemand(0));
        Scenario broken = RecordEdit.with(frontier, "workloads", workloads);
        Path json = dir.resolve("broken.json");
        Path excel = dir.resolve("broken.xlsx");
        ScenarioFiles.write(broken, json);
        ScenarioFiles.write(broken, excel);

        assertThat(run("validate", json.toString(), excel.toString())).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(err.toString().lines()).containsExactly(
                json + ": workloads[0].demand: must be more than 0, got 0",
                excel + ": Workloads!C2: must be more than 0, got 0",
                "2 problems in 2 of 2 files");

        for (Path file : List.of(json, excel)) {
            err.getBuffer().setLength(0);
            assertThat(run("solve", file.toString())).as(file.toString())
                    .isEqualTo(ExitCodes.INVALID_INPUT);
            assertThat(err.toString()).as(file.toString())
                    .startsWith(file + ": 1 problem(s); nothing was solved")
                    .contains("must be more than 0, got 0");
        }
    }
}
