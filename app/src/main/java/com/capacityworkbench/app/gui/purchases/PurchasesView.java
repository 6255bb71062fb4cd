package com.capacityworkbench.app.gui.purchases;

import com.capacityworkbench.app.gui.edit.EntityTableViewModel;
import com.capacityworkbench.app.gui.service.DialogService;
import com.capacityworkbench.app.gui.table.EntityTableView;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

/**
 * What may be bought and what to buy, in one navigator section: the Offers, Build-outs and Spend terms tables as tabs
 * (so that the navigator still fits a 1024 × 700 window), then the answer, What to buy.
 */
public final class PurchasesView extends TabPane {

    private final List<EntityTableView<?>> tables;

    public PurchasesView(List<PurchaseTableViewModel<?>> viewModels, WhatToBuyViewModel whatToBuy,
            DialogService dialogs) {
        setId("purchases");
        setTabClosingPolicy(TabClosingPolicy.UNAVAILABLE);
        tables = viewModels.stream().<EntityTableView<?>>map(vm -> table(vm, vm.title(), dialogs)).toList();
        for (int i = 0; i < viewModels.size(); i++) {
            String title = viewModels.get(i).title();
            Tab tab = new Tab(title, tables.get(i));
            tab.setId("tab-" + title.toLowerCase(Locale.ROOT).replace(' ', '-'));
            getTabs().add(tab);
        }
        Tab answer = new Tab("What to buy", new WhatToBuyView(whatToBuy, dialogs));
        answer.setId("tab-what-to-buy");
        getTabs().add(answer);
    }

    /** Shows the tab of a problem's list and selects its cell. */
    public void reveal(String collection, int index, String field) {
        for (int i = 0; i < tables.size(); i++) {
            if (tables.get(i).collection().equals(collection)) {
                getSelectionModel().select(i);
                if (index >= 0) {
                    tables.get(i).reveal(index, field);
                }
                return;
            }
        }
    }

    private static <T extends Record> EntityTableView<T> table(EntityTableViewModel<T> vm, String title,
            DialogService dialogs) {
        return new EntityTableView<>(vm, dialogs, title);
    }
}
