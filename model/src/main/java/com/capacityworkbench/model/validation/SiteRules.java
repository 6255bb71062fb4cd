package com.capacityworkbench.model.validation;

import com.capacityworkbench.model.scenario.Geography;
import com.capacityworkbench.model.scenario.Period;
import com.capacityworkbench.model.scenario.Site;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Sites: a known provider and geography, a jurisdiction, physical figures in range, power caps on the horizon. */
final class SiteRules {

    private SiteRules() {
    }

    static void check(ValidationContext context) {
        List<Site> sites = context.scenario().sites();
        Problems problems = context.problems();
        for (int i = 0; i < sites.size(); i++) {
            Site site = sites.get(i);
            String at = "sites[" + i + "].";
            problems.reference(at + "provider", site.provider(), "provider", context.index().providers().keySet());
            problems.notBlank(at + "country", site.country());
            problems.notBlank(at + "jurisdiction", site.jurisdiction());
            if (site.powerCapMw() != null) {
                problems.inRange(at + "powerCapMw", site.powerCapMw(), Figure.POWER_CAP);
            }
            for (Map.Entry<Period, Double> cap : site.powerCapByPeriod().entrySet()) {
                String capAt = at + "powerCapByPeriod[" + cap.getKey() + "]";
                problems.onHorizon(capAt, cap.getKey(), context.horizon());
                if (cap.getValue() == null) {
                    problems.add(capAt, "missing");
                } else {
                    problems.inRange(capAt, cap.getValue(), Figure.POWER_CAP_BY_PERIOD);
                }
            }
            problems.inRange(at + "pue", site.pue(), Figure.PUE);
            problems.inRange(at + "carbonGPerKwh", site.carbonGPerKwh(), Figure.CARBON_INTENSITY);
            problems.inRange(at + "energyPricePerMwh", site.energyPricePerMwh(), Figure.ENERGY_PRICE);
            geography(at + "geography", site.geography(), problems);
            problems.inRange(at + "linkGbps", site.linkGbps(), Figure.LINK);
        }
    }

    /** Shared with workloads' user geography: an id from the {@link Geography} catalog. */
    static void geography(String path, String id, Problems problems) {
        if (id == null) {
            return;
        }
        if (Geography.find(id).isEmpty()) {
            problems.add(path, "unknown geography \"" + id + "\"; known: "
                    + Geography.all().stream().map(Geography::id).sorted().collect(Collectors.joining(", ")));
        }
    }
}
