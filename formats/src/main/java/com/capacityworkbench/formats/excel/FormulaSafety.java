package com.capacityworkbench.formats.excel;

/**
 * Text from a user never becomes a formula in an exported workbook. The writers store all text as
 * text cells (POI never turns a string into a formula); text that Excel or LibreOffice would read as
 * a formula if the user re-typed it gets the quote-prefix ("'") flag as well.
 */
final class FormulaSafety {

    private FormulaSafety() {
    }

    static boolean looksLikeFormula(String text) {
        if (text.isEmpty()) {
            return false;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@';
    }
}
