package com.capacityworkbench.app.gui.quality;

import com.capacityworkbench.app.quality.LevelFormat;
import com.capacityworkbench.model.plan.LevelQuality;
import java.util.List;

/**
 * One level of a plan's quality as the screens show it, already in words: "Cost", "$4.98B",
 * "within 0.4 % of its bound", "last improved at 12 s". View-models make the rows; views only lay them out.
 *
 * @param proven the value is optimal (the status is drawn as settled)
 */
public record LevelRow(String level, String value, String status, String improvement, boolean proven) {

    public static LevelRow of(LevelQuality quality) {
        return new LevelRow(quality.level().label(), LevelFormat.value(quality), quality.status(), quality.improvement(),
                quality.optimal());
    }

    public static List<LevelRow> of(List<LevelQuality> levels) {
        return levels.stream().map(LevelRow::of).toList();
    }
}
