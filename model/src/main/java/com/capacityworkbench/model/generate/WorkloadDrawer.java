package com.capacityworkbench.model.generate;

import com.capacityworkbench.model.scenario.Dataset;
import com.capacityworkbench.model.scenario.Period;
import com.capacityworkbench.model.scenario.Site;
import com.capacityworkbench.model.scenario.SoftwareFamily;
import com.capacityworkbench.model.scenario.Workload;
import com.capacityworkbench.model.scenario.WorkloadKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Random workloads in a realistic mix: a few large training runs, many fine-tunes, batch jobs and
 * inference services. Demand is drawn first as a relative size and then scaled so that the average
 * period's demand meets the target load.
 */
final class WorkloadDrawer {

    private static final List<Set<SoftwareFamily>> FAMILY_PATTERNS = List.of(
            Set.of(SoftwareFamily.CUDA), Set.of(SoftwareFamily.CUDA), Set.of(SoftwareFamily.CUDA),
            Set.of(SoftwareFamily.CUDA), Set.of(SoftwareFamily.CUDA), Set.of(SoftwareFamily.CUDA),
            Set.of(SoftwareFamily.CUDA, SoftwareFamily.ROCM), Set.of(SoftwareFamily.CUDA, SoftwareFamily.ROCM),
            Set.of(SoftwareFamily.XLA), Set.of(SoftwareFamily.NEURON),
            Set.of(SoftwareFamily.CUDA, SoftwareFamily.XLA, SoftwareFamily.NEURON), Set.of());
    private static final double[] LATENCY_TARGETS = {60, 80, 100, 150, 200, 400};
    private static final double[] STAGING_DAYS = {7, 14, 21, 30};

    private final SplittableRandom random;
    private final List<Period> periods;
    private final List<Site> sites;
    private final List<Dataset> datasets;
    private final Set<SoftwareFamily> familiesOnOffer;

    /** A workload before its demand is scaled. */
    private record Draft(String id, WorkloadKind kind, double size, int from, int to, int priority,
                         Set<SoftwareFamily> families, double minMemoryGb, List<String> datasets, boolean firstRefusal,
                         boolean splittable, int maxShards, Double latencyTargetMs, String userGeography,
                         Double stagingLeadTimeDays, boolean porting) {
    }

    WorkloadDrawer(SplittableRandom random, List<Period> periods, List<Site> sites, List<Dataset> datasets,
                   Set<SoftwareFamily> familiesOnOffer) {
        this.random = random;
        this.periods = periods;
        this.sites = sites;
        this.datasets = datasets;
        this.familiesOnOffer = familiesOnOffer;
    }

