package com.capacityworkbench.formats.excel;

import com.capacityworkbench.formats.io.FileProblem;
import com.capacityworkbench.formats.io.ImportedScenario;
import com.capacityworkbench.formats.io.ScenarioFileException;
import com.capacityworkbench.model.scenario.PurchaseOptions;
import com.capacityworkbench.model.scenario.Scenario;
import com.capacityworkbench.model.validation.ScenarioValidator;
import com.capacityworkbench.model.validation.ValidationProblem;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads a scenario from an Excel workbook written to the spreadsheet contract (docs/spreadsheet-contract.md).
 * Either the whole scenario comes back, or a {@link ScenarioFileException} with every problem found,
 * each located as {@code Sheet!Cell}; nothing half-read ever leaves this class. A workbook whose cells all read
 * but whose scenario breaks rules comes back with them from the readers "with warnings" (as a JSON file does
 * through ScenarioFiles), and is refused by the others.
 *
 * <p>Problems come in two rounds: first everything wrong with the cells themselves (types, choices,
 * periods, names that refer to nothing), all at once; when the cells are right, the model validator's
 * rules, each mapped back to the cell of its row and column.
 */
public final class ExcelScenarioReader {

    private static final ExcelScenarioReader CHECKED = new ExcelScenarioReader(ScenarioValidator::validate);

    private final Function<Scenario, List<ValidationProblem>> validator;

    /**
     * Reads a workbook and checks it with the {@link ScenarioValidator}: a scenario that comes back is
     * valid; problems of either kind are located as {@code Sheet!Cell}.
     */
    public static Scenario read(Path file) throws ScenarioFileException {
        return CHECKED.readFile(file);
    }

    /**
     * A scenario read as {@link #read(Path)} does, with the reader's warnings and the rules it breaks (located as
     * {@code Sheet!Cell}) instead of refusing it for them; cells that do not read still refuse the file.
     */
    public static ImportedScenario readWithWarnings(Path file) throws ScenarioFileException {
        return CHECKED.readFileWithWarnings(file);
    }

    /** @param validator the scenario rules to check once every cell reads cleanly */
    public ExcelScenarioReader(Function<Scenario, List<ValidationProblem>> validator) {
        this.validator = validator;
    }

    /** The scenario in a workbook when it breaks no rule; otherwise every problem as a refusal. */
    public Scenario readFile(Path file) throws ScenarioFileException {
        return readFileWithWarnings(file).valid(file);
    }

    public ImportedScenario readFileWithWarnings(Path file) throws ScenarioFileException {
        try (Workbook workbook = WorkbookOpener.open(file)) {
            return readWithWarnings(workbook, file);
        } catch (IOException closing) {
            // The workbook is open read-only; failing to close it loses nothing the caller needs.
            throw new ScenarioFileException(file, "cannot close the file: " + closing.getMessage());
        }
    }

    Scenario read(Workbook workbook, Path file) throws ScenarioFileException {
        return readWithWarnings(workbook, file).valid(file);
    }

    ImportedScenario readWithWarnings(Workbook workbook, Path file) throws ScenarioFileException {
        if (SheetTable.findSheet(workbook, ExcelComparisonWriter.COMPARISON_SHEET) != null
                && SheetTable.findSheet(workbook, ContractSheet.SETTINGS.sheetName()) == null) {
            throw new ScenarioFileException(file, "this is a comparison workbook, not a scenario: it holds the KPIs and"
                    + " plans of variants, not their scenario sheets; import the scenario that was compared instead");
        }
        ProblemList problems = new ProblemList();
        CellReader cells = new CellReader(workbook, problems);
        if (workbook instanceof XSSFWorkbook xssf && xssf.isMacroEnabled()) {
            problems.warn("", "the workbook holds macros (a macro workbook saved as .xlsx); they were not run, the"
                    + " values last saved with it were read");
        }

        Map<ContractSheet, List<SheetRow>> rowsBySheet = new EnumMap<>(ContractSheet.class);
        ScenarioSettings settings = SettingsReader.absent();
        for (ContractSheet sheet : ContractSheet.values()) {
            var table = SheetTable.find(workbook, sheet, cells, problems);
            if (table.isEmpty()) {
                continue;
            }
            if (sheet == ContractSheet.SETTINGS) {
                settings = SettingsReader.read(table.get(), problems);
            } else {
                rowsBySheet.put(sheet, table.get().rows());
            }
        }
        RowContext context = new RowContext(settings.periodLength(), KnownNames.collect(rowsBySheet));
        var providers = readRows(rowsBySheet, ContractSheet.PROVIDERS, context, ProviderRows::read);
        var sites = readRows(rowsBySheet, ContractSheet.SITES, context, SiteRows::read);
        var accelerators = readRows(rowsBySheet, ContractSheet.ACCELERATORS, context, AcceleratorRows::read);
        var pools = readRows(rowsBySheet, ContractSheet.POOLS, context, PoolRows::read);
        var datasets = readRows(rowsBySheet, ContractSheet.DATASETS, context, DatasetRows::read);
        var workloads = readRows(rowsBySheet, ContractSheet.WORKLOADS, context, WorkloadRows::read);
        var purchaseOptions = new PurchaseOptions(readRows(rowsBySheet, ContractSheet.OFFERS, context, OfferRows::read),
                readRows(rowsBySheet, ContractSheet.BUILD_OUTS, context, BuildOutRows::read),
                readRows(rowsBySheet, ContractSheet.SPEND_TERMS, context, SpendTermRows::read));
        String primary = settings.policies() == null ? null : settings.policies().primaryProvider();
        if (primary != null && !context.names().contains(ContractSheet.PROVIDERS, primary)) {
            problems.add(settings.locations().getOrDefault(SettingsKey.PRIMARY_PROVIDER, "Settings"),
                    "unknown provider \"" + primary + "\"");
        }
        var variants = VariantSheet.read(workbook, cells, problems);
        var uncertainty = UncertaintySheet.read(workbook, cells, problems);
        if (!problems.isEmpty()) {
            throw new ScenarioFileException(file, problems.toList());
        }

        Scenario scenario = new Scenario(settings.name(), settings.description(), settings.horizon(),
                providers, sites, accelerators, pools, datasets, workloads, settings.policies(), settings.weights(),
                variants, uncertainty.model(), purchaseOptions);
        ProblemLocator locator = new ProblemLocator(rowsBySheet, settings.locations(), uncertainty);
        List<FileProblem> ruleProblems = validator.apply(scenario).stream().map(locator::locate).toList();
        return new ImportedScenario(scenario, problems.warnings(), ruleProblems);
    }

    private static <T> List<T> readRows(Map<ContractSheet, List<SheetRow>> rowsBySheet, ContractSheet sheet,
                                        RowContext context, BiFunction<SheetRow, RowContext, T> reader) {
        List<T> records = new ArrayList<>();
        for (SheetRow row : rowsBySheet.getOrDefault(sheet, List.of())) {
            T record = reader.apply(row, context);
            if (record != null) {
                records.add(record);
            }
        }
        return records;
    }
}
