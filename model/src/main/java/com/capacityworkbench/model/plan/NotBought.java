package com.capacityworkbench.model.plan;

/**
 * An offer or build-out step a plan does not buy, and why, in the planner's words.
 *
 * @param kind "offer" or "build-out"
 */
public record NotBought(String id, String kind, String reason) {
}
