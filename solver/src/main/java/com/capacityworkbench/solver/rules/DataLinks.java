package com.capacityworkbench.solver.rules;

import com.capacityworkbench.model.scenario.Dataset;
import com.capacityworkbench.model.scenario.FieldDefaults;
import com.capacityworkbench.model.scenario.Provider;
import com.capacityworkbench.model.scenario.ProviderKind;
import com.capacityworkbench.model.scenario.Site;
import org.jspecify.annotations.Nullable;

/**
 * How fast and at what price data moves between two sites.
 *
 * <p>Bandwidth: within one site the data is already there; between two regions of one cloud the
 * provider's own backbone carries it ({@link Provider#inCloudGbps()}), never slower than the two sites' links
 * to other providers (the design: cross-cloud links are far slower than in-cloud fabrics); anything else
 * (cross-cloud, or between a lab's own campuses) goes over the slower of the two sites' external links.
 * Datasets are staged one after another (a conservative estimate), at nominal link speed.
 *
 * <p>Price: the home site's provider bills every GB leaving it: nothing within one site, its
 * same-provider rate to another region of its own, its cross-cloud rate to anyone else.
 */
public final class DataLinks {

    private static final double GBIT_PER_TB = 8000.0;
    private static final double GB_PER_TB = 1000.0;
    private static final double SECONDS_PER_DAY = 86400.0;

    private DataLinks() {
    }

    /** Gbps between two sites; infinite within one site, 0 when a site has no external link. */
    public static double gbpsBetween(Site from, Site to, @Nullable Provider fromProvider) {
        if (from.id().equals(to.id())) {
            return Double.POSITIVE_INFINITY;
        }
        double external = Math.min(from.linkGbps(), to.linkGbps());
        boolean sameCloud = from.provider().equals(to.provider())
                && (fromProvider == null || fromProvider.kind() != ProviderKind.SELF_BUILT);
        if (!sameCloud) {
            return external;
        }
        double backbone = fromProvider == null ? FieldDefaults.IN_CLOUD_GBPS : fromProvider.inCloudGbps();
        return Math.max(backbone, external);
    }

    /** Days to copy {@code sizeTb} terabytes over a link of {@code gbps}. */
    public static double stagingDays(double sizeTb, double gbps) {
        if (sizeTb <= 0 || Double.isInfinite(gbps)) {
            return 0;
        }
        if (gbps <= 0) {
            return Double.POSITIVE_INFINITY;
        }
        return sizeTb * GBIT_PER_TB / gbps / SECONDS_PER_DAY;
    }

    /** The egress charge of moving a dataset to a destination site, or null when it stays on its site. */
    public static @Nullable EgressCharge egress(Dataset dataset, Site home, @Nullable Provider homeProvider, Site destination) {
        if (home.id().equals(destination.id())) {
            return null;
        }
        boolean sameProvider = home.provider().equals(destination.provider());
        double perGb = homeProvider == null ? 0
                : sameProvider ? homeProvider.egressSameProviderPerGb() : homeProvider.egressCrossCloudPerGb();
        return new EgressCharge(dataset.id(), destination.id(), home.provider(),
                sameProvider ? "same provider" : "cross-cloud", dataset.sizeTb() * GB_PER_TB * perGb);
    }
}
