package com.capacityworkbench.app.gui.purchases;

import static org.assertj.core.api.Assertions.assertThat;

import com.capacityworkbench.model.plan.OneLess;
import org.junit.jupiter.api.Test;

/** What a purchase is worth, in the Bought table's words. */
class PurchaseReadoutTest {

    @Test
    void aPurchaseWorthItsCostReadsAsItsFigures() {
        OneLess worth = new OneLess("offer az-h100-1y", "2 blocks instead of 3", 310e6, 0, 1);

        assertThat(worth.looksBetterWithout()).isFalse();
        assertThat(PurchaseReadout.worth(worth)).isEqualTo("2 blocks instead of 3: cost +$310.0M, unplaced +0 ref. accel., off primary +1");
    }

    @Test
    void aReSolveThatLooksBetterSaysWhyItIsNotTheAnswer() {
        // Cheaper, placing as much, no more off the primary: the answer would have taken it had the score ranked it
        // higher, so it ranks lower on what these figures leave out.
        OneLess worth = new OneLess("step abilene-3", "without it", -22e6, 0, 0);

        assertThat(worth.looksBetterWithout()).isTrue();
        assertThat(PurchaseReadout.worth(worth)).isEqualTo("without it: cost −$22.0M, unplaced +0 ref. accel., off primary +0"
                + " — cheaper without, but ranked lower on a level above cost (unplaced demand by priority, "
                + "first-refusal hours or a rule)");
    }
}
