package com.capacityworkbench.model.scenario;

import org.jspecify.annotations.Nullable;

/**
 * A provider's contract: a take-or-pay minimum spend over a range of periods and an optional cap on payments.
 *
 * @param minimumUsd paid over the range whether spent or not
 * @param maximumUsd the most that may be paid over the range; null for no cap
 */
public record SpendTerm(String id, String provider, Period from, Period to, double minimumUsd,
        @Nullable Double maximumUsd) {
}
