package com.capacityworkbench.app.gui.plan.explain;

import com.capacityworkbench.model.plan.Shortfall;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The change a shortfall's variant makes, in words: "+24,912 gb200 on lab-abilene-gb200 and +61.2 MW at abilene". */
final class ShortfallText {

    private ShortfallText() {
    }

    static String of(Shortfall s) {
        List<String> parts = new ArrayList<>();
        if (s.accelerators() > 0) {
            parts.add(String.format(Locale.US, "+%,d %s on %s", s.accelerators(), s.accelerator(), s.pool()));
        }
        if (s.mw() > 0) {
            parts.add(String.format(Locale.US, "+%.1f MW power cap at %s", Math.ceil(s.mw() * 10) / 10, s.site()));
        }
        return String.join(" and ", parts);
    }
}
