package com.capacityworkbench.app.gui.edit;

import static org.assertj.core.api.Assertions.assertThat;

import com.capacityworkbench.app.gui.TestScenarios;
import com.capacityworkbench.app.gui.accelerators.AcceleratorsViewModel;
import com.capacityworkbench.app.gui.datasets.DatasetsViewModel;
import com.capacityworkbench.app.gui.document.ScenarioDocument;
import com.capacityworkbench.app.gui.pools.PoolsViewModel;
import com.capacityworkbench.app.gui.providers.ProvidersViewModel;
import com.capacityworkbench.app.gui.purchases.BuildOutsViewModel;
import com.capacityworkbench.app.gui.purchases.OffersViewModel;
import com.capacityworkbench.app.gui.purchases.SpendTermsViewModel;
import com.capacityworkbench.app.gui.sites.SitesViewModel;
import com.capacityworkbench.app.gui.workloads.WorkloadsViewModel;
import com.capacityworkbench.app.gui.document.RecordEdit;
import com.capacityworkbench.app.gui.policies.FormField;
import com.capacityworkbench.app.gui.policies.PoliciesViewModel;
import com.capacityworkbench.app.gui.uncertainty.UncertaintyViewModel;
import com.capacityworkbench.formats.excel.ContractHeaders;
import com.capacityworkbench.formats.excel.ContractSettings;
import com.capacityworkbench.formats.excel.ValueKind;
import com.capacityworkbench.model.scenario.Scenario;
import com.capacityworkbench.formats.excel.ExcelScenarioWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #18: one schema per entity. The desktop app's tables, the workbook the program writes and the column tables
 * of docs/spreadsheet-contract.md (the contract other people's workbooks are written against) all come from the
 * schema of each contract sheet ({@link ContractHeaders}), so none can name, require or range a field another way.
 */
class OneSchemaTest {

    @TempDir
    Path dir;

    // The purchase sample: every sheet has rows, the optional Offers, Build-outs and Spend terms too.
    private final ScenarioDocument document = TestScenarios.buyDocument();
    private final Map<String, EntityTableViewModel<?>> viewModels = Map.of(
            "providers", new ProvidersViewModel(document),
            "sites", new SitesViewModel(document),
            "accelerators", new AcceleratorsViewModel(document),
            "pools", new PoolsViewModel(document),
            "datasets", new DatasetsViewModel(document),
            "workloads", new WorkloadsViewModel(document),
            "purchaseOptions.offers", new OffersViewModel(document),
            "purchaseOptions.buildOuts", new BuildOutsViewModel(document),
            "purchaseOptions.spendTerms", new SpendTermsViewModel(document));
    private final Map<String, List<EntityColumn>> tables = viewModels.entrySet().stream()
            .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().columns()));

    @Test
    void everyTableHasTheColumnsOfItsSheetInTheSheetsOrderWithItsHeaders() {
        assertThat(ContractHeaders.entitySheets()).extracting(ContractHeaders::list)
                .containsExactlyInAnyOrderElementsOf(tables.keySet());
        for (ContractHeaders sheet : ContractHeaders.entitySheets()) {
            List<EntityColumn> columns = tables.get(sheet.list());
            assertThat(columns).as(sheet.sheetName()).extracting(EntityColumn::field)
                    .containsExactlyElementsOf(sheet.fields());
            assertThat(columns).as(sheet.sheetName()).extracting(EntityColumn::header)
                    .containsExactlyElementsOf(headers(sheet));
        }
    }

    @Test
    void theWorkbookWritesTheSchemasHeaders() throws Exception {
        Path file = dir.resolve("exported.xlsx");
        ExcelScenarioWriter.write(document.scenario(), file);
        try (Workbook workbook = WorkbookFactory.create(file.toFile())) {
            for (ContractHeaders sheet : ContractHeaders.entitySheets()) {
                Row header = workbook.getSheet(sheet.sheetName()).getRow(0);
                List<String> written = new ArrayList<>();
                header.forEach(cell -> written.add(cell.getStringCellValue()));
                assertThat(written).as(sheet.sheetName()).containsExactlyElementsOf(headers(sheet));
            }
        }
    }

    @Test
    void theContractsColumnTablesAreTheSchemaAsDocumented() throws Exception {
        String contract = Files.readString(Path.of("..", "docs", "spreadsheet-contract.md"));
        for (ContractHeaders sheet : ContractHeaders.entitySheets()) {
            List<String> expected = sheet.fields().stream().map(f -> "| `" + sheet.header(f) + "` | "
                    + (sheet.required(f) ? "yes" : "no") + " | " + sheet.hint(f) + " |").toList();
            // "*(extra)*" marks a column beyond the product design's table; the schema does not need to know.
            List<String> documented = section(contract, "### " + sheet.sheetName()).lines()
                    .filter(l -> l.startsWith("| `")).map(l -> l.replace(" *(extra)*", "")).toList();
            assertThat(documented).as("docs/spreadsheet-contract.md, ### %s", sheet.sheetName())
                    .containsExactlyElementsOf(expected);

            List<String> ranged = sheet.fields().stream().filter(f -> !sheet.range(f).isEmpty())
                    .map(f -> "| " + sheet.sheetName() + " | `" + sheet.header(f) + "` | " + sheet.range(f) + " |")
                    .toList();
            List<String> rangesDocumented = section(contract, "## Ranges (validation rules)").lines()
                    .filter(l -> l.startsWith("| " + sheet.sheetName() + " | `")).toList();
            assertThat(rangesDocumented).as("docs/spreadsheet-contract.md, ## Ranges, %s", sheet.sheetName())
                    .containsExactlyElementsOf(ranged);
        }
    }

    /** The optional Uncertainty sheet: its table in the app and its section of the contract name the same columns. */
    @Test
    void theUncertaintySheetsColumnsAreItsTablesAndAsDocumented() throws Exception {
        String contract = Files.readString(Path.of("..", "docs", "spreadsheet-contract.md"));
        List<String> documented = section(contract, "### Uncertainty (optional sheet)").lines()
                .filter(l -> l.startsWith("| `"))
                .flatMap(l -> java.util.Arrays.stream(l.split("\\|")[1].split(",")))
                .map(c -> c.trim().replace("`", "")).toList();
        assertThat(documented).containsExactlyElementsOf(ContractHeaders.uncertainty());
        assertThat(new UncertaintyViewModel(document).columns())
                .extracting(EntityColumn::header).containsExactlyElementsOf(ContractHeaders.uncertainty());
    }

    /**
     * The editor of every table column and form field is the one its sheet's value kind calls for, and that kind fits
     * the record component it edits: every value of the samples reads back from its own cell text unchanged
     * (a whole number kept as a decimal, a list kept as a set, a yes/no kept as text would not).
     */
    @Test
    void everyColumnIsEditedAsItsSheetsValueKindAndThatKindFitsTheValues() {
        // The purchase sample has no uncertain inputs: the Uncertainty table is read on the frontier sample's.
        ScenarioDocument uncertain = TestScenarios.frontierDocument();
        Map<String, EntityTableViewModel<?>> all = new java.util.HashMap<>(viewModels);
        all.put("uncertainty", new UncertaintyViewModel(uncertain));
        List<ContractHeaders> sheets = new ArrayList<>(ContractHeaders.entitySheets());
        sheets.add(ContractHeaders.uncertaintySheet());
        for (ContractHeaders sheet : sheets) {
            EntityTableViewModel<?> table = all.get(sheet.list());
            Scenario rowsOf = sheet.list().equals("uncertainty") ? uncertain.scenario() : document.scenario();
            List<? extends Record> rows = table.list(rowsOf);
            assertThat(rows).as(sheet.sheetName()).isNotEmpty();
            for (EntityColumn column : table.columns()) {
                String where = sheet.sheetName() + "." + column.field();
                ValueKind kind = sheet.kind(column.field());
                assertThat(column.kind()).as(where).isEqualTo(kind);
                assertEditsAs(where, kind, column.codec(), column.choices() != null, column.freeText(),
                        rows.stream().map(r -> RecordEdit.get(r, column.field())).toList(),
                        componentType(rows.getFirst(), column.field()));
            }
        }
        Scenario scenario = document.scenario();
        for (FormField field : Stream.of(PoliciesViewModel.SETTINGS, PoliciesViewModel.POLICIES,
                PoliciesViewModel.WEIGHTS).flatMap(List::stream).toList()) {
            ValueKind kind = ContractSettings.kind(field.path());
            assertThat(field.kind()).as(field.path()).isEqualTo(kind);
            String[] path = field.path().split("\\.");
            Record owner = path.length == 1 ? scenario : (Record) RecordEdit.get(scenario, path[0]);
            String component = path[path.length - 1];
            assertEditsAs(field.path(), kind, field.codec(), field.choices() != null, field.freeText(),
                    List.of(RecordEdit.get(owner, component)), componentType(owner, component));
        }
    }

    /** What each kind's editor must be, written out here rather than taken from {@link Editor}. */
    private static void assertEditsAs(String where, ValueKind kind, CellCodec<?> codec, boolean offersChoices,
            boolean freeText, List<?> values, Class<?> componentType) {
        Set<ValueKind> multi = EnumSet.of(ValueKind.CHOICE_SET, ValueKind.REFERENCES, ValueKind.REFERENCE_SET);
        Set<ValueKind> picked = EnumSet.of(ValueKind.YES_NO, ValueKind.CHOICE, ValueKind.CHOICE_SET,
                ValueKind.REFERENCE, ValueKind.OPTIONAL_REFERENCE, ValueKind.REFERENCES, ValueKind.REFERENCE_SET);
        boolean optional = kind.name().startsWith("OPTIONAL_");
        assertThat(codec.isMulti()).as("%s (%s) edits several values", where, kind).isEqualTo(multi.contains(kind));
        if (picked.contains(kind)) {
            assertThat(offersChoices && !freeText).as("%s (%s) is picked from a list", where, kind).isTrue();
        }
        assertThat(optional).as("%s (%s) may be blank, but its component is a %s", where, kind, componentType)
                .isEqualTo(optional && !componentType.isPrimitive());
        if (optional) {
            assertThat(codec.parse("")).as("%s (%s): a blank cell is none", where, kind).isNull();
        }
        for (Object value : values) {
            assertThat(readBack(codec, value)).as("%s (%s) reads back %s", where, kind, value).isEqualTo(value);
        }
    }

    /** The value its cell text stands for; the failure, when the kind's codec cannot write or read such a value. */
    private static Object readBack(CellCodec<?> codec, Object value) {
        try {
            return codec.parse(codec.formatObject(value));
        } catch (ClassCastException | IllegalArgumentException e) {
            return e.toString();
        }
    }

    private static Class<?> componentType(Record record, String component) {
        return java.util.Arrays.stream(record.getClass().getRecordComponents())
                .filter(c -> c.getName().equals(component)).findFirst().orElseThrow().getType();
    }

    private static List<String> headers(ContractHeaders sheet) {
        return sheet.fields().stream().map(sheet::header).toList();
    }

    private static String section(String doc, String heading) {
        int start = doc.indexOf(heading + "\n");
        assertThat(start).as(heading).isNotNegative();
        int end = doc.indexOf("\n#", start + heading.length());
        return end < 0 ? doc.substring(start) : doc.substring(start, end);
    }
}
