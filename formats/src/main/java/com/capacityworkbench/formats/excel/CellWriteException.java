package com.capacityworkbench.formats.excel;

/** A cell that could not be written, named as {@code Sheet!Cell (Column header)}, with what went wrong. */
final class CellWriteException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    CellWriteException(String where, RuntimeException cause) {
        super(where + ": " + describe(cause), cause);
    }

    private static String describe(RuntimeException e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }
}
