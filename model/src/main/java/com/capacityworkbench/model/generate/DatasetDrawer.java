package com.capacityworkbench.model.generate;

import com.capacityworkbench.model.scenario.Dataset;
import com.capacityworkbench.model.scenario.Site;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/** Random datasets: most live in the primary cloud, EU data is often EU-only, a few may not leave their provider. */
final class DatasetDrawer {

    private final SplittableRandom random;
    private final List<Site> sites;
    private final List<Site> primarySites;

    DatasetDrawer(SplittableRandom random, List<Site> sites) {
        this.random = random;
        this.sites = sites;
        this.primarySites = sites.stream().filter(s -> s.provider().equals(GeneratorCatalog.PRIMARY)).toList();
    }

    List<Dataset> draw(int count) {
        List<Dataset> datasets = new ArrayList<>();
        int width = String.valueOf(count).length();
        for (int i = 1; i <= count; i++) {
            Site home = !primarySites.isEmpty() && random.nextDouble() < 0.6
                    ? primarySites.get(random.nextInt(primarySites.size()))
                    : sites.get(random.nextInt(sites.size()));
            double sizeTb = Math.max(1, Math.round(Math.exp(random.nextDouble() * Math.log(5_000))));
            Set<String> allowed = Set.of();
            if (home.jurisdiction().equals("EU") && random.nextDouble() < 0.5) {
                allowed = Set.of("EU");
            } else if (random.nextDouble() < 0.08) {
                allowed = Set.of(home.jurisdiction());
            }
            boolean mayLeave = random.nextDouble() >= 0.1;
            datasets.add(new Dataset(String.format("data-%0" + width + "d", i), sizeTb, home.id(), allowed, mayLeave));
        }
        return datasets;
    }
}
