package com.capacityworkbench.model.scenario;

/**
 * Capacity that can be bought: blocks of one accelerator type at one site, committed for a term (take-or-pay:
 * a block taken is paid for every hour of its term whether it is used or not).
 *
 * @param provider          the provider selling it; the same as the site's provider
 * @param blockSize         accelerators in one block
 * @param minBlocks         blocks that must be taken if the offer is taken at all (0 for no minimum)
 * @param maxBlocks         the most blocks the provider will sell
 * @param earliestStart     the first period the provider can deliver
 * @param leadTimePeriods   periods between signing (the horizon's first period) and delivery
 * @param termPeriods       periods a block is committed (and paid) for once it starts
 * @param pricePerAccelHour committed price in $ per accelerator-hour
 * @param upfrontUsd        one-off payment in $ when the offer is taken
 */
public record Offer(
        String id,
        String provider,
        String site,
        String accelerator,
        int blockSize,
        int minBlocks,
        int maxBlocks,
        Period earliestStart,
        int leadTimePeriods,
        int termPeriods,
        double pricePerAccelHour,
        double upfrontUsd) {

    /** The first period the capacity can start: the later of its earliest start and the lead time from signing. */
    public Period firstStart(Horizon horizon) {
        Period afterLeadTime = horizon.first().plus(leadTimePeriods);
        return afterLeadTime.isAfter(earliestStart) ? afterLeadTime : earliestStart;
    }

    /** Accelerators if every block is taken. */
    public int maxAccelerators() {
        return maxBlocks * blockSize;
    }
}
