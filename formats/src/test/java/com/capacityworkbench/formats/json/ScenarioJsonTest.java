package com.capacityworkbench.formats.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.capacityworkbench.formats.io.FileProblem;
import com.capacityworkbench.formats.io.ScenarioFileException;
import com.capacityworkbench.model.scenario.Pool;
import com.capacityworkbench.model.scenario.PricingKind;
import com.capacityworkbench.model.scenario.ProviderKind;
import com.capacityworkbench.model.scenario.Scenario;
import com.capacityworkbench.model.testing.Copy;
import com.capacityworkbench.model.testing.TestScenarios;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScenarioJsonTest {

    @TempDir
    Path dir;

    private String validText() throws Exception {
        return ScenarioJson.toJson(TestScenarios.valid());
    }

    private Path file(String text) throws Exception {
        Path file = dir.resolve("scenario.json");
        Files.writeString(file, text);
        return file;
    }

    private List<FileProblem> problemsReading(String text) throws Exception {
        Path file = file(text);
        try {
            ScenarioJson.read(file);
        } catch (ScenarioFileException e) {
            assertThat(e.file()).isEqualTo(file);
            return e.problems();
        }
        throw new AssertionError("the file was read without a problem");
    }

    private FileProblem onlyProblemReading(String text) throws Exception {
        List<FileProblem> problems = problemsReading(text);
        assertThat(problems).hasSize(1);
        return problems.getFirst();
    }

    /** " (line N)" for the line where {@code snippet} starts in the valid file: where the problem is reported. */
    private String lineOf(String snippet) throws Exception {
        String text = validText();
        assertThat(text).contains(snippet);
        return " (line " + (1 + text.substring(0, text.indexOf(snippet)).chars().filter(c -> c == '\n').count()) + ")";
    }

    private static String replaceOnce(String text, String from, String to) {
        assertThat(text).contains(from);
        return text.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to));
    }

    @Test
    void savedScenarioReadsBackEqualAndSavesToTheSameBytes() throws Exception {
        Scenario scenario = TestScenarios.valid();
        Path first = dir.resolve("first.json");
        Path second = dir.resolve("second.json");
        ScenarioJson.write(scenario, first);
        Scenario read = ScenarioJson.read(first);
        ScenarioJson.write(read, second);

        assertThat(read).isEqualTo(scenario);
        assertThat(Files.readAllBytes(second)).isEqualTo(Files.readAllBytes(first));
    }

    @Test
    void aRequiredFigureLeftOutIsMissingAtItsPath() throws Exception {
        String text = validText().replace("      \"demand\": 600,\n", "");

        assertThat(onlyProblemReading(text)).isEqualTo(new FileProblem("workloads[1].demand", "missing"));
    }

    @Test
    void aFileWithFieldsLeftOutStillNamesTheLineOfAWrongValue() throws Exception {
        // pue left out (filled in), and a wrong value further down: its line is still the file's.
        String text = validText().replaceFirst("      \"pue\": 1.18,\n", "").replace("\"demand\": 600", "\"demand\": \"lots\"");
        int line = 1 + (int) text.substring(0, text.indexOf("\"demand\": \"lots\"")).chars().filter(c -> c == '\n').count();

        assertThat(onlyProblemReading(text)).isEqualTo(new FileProblem("workloads[1].demand",
                "expected a number, got \"lots\" (line " + line + ")"));
    }

    @Test
    void fileStartsWithTheSchemaVersionAndLeavesOutNulls() throws Exception {
        String text = validText();

        assertThat(text).startsWith("{\n  \"schemaVersion\": 1,\n  \"name\": \"test\",");
        assertThat(text).doesNotContain("null").endsWith("}\n");
        // Provider aws has no notes; workload pretrain has no latency target.
        assertThat(text).contains("\"id\": \"aws\",\n      \"kind\": \"cloud\",\n      \"egressSameProviderPerGb\": 0.02,\n"
                + "      \"egressCrossCloudPerGb\": 0.09,\n      \"inCloudGbps\": 1000\n    }");
    }

    @Test
    void mapsAndSetsAreWrittenInSortedOrderWithWholeNumbersPlain() throws Exception {
        Scenario scenario = TestScenarios.withPool(0, p -> Copy.with(p, "countByPeriod",
                Map.of(TestScenarios.Q4, 9000, TestScenarios.Q2, 5000, TestScenarios.Q3, 8000)));

        String text = ScenarioJson.toJson(scenario);

        assertThat(text).contains("\"countByPeriod\": {\n        \"2027-Q2\": 5000,\n        \"2027-Q3\": 8000,\n"
                + "        \"2027-Q4\": 9000\n      }");
        assertThat(text).contains("\"families\": [\n        \"CUDA\",\n        \"Neuron\"\n      ]");
        assertThat(text).contains("\"count\": 4096,").contains("\"pricePerAccelHour\": 12.29,");
    }

    @Test
    void choicesAreReadLeniently() throws Exception {
        String text = replaceOnce(validText(), "\"kind\": \"cloud\"", "\"kind\": \"Self Built\"");
        text = replaceOnce(text, "\"pricing\": \"committed\"", "\"pricing\": \"ON_DEMAND\"");
        text = replaceOnce(text, "\"CUDA\",\n        \"Neuron\"", "\"cuda\",\n        \"neuron\"");

        Scenario read = ScenarioJson.read(file(text));

        assertThat(read.providers().getFirst().kind()).isEqualTo(ProviderKind.SELF_BUILT);
        assertThat(read.pools().getFirst().pricing()).isEqualTo(PricingKind.ON_DEMAND);
        assertThat(read.workloads().get(1).families()).isEqualTo(TestScenarios.valid().workloads().get(1).families());
    }

    @Test
    void textThatIsNotJsonIsReportedByLineAndColumn() throws Exception {
        FileProblem problem = onlyProblemReading("{\n  \"schemaVersion\": 1,\n  \"name\": test\n}\n");

        assertThat(problem.location()).isEqualTo("line 3, column 11");
        assertThat(problem.message()).startsWith("not valid JSON: Unrecognized token 'test'");
    }

    @Test
    void aTruncatedFileIsReportedWhereItEnds() throws Exception {
        String text = validText();
        String truncated = text.substring(0, text.indexOf("\"workloads\""));

        FileProblem problem = onlyProblemReading(truncated);

        long lines = truncated.lines().count();
        assertThat(problem.location()).startsWith("line " + lines + ", column ");
        assertThat(problem.message()).startsWith("the file ends too early (is it cut off?)");
    }

    @Test
    void aWrongTypeIsReportedByItsPath() throws Exception {
        FileProblem problem = onlyProblemReading(replaceOnce(validText(), "\"demand\": 600", "\"demand\": \"lots\""));

        assertThat(problem).isEqualTo(new FileProblem("workloads[1].demand", "expected a number, got \"lots\"" + lineOf("\"demand\": 600")));
    }

    @Test
    void aTextWhereTrueOrFalseBelongsIsReportedByItsPath() throws Exception {
        FileProblem problem = onlyProblemReading(replaceOnce(validText(), "\"splittable\": true",
                "\"splittable\": \"yes\""));

        assertThat(problem).isEqualTo(new FileProblem("workloads[1].splittable", "expected true or false, got \"yes\"" + lineOf("\"splittable\": true")));
    }

    @Test
    void aFractionWhereAWholeNumberBelongsIsRefused() throws Exception {
        FileProblem problem = onlyProblemReading(replaceOnce(validText(), "\"count\": 4096", "\"count\": 4096.5"));

        assertThat(problem).isEqualTo(new FileProblem("pools[0].count", "expected a whole number, got 4096.5" + lineOf("\"count\": 4096")));
    }

    @Test
    void aNumberTooLargeForItsFieldIsReportedByItsPath() throws Exception {
        FileProblem problem = onlyProblemReading(replaceOnce(validText(), "\"count\": 4096", "\"count\": 99999999999"));

        assertThat(problem).isEqualTo(new FileProblem("pools[0].count",
                "expected a whole number from -2147483648 to 2147483647, got 99999999999" + lineOf("\"count\": 4096")));
    }

    @Test
    void aListWhereAnObjectBelongsIsReportedByItsPath() throws Exception {
        FileProblem problem = onlyProblemReading(replaceOnce(validText(), "\"horizon\": {\n    \"first\": \"2027-Q1\",\n    \"last\": \"2027-Q4\"\n  }",
                "\"horizon\": [\"2027-Q1\", \"2027-Q4\"]"));

        assertThat(problem).isEqualTo(new FileProblem("horizon", "expected an object {...}, got a list"
                + lineOf("\"horizon\": {")));
    }

    @Test
    void aNumberWhereATextBelongsIsRefused() throws Exception {
        FileProblem problem = onlyProblemReading(replaceOnce(validText(), "\"id\": \"chat\"", "\"id\": 42"));

        assertThat(problem).isEqualTo(new FileProblem("workloads[1].id", "expected a text in quotes, got 42"
                + lineOf("\"id\": \"chat\"")));
    }

    @Test
    void nullForANumberIsRefused() throws Exception {
        FileProblem problem = onlyProblemReading(replaceOnce(validText(), "\"demand\": 600", "\"demand\": null"));

        assertThat(problem).isEqualTo(new FileProblem("workloads[1].demand", "expected a number, got null" + lineOf("\"demand\": 600")));
    }

    @Test
    void anObjectWhereAListBelongsIsReportedByItsPath() throws Exception {
        FileProblem problem = onlyProblemReading(replaceOnce(validText(), "\"datasets\": [\n        \"eu-logs\"\n      ]",
                "\"datasets\": {}"));

        assertThat(problem).isEqualTo(new FileProblem("workloads[1].datasets", "expected a list [...], got an object"
                + lineOf("\"datasets\": [\n        \"eu-logs\"")));
    }

    @Test
    void anUnknownFieldIsRefusedWithItsPathAndTheKnownFields() throws Exception {
        FileProblem problem = onlyProblemReading(replaceOnce(validText(), "\"id\": \"chat\",",
                "\"id\": \"chat\",\n      \"colour\": \"blue\","));

        assertThat(problem.location()).isEqualTo("workloads[1].colour");
        assertThat(problem.message()).startsWith("unknown field \"colour\"; expected one of: datasets, demand, excludedPools, families,");
    }

    @Test
    void anUnknownChoiceListsTheChoices() throws Exception {
        FileProblem problem = onlyProblemReading(replaceOnce(validText(), "\"kind\": \"inference\"",
                "\"kind\": \"serving\""));

        assertThat(problem).isEqualTo(new FileProblem("workloads[1].kind",
                "expected one of training, fine-tune, RL, batch, inference, got \"serving\"" + lineOf("\"kind\": \"inference\"")));
    }

    @Test
    void aBadPeriodSaysHowToWriteOne() throws Exception {
        FileProblem problem = onlyProblemReading(replaceOnce(validText(), "\"from\": \"2027-Q2\"",
                "\"from\": \"2027Q2\""));

        assertThat(problem).isEqualTo(new FileProblem("pools[2].from",
                "not a period: \"2027Q2\" (write 2027-Q1 or 2027-03)" + lineOf("\"from\": \"2027-Q2\"")));
    }

    @Test
    void aBadPeriodAsAMapKeyIsReportedAtTheEntry() throws Exception {
        FileProblem problem = onlyProblemReading(replaceOnce(validText(), "\"2027-Q3\": 8192", "\"2027-Q7\": 8192"));

        assertThat(problem.location()).isEqualTo("pools[0].countByPeriod");
        assertThat(problem.message()).contains("not a period: \"2027-Q7\" (write 2027-Q1 or 2027-03)");
    }

    @Test
    void aMissingRequiredFieldIsReportedWithEveryOther() throws Exception {
        String text = replaceOnce(validText(), "\"kind\": \"inference\",\n", "");
        text = replaceOnce(text, "\"site\": \"aws-east\",\n", "");

        assertThat(problemsReading(text)).containsExactly(
                new FileProblem("pools[1].site", "missing"),
                new FileProblem("workloads[1].kind", "missing"));
    }

    @Test
    void aRepeatedKeyIsRefused() throws Exception {
        FileProblem problem = onlyProblemReading(replaceOnce(validText(), "\"demand\": 600,",
                "\"demand\": 600,\n      \"demand\": 700,"));

        assertThat(problem.location()).startsWith("line ");
        assertThat(problem.message()).contains("Duplicate field 'demand'");
    }

    @Test
    void theSchemaVersionIsRequiredAndChecked() throws Exception {
        String text = validText();

        assertThat(onlyProblemReading(replaceOnce(text, "\"schemaVersion\": 1,\n", "")))
                .isEqualTo(new FileProblem("schemaVersion", "missing; a workbench file starts with \"schemaVersion\": 1"));
        assertThat(onlyProblemReading(replaceOnce(text, "\"schemaVersion\": 1", "\"schemaVersion\": 2")))
                .isEqualTo(new FileProblem("schemaVersion",
                        "version 2 is newer than this Capacity Workbench reads (1); update the app"));
    }

    @Test
    void otherShapesOfBadFileGetASentence() throws Exception {
        assertThat(onlyProblemReading("[1, 2]").message()).isEqualTo("expected a JSON object {...} at the top level");
        assertThat(onlyProblemReading("").message()).isEqualTo("the file is empty");
        assertThatThrownBy(() -> ScenarioJson.read(dir.resolve("absent.json")))
                .isInstanceOf(ScenarioFileException.class)
                .hasMessageEndingWith("absent.json: no such file");
    }

    @Test
    void aFailedSaveLeavesTheExistingFileAsItWasAndNoTemporaryFile() throws Exception {
        Path file = dir.resolve("plan-a.json");
        ScenarioJson.write(TestScenarios.valid(), file);
        byte[] before = Files.readAllBytes(file);
        Scenario unsavable = TestScenarios.withWorkload(1, w -> Copy.with(w, "demand", Double.NaN));

        assertThatThrownBy(() -> ScenarioJson.write(unsavable, file))
                .isInstanceOf(ScenarioFileException.class)
                .hasMessageContaining("cannot save, the file was left unchanged")
                .hasMessageContaining("workloads[1].demand: not a finite number: NaN");

        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void aSaveThatFailsWhileWritingLeavesTheExistingFileAsItWas() throws Exception {
        Path file = dir.resolve("plan-b.json");
        Files.writeString(file, "precious");

        assertThatThrownBy(() -> com.capacityworkbench.formats.io.AtomicFileWriter.write(file, out -> {
            out.write("half".getBytes());
            throw new java.io.IOException("disk full");
        })).isInstanceOf(ScenarioFileException.class).hasMessageEndingWith("cannot save: disk full");

        assertThat(Files.readString(file)).isEqualTo("precious");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void aSaveKeepsTheExistingFilesPermissions() throws Exception {
        Path file = dir.resolve("shared.json");
        Files.writeString(file, "old");
        var permissions = java.nio.file.attribute.PosixFilePermissions.fromString("rw-rw-r--");
        Files.setPosixFilePermissions(file, permissions);

        ScenarioJson.write(TestScenarios.valid(), file);

        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(permissions);
        assertThat(ScenarioJson.read(file)).isEqualTo(TestScenarios.valid());
    }

    @Test
    void savingIntoAMissingFolderSaysSo() {
        Path file = dir.resolve("no-such-folder").resolve("s.json");

        assertThatThrownBy(() -> ScenarioJson.write(TestScenarios.valid(), file))
                .isInstanceOf(ScenarioFileException.class)
                .hasMessageContaining("cannot save: the folder")
                .hasMessageEndingWith("does not exist");
    }

    @Test
    void poolsReadBackWithTheirRamps() throws Exception {
        Path file = dir.resolve("s.json");
        ScenarioJson.write(TestScenarios.valid(), file);

        Pool pool = ScenarioJson.read(file).pools().getFirst();

        assertThat(pool.countIn(TestScenarios.Q2)).isEqualTo(4096);
        assertThat(pool.countIn(TestScenarios.Q3)).isEqualTo(8192);
    }
}
