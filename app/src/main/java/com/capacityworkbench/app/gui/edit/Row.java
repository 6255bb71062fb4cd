package com.capacityworkbench.app.gui.edit;

/** One row of a concept table: the record and its 0-based position in the scenario's list. */
public record Row<T extends Record>(int index, T value) {
}
