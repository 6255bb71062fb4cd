package com.capacityworkbench.model.plan;

/**
 * How committed spend relates to a plan's total cost, said one way in the window, on the command line and in the
 * workbook. A planner who sees "total cost" beside "idle committed" must neither add them up nor read the idle figure
 * as money the plan could still save: committed and self-built capacity is paid whether it is used or not.
 */
public final class CommittedSpend {

    /** Beside the total cost. */
    public static final String TOTAL_COST = "What this plan adds to what is already paid for: on-demand "
            + "accelerator-hours, data egress, energy at self-built sites, porting and the carbon price. Committed and "
            + "self-built capacity is paid whether it is used or not, so work placed on it adds no compute cost and "
            + "the total leaves that spend out.";

    /** Beside the idle committed capacity. */
    public static final String IDLE = "Committed and self-built capacity paid for and left unused (idle accelerators "
            + "× hours × price): money already spent, not part of the total cost. Work moved onto it costs no more "
            + "compute.";

    /** One line for a summary that shows both figures. */
    public static final String LINE = "Committed and self-built capacity is paid whether used or not: the total cost "
            + "leaves it out, and idle committed is the part of it left unused.";

    private CommittedSpend() {
    }
}
