package com.capacityworkbench.model.scenario;

import org.jspecify.annotations.Nullable;

/**
 * A provider's contract: a take-or-pay minimum spend over the periods {@code from} to {@code to} (both included)
 * and an optional cap on what is paid in them.
 *
 * @param minimumUsd $ owed over the range whether the capacity is used or not (a shortfall is still paid)
 * @param maximumUsd the most $ that may be paid over the range; null for no cap
 */
public record SpendTerm(
        String id,
        String provider,
        Period from,
        Period to,
        double minimumUsd,
        @Nullable Double maximumUsd) {
}
