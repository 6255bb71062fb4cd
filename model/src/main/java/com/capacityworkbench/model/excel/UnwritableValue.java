package com.capacityworkbench.model.excel;

/** A value the workbook cannot hold as the contract writes it, named by its cell; the save stops, the file unchanged. */
final class UnwritableValue extends RuntimeException {

    UnwritableValue(String message) {
        super(message);
    }
}
