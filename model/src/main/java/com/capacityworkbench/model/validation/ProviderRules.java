package com.capacityworkbench.model.validation;

import com.capacityworkbench.model.scenario.Provider;
import java.util.List;

/** Providers: egress prices are never negative. Ids are checked by the validator. */
final class ProviderRules {

    private ProviderRules() {
    }

    static void check(ValidationContext context) {
        List<Provider> providers = context.scenario().providers();
        Problems problems = context.problems();
        for (int i = 0; i < providers.size(); i++) {
            Provider provider = providers.get(i);
            String at = "providers[" + i + "].";
            problems.notNegative(at + "egressSameProviderPerGb", provider.egressSameProviderPerGb());
            problems.notNegative(at + "egressCrossCloudPerGb", provider.egressCrossCloudPerGb());
        }
    }
}
