package com.capacityworkbench.model.scenario;

/**
 * A kind of accelerator. Throughput factors are relative to the reference accelerator (H100 = 1.0):
 * a workload demanding 1,000 reference accelerators needs ceil(1000 / factor) of this type.
 */
public record AcceleratorType(
        String id,
        String vendor,
        SoftwareFamily family,
        double memoryGb,
        double tdpW,
        double trainingFactor,
        double inferenceFactor,
        double servingLatencyMs) {

    /** The throughput factor that applies to a workload of this kind. */
    public double factorFor(WorkloadKind kind) {
        return kind.isInference() ? inferenceFactor : trainingFactor;
    }
}
