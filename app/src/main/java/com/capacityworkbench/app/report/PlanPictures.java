package com.capacityworkbench.app.report;

/**
 * The two charts PowerPoint has no native type for, as PNG images: the flow diagram (workload kinds → providers →
 * sites) and the world map. Drawn by the GUI's own charts, off-screen.
 */
public record PlanPictures(byte[] flowPng, byte[] mapPng) {

    public PlanPictures {
        flowPng = flowPng.clone();
        mapPng = mapPng.clone();
    }
}
