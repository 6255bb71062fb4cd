package com.capacityworkbench.formats.excel;

import com.capacityworkbench.model.scenario.FirstRefusalMode;
import com.capacityworkbench.model.scenario.Geography;
import com.capacityworkbench.model.scenario.PricingKind;
import com.capacityworkbench.model.scenario.ProviderKind;
import com.capacityworkbench.model.scenario.SoftwareFamily;
import com.capacityworkbench.model.scenario.WorkloadKind;
import java.util.Comparator;
import java.util.List;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;

/**
 * Drop-downs for the cells that take a choice (kinds, families, pricing, yes/no, geographies) or a name
 * from another sheet (providers, sites, accelerators). The fixed choices live on a hidden "Lists" sheet,
 * which import ignores like any sheet it does not know.
 */
final class ChoiceLists {

    static final String SHEET = "Lists";

    /** The lists, one column each on the Lists sheet. */
    enum Choice {
        YES_NO("Yes/no", List.of("yes", "no")),
        PROVIDER_KIND("Provider kind", SheetRow.labels(ProviderKind.class)),
        FAMILY("Family", SheetRow.labels(SoftwareFamily.class)),
        PRICING("Pricing", SheetRow.labels(PricingKind.class)),
        WORKLOAD_KIND("Workload kind", SheetRow.labels(WorkloadKind.class)),
        FIRST_REFUSAL("First refusal", SheetRow.labels(FirstRefusalMode.class)),
        PERIOD_LENGTH("Period length", List.of("quarter", "month")),
        GEOGRAPHY("Geography", Geography.all().stream().sorted(Comparator.comparing(Geography::id))
                .map(Geography::id).toList());

        private final String title;
        private final List<String> values;

        Choice(String title, List<String> values) {
            this.title = title;
            this.values = values;
        }

        List<String> options() {
            return values;
        }

        String range() {
            String column = CellReference.convertNumToColString(ordinal());
            return SHEET + "!$" + column + "$2:$" + column + "$" + (values.size() + 1);
        }
    }

    private final Workbook workbook;
    private final int lastRow;

    /** @param lastRow the last 0-based row that gets drop-downs on the data sheets */
    ChoiceLists(Workbook workbook, int lastRow) {
        this.workbook = workbook;
        this.lastRow = lastRow;
    }

    void writeListsSheet(WorkbookStyles styles) {
        Sheet sheet = workbook.createSheet(SHEET);
        TableWriter table = new TableWriter(sheet, styles);
        table.header(java.util.Arrays.stream(Choice.values()).map(c -> c.title).toList());
        int longest = java.util.Arrays.stream(Choice.values()).mapToInt(c -> c.values.size()).max().orElse(0);
        for (int i = 0; i < longest; i++) {
            int row = i;
            table.row(java.util.Arrays.stream(Choice.values())
                    .map(c -> row < c.values.size() ? c.values.get(row) : null).toList(), List.of());
        }
        table.fitWidths();
        workbook.setSheetHidden(workbook.getSheetIndex(sheet), true);
    }

    /** Adds every drop-down of the contract sheets (which must exist, but for optional sheets left out). */
    void addDropDowns() {
        choice(ContractSheet.PROVIDERS, "kind", Choice.PROVIDER_KIND);
        reference(ContractSheet.SITES, "provider", ContractSheet.PROVIDERS);
        choice(ContractSheet.SITES, "sovereign", Choice.YES_NO);
        choice(ContractSheet.SITES, "geography", Choice.GEOGRAPHY);
        choice(ContractSheet.ACCELERATORS, "family", Choice.FAMILY);
        reference(ContractSheet.POOLS, "site", ContractSheet.SITES);
        reference(ContractSheet.POOLS, "accelerator", ContractSheet.ACCELERATORS);
        choice(ContractSheet.POOLS, "pricing", Choice.PRICING);
        reference(ContractSheet.DATASETS, "homeSite", ContractSheet.SITES);
        choice(ContractSheet.DATASETS, "mayLeaveProvider", Choice.YES_NO);
        choice(ContractSheet.WORKLOADS, "kind", Choice.WORKLOAD_KIND);
        choice(ContractSheet.WORKLOADS, "firstRefusal", Choice.YES_NO);
        choice(ContractSheet.WORKLOADS, "splittable", Choice.YES_NO);
        choice(ContractSheet.WORKLOADS, "userGeography", Choice.GEOGRAPHY);
        choice(ContractSheet.WORKLOADS, "requiresSovereign", Choice.YES_NO);
        reference(ContractSheet.OFFERS, "provider", ContractSheet.PROVIDERS);
        reference(ContractSheet.OFFERS, "site", ContractSheet.SITES);
        reference(ContractSheet.OFFERS, "accelerator", ContractSheet.ACCELERATORS);
        reference(ContractSheet.BUILD_OUTS, "site", ContractSheet.SITES);
        reference(ContractSheet.SPEND_TERMS, "provider", ContractSheet.PROVIDERS);
    }

    /** A drop-down on one Settings value cell. */
    void settingsChoice(int row, Choice choice) {
        add(ContractSheet.SETTINGS, row, row, 1, choice.range(), "Pick one of the list");
    }

    void settingsReference(int row, ContractSheet target) {
        add(ContractSheet.SETTINGS, row, row, 1, referenceRange(target), "Pick a name from the " + target.sheetName() + " sheet");
    }

    private void choice(ContractSheet sheet, String component, Choice choice) {
        add(sheet, 1, lastRow, sheet.writtenIndex(component), choice.range(),
                "Pick one of: " + String.join(", ", choice.options().subList(0, Math.min(8, choice.options().size())))
                        + (choice.options().size() > 8 ? ", …" : ""));
    }

    private void reference(ContractSheet sheet, String component, ContractSheet target) {
        add(sheet, 1, lastRow, sheet.writtenIndex(component), referenceRange(target),
                "Pick a name from the " + target.sheetName() + " sheet");
    }

    private String referenceRange(ContractSheet target) {
        return target.sheetName() + "!$A$2:$A$" + (lastRow + 1);
    }

    private void add(ContractSheet contract, int firstRow, int lastRow, int column, String formula, String error) {
        Sheet sheet = workbook.getSheet(contract.sheetName());
        if (sheet == null && contract.optional()) {
            return;
        }
        DataValidationHelper helper = sheet.getDataValidationHelper();
        DataValidationConstraint constraint = helper.createFormulaListConstraint(formula);
        DataValidation validation = helper.createValidation(constraint,
                new CellRangeAddressList(firstRow, lastRow, column, column));
        validation.setShowErrorBox(true);
        validation.setErrorStyle(DataValidation.ErrorStyle.STOP);
        validation.createErrorBox("Not in the list", error);
        sheet.addValidationData(validation);
    }
}
