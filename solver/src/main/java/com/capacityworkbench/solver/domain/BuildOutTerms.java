package com.capacityworkbench.solver.domain;

/**
 * A build-out step of a self-built site as the score sees it: its capex (megawatts × capex per MW, whole dollars)
 * is paid once any pool it houses is used.
 */
public record BuildOutTerms(String buildOut, long capexUsd) {
}
