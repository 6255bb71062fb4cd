package com.capacityworkbench.model.validation;

import com.capacityworkbench.model.scenario.Dataset;
import com.capacityworkbench.model.scenario.Site;
import java.util.List;

/**
 * Datasets: a size in range, a known home site, and a home site the dataset's own residency allows.
 * A jurisdiction in allowedJurisdictions that no site of the scenario has is not a problem: the list
 * states where the data may go (a legal fact about the data), not where this scenario has sites.
 */
final class DatasetRules {

    private DatasetRules() {
    }

    static void check(ValidationContext context) {
        List<Dataset> datasets = context.scenario().datasets();
        Problems problems = context.problems();
        for (int i = 0; i < datasets.size(); i++) {
            Dataset dataset = datasets.get(i);
            String at = "datasets[" + i + "].";
            problems.inRange(at + "sizeTb", dataset.sizeTb(), Figure.SIZE);
            problems.reference(at + "homeSite", dataset.homeSite(), "site", context.index().sites().keySet());
            if (dataset.allowedJurisdictions().stream().anyMatch(String::isBlank)) {
                problems.add(at + "allowedJurisdictions", "contains a blank jurisdiction");
            }
            Site home = context.index().findSite(dataset.homeSite()).orElse(null);
            if (home != null && home.jurisdiction() != null && !home.jurisdiction().isBlank()
                    && !dataset.mayStayIn(home.jurisdiction())) {
                problems.add(at + "allowedJurisdictions", "the home site " + home.id() + " is in "
                        + home.jurisdiction() + ", which the list does not allow");
            }
        }
    }
}
