package com.capacityworkbench.solver.score;

import com.capacityworkbench.solver.rules.HardRule;

/**
 * Constraint ids, as a planner names the rules. Hard rules use their {@link HardRule} label, the name a plan's
 * violations and explanations give them, so a rule has one name everywhere.
 */
public final class ConstraintIds {

    public static final String POOL_CAPACITY = HardRule.CAPACITY.label();
    public static final String SITE_POWER = HardRule.POWER.label();
    public static final String RESIDENCY = HardRule.RESIDENCY.label();
    public static final String SOVEREIGN_CLOUD = HardRule.SOVEREIGN_CLOUD.label();
    public static final String SOFTWARE_FAMILY = HardRule.SOFTWARE_FAMILY.label();
    public static final String MEMORY = HardRule.MEMORY.label();
    public static final String AVAILABILITY = HardRule.AVAILABILITY.label();
    public static final String DATA_STAGING = HardRule.DATA_STAGING.label();
    public static final String EXCLUDED_POOL = HardRule.EXCLUDED.label();
    public static final String OFFER_TERM = HardRule.OFFER_TERM.label();
    public static final String PURCHASE_BUDGET = HardRule.PURCHASE_BUDGET.label();

    public static final String UNPLACED_DEMAND = "Unplaced demand";
    public static final String FIRST_REFUSAL_STRICT = "First refusal (strict)";
    public static final String FIRST_REFUSAL_PREMIUM = "First refusal premium";
    public static final String COMPUTE_COST = "Compute cost";
    public static final String EGRESS_COST = "Egress cost";
    public static final String ENERGY_COST = "Energy cost";
    public static final String PORTING_COST = "Porting cost";
    public static final String CARBON_COST = "Carbon cost";
    public static final String UNUSED_COMMITMENT = "Unused commitment";
    public static final String BUILD_OUT_CAPEX = "Build-out capex";
    public static final String LATENCY = "Latency above target";
    public static final String PROVIDER_SHARE = "Provider share above maximum";

    private ConstraintIds() {
    }
}
