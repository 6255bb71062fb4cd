package com.capacityworkbench.formats.excel;

/** What a numeric cell must hold; the description is the middle of the message "count must be …, got …". */
enum NumberRule {
    ANY("a number", false, Double.NEGATIVE_INFINITY, false),
    NON_NEGATIVE("a number ≥ 0", false, 0, false),
    POSITIVE("a number > 0", false, 0, true),
    WHOLE("a whole number", true, Double.NEGATIVE_INFINITY, false),
    WHOLE_NON_NEGATIVE("a whole number ≥ 0", true, 0, false),
    WHOLE_POSITIVE("a whole number ≥ 1", true, 1, false);

    private final String description;
    private final boolean whole;
    private final double min;
    private final boolean minExcluded;

    NumberRule(String description, boolean whole, double min, boolean minExcluded) {
        this.description = description;
        this.whole = whole;
        this.min = min;
        this.minExcluded = minExcluded;
    }

    String description() {
        return description;
    }

    boolean accepts(double value) {
        if (whole && (value != Math.rint(value) || Math.abs(value) > Integer.MAX_VALUE)) {
            return false;
        }
        return minExcluded ? value > min : value >= min;
    }
}
