package com.capacityworkbench.app.gui.purchases;

import java.util.function.Predicate;

/** The purchases a click on the timeline narrows the list to, and how the screen says so. */
public record PurchaseFilter(String description, Predicate<PurchaseRow> test) {
}