    /**
     * @param capacity          reference accelerators available in each period of the horizon
     * @param load              the share of capacity the workloads should ask for, period by period
     * @param largestGangDemand the most a non-splittable workload may ask for (it must fit one pool)
     */
    List<Workload> draw(int count, double[] capacity, double load, double largestGangDemand) {
        List<Draft> drafts = new ArrayList<>();
        int width = String.valueOf(count).length();
        for (int i = 1; i <= count; i++) {
            drafts.add(draft(i, width));
        }
        double[] scale = scales(drafts, capacity, load);
        List<Workload> workloads = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            workloads.add(finish(drafts.get(i), scale[i], largestGangDemand));
        }
        return workloads;
    }

    /**
     * One scale per workload so that every period asks for about {@code load} of its capacity: capacity
     * grows with build-out ramps, so work in later periods is scaled up. Three rounds of correction suffice.
     */
    private double[] scales(List<Draft> drafts, double[] capacity, double load) {
        double[] scale = new double[drafts.size()];
        Arrays.fill(scale, 1.0);
        for (int round = 0; round < 3; round++) {
            double[] demand = new double[capacity.length];
            for (int i = 0; i < drafts.size(); i++) {
                Draft d = drafts.get(i);
                for (int p = d.from(); p <= d.to(); p++) {
                    demand[p] += d.size() * scale[i];
                }
            }
            for (int i = 0; i < drafts.size(); i++) {
                Draft d = drafts.get(i);
                double ratio = 0;
                for (int p = d.from(); p <= d.to(); p++) {
                    ratio += demand[p] / Math.max(1, capacity[p]);
                }
                scale[i] *= load / (ratio / (d.to() - d.from() + 1));
            }
        }
        return scale;
    }

    private Draft draft(int index, int width) {
        WorkloadKind kind = kind();
        String prefix = switch (kind) {
            case TRAINING -> "train";
            case FINE_TUNE -> "ft";
            case RL -> "rl";
            case BATCH -> "batch";
            case INFERENCE -> "serve";
        };
        int length = Math.min(periods.size(), switch (kind) {
            case TRAINING -> 2 + random.nextInt(3);
            case FINE_TUNE, BATCH -> 1 + random.nextInt(2);
            case RL -> 1 + random.nextInt(3);
            case INFERENCE -> Math.max(1, periods.size() / 2 + random.nextInt(periods.size() / 2 + 1));
        });
        int from = random.nextInt(periods.size() - length + 1);
        double typical = switch (kind) {
            case TRAINING -> 20_000;
            case RL -> 8_000;
            case INFERENCE -> 3_000;
            case FINE_TUNE -> 1_500;
            case BATCH -> 1_000;
        };
        double size = typical * Math.exp(0.8 * random.nextGaussian());
        boolean inference = kind == WorkloadKind.INFERENCE;
        boolean splittable = inference || (kind == WorkloadKind.BATCH && random.nextBoolean());
        Site userSite = sites.get(random.nextInt(sites.size()));
        return new Draft(String.format("%s-%0" + width + "d", prefix, index), kind, size, from, from + length - 1,
                priority(kind), families(), minMemory(kind), datasetsFor(kind),
                random.nextDouble() < (kind == WorkloadKind.BATCH ? 0.2 : 0.6),
                splittable, splittable ? 2 + random.nextInt(7) : 1,
                inference ? LATENCY_TARGETS[random.nextInt(LATENCY_TARGETS.length)] : null,
                inference ? userSite.geography() : null,
                random.nextBoolean() ? STAGING_DAYS[random.nextInt(STAGING_DAYS.length)] : null,
                random.nextDouble() < 0.08);
    }

    private Workload finish(Draft d, double scale, double largestGangDemand) {
        double demand = Math.max(1, Math.round(d.size() * scale));
        if (!d.splittable()) {
            demand = Math.max(1, Math.min(demand, Math.floor(largestGangDemand * 0.5)));
        }
        int maxShards = d.splittable() ? (int) Math.max(1, Math.min(d.maxShards(), demand)) : 1;
        Double portingCost = d.porting() ? Math.round(demand * 200) * 1.0 : null;
        return new Workload(d.id(), d.kind(), demand, periods.get(d.from()), periods.get(d.to()), d.priority(),
                d.families(), d.minMemoryGb(), d.datasets(), d.firstRefusal(), d.splittable(), maxShards,
                d.latencyTargetMs(), d.userGeography(), d.stagingLeadTimeDays(), portingCost, false);
    }

    private WorkloadKind kind() {
        double u = random.nextDouble();
        if (u < 0.12) {
            return WorkloadKind.TRAINING;
        } else if (u < 0.32) {
            return WorkloadKind.FINE_TUNE;
        } else if (u < 0.42) {
            return WorkloadKind.RL;
        } else if (u < 0.62) {
            return WorkloadKind.BATCH;
        }
        return WorkloadKind.INFERENCE;
    }

    private int priority(WorkloadKind kind) {
        return switch (kind) {
            case TRAINING -> 5 + random.nextInt(6);
            case INFERENCE -> 6 + random.nextInt(5);
            case RL -> 4 + random.nextInt(6);
            case FINE_TUNE -> 3 + random.nextInt(6);
            case BATCH -> 1 + random.nextInt(5);
        };
    }

    /** A pattern cut down to the families some pool offers; empty (any family) when nothing is left. */
    private Set<SoftwareFamily> families() {
        Set<SoftwareFamily> families = EnumSet.noneOf(SoftwareFamily.class);
        families.addAll(FAMILY_PATTERNS.get(random.nextInt(FAMILY_PATTERNS.size())));
        families.retainAll(familiesOnOffer);
        return families;
    }

    private double minMemory(WorkloadKind kind) {
        double u = random.nextDouble();
        return switch (kind) {
            case TRAINING, RL -> u < 0.25 ? 141 : 80;
            case FINE_TUNE -> 80;
            case BATCH -> u < 0.5 ? 0 : 80;
            case INFERENCE -> u < 0.2 ? 32 : 80;
        };
    }

    private List<String> datasetsFor(WorkloadKind kind) {
        int wanted = switch (kind) {
            case TRAINING -> 1 + random.nextInt(3);
            case RL -> 1 + random.nextInt(2);
            case FINE_TUNE -> 1;
            case BATCH -> random.nextInt(3);
            case INFERENCE -> random.nextInt(2);
        };
        Set<String> chosen = new LinkedHashSet<>();
        for (int i = 0; i < wanted; i++) {
            chosen.add(datasets.get(random.nextInt(datasets.size())).id());
        }
        return List.copyOf(chosen);
    }
}
