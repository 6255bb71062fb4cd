package com.capacityworkbench.model.variant;

/**
 * A change that no longer applies to the current base (its pool was deleted, ...): flagged, kept in the
 * variant so the planner can fix or delete it.
 *
 * @param index 0-based position of the change in its variant
 */
public record StaleChange(String variant, int index, String change, String reason) {

    @Override
    public String toString() {
        return "Variant " + variant + ", change " + (index + 1) + " (" + change + "): " + reason;
    }
}
