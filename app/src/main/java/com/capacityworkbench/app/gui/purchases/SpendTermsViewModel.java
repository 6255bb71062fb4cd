package com.capacityworkbench.app.gui.purchases;

import com.capacityworkbench.app.gui.document.PurchaseList;
import com.capacityworkbench.app.gui.document.ScenarioDocument;
import com.capacityworkbench.app.gui.edit.EntityColumn;
import com.capacityworkbench.app.gui.edit.ScenarioChoices;
import com.capacityworkbench.formats.excel.ContractHeaders;
import com.capacityworkbench.model.scenario.Scenario;
import com.capacityworkbench.model.scenario.SpendTerm;
import java.util.List;

/** The Spend terms table: the providers' minimum spends and caps on payments. */
public final class SpendTermsViewModel extends PurchaseTableViewModel<SpendTerm> {

    private static final ContractHeaders SHEET = ContractHeaders.of(PurchaseList.SPEND_TERMS.collection());
    private static final List<EntityColumn> COLUMNS = List.of(
            EntityColumn.of(SHEET, "id", 190),
            EntityColumn.of(SHEET, "provider", ScenarioChoices::providers),
            EntityColumn.of(SHEET, "from"),
            EntityColumn.of(SHEET, "to"),
            EntityColumn.of(SHEET, "minimumUsd"),
            EntityColumn.of(SHEET, "maximumUsd"));

    public SpendTermsViewModel(ScenarioDocument document) {
        super(document, PurchaseList.SPEND_TERMS);
    }

    @Override
    public List<EntityColumn> columns() {
        return COLUMNS;
    }

    @Override
    public String singular() {
        return "spend term";
    }

    /** The primary's (else the first provider's) term over the whole horizon, with no minimum and no cap yet. */
    @Override
    protected SpendTerm blank(Scenario scenario, String id) {
        String primary = scenario.policies().primaryProvider();
        String provider = primary != null ? primary
                : scenario.providers().isEmpty() ? "" : scenario.providers().getFirst().id();
        return new SpendTerm(id, provider, scenario.horizon().first(), scenario.horizon().last(), 0, null);
    }
}
