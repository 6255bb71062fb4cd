package com.capacityworkbench.model.scenario;

/**
 * Capacity that can be bought: blocks of one accelerator type at one site, committed for a term (take-or-pay).
 *
 * @param provider          whose offer it is: the site's provider
 * @param blockSize         accelerators per block
 * @param minBlocks         the fewest blocks a purchase may take
 * @param maxBlocks         the most blocks on offer
 * @param earliestStart     the first period the capacity can run
 * @param leadTimePeriods   periods from the horizon's start (the decision) until the capacity can run
 * @param termPeriods       periods one purchase pays for, used or not
 * @param pricePerAccelHour committed price, $ per accelerator-hour
 * @param upfrontUsd        paid once when the offer is taken
 */
public record Offer(String id, String provider, String site, String accelerator, int blockSize, int minBlocks,
        int maxBlocks, Period earliestStart, int leadTimePeriods, int termPeriods, double pricePerAccelHour,
        double upfrontUsd) {

    /** The first period the capacity can run: the later of its earliest start and the horizon's start plus the lead time. */
    public Period firstStart(Horizon horizon) {
        Period afterLead = horizon.first().plus(leadTimePeriods);
        return afterLead.isAfter(earliestStart) ? afterLead : earliestStart;
    }

    /** Capacity if every block is taken. */
    public int maxAccelerators() {
        return (int) Math.min(Integer.MAX_VALUE, (long) maxBlocks * blockSize);
    }
}
