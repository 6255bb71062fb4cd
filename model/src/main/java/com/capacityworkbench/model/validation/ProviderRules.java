package com.capacityworkbench.model.validation;

import com.capacityworkbench.model.scenario.Provider;
import java.util.List;

/** Providers: egress prices and in-cloud link in range. Ids are checked by the validator. */
final class ProviderRules {

    private ProviderRules() {
    }

    static void check(ValidationContext context) {
        List<Provider> providers = context.scenario().providers();
        Problems problems = context.problems();
        for (int i = 0; i < providers.size(); i++) {
            Provider provider = providers.get(i);
            String at = "providers[" + i + "].";
            problems.inRange(at + "egressSameProviderPerGb", provider.egressSameProviderPerGb(), Figure.EGRESS_SAME_PROVIDER);
            problems.inRange(at + "egressCrossCloudPerGb", provider.egressCrossCloudPerGb(), Figure.EGRESS_CROSS_CLOUD);
            problems.inRange(at + "inCloudGbps", provider.inCloudGbps(), Figure.IN_CLOUD_LINK);
        }
    }
}
