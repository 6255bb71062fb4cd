package com.capacityworkbench.model.generate;

import com.capacityworkbench.model.scenario.AcceleratorType;
import com.capacityworkbench.model.scenario.Provider;
import com.capacityworkbench.model.scenario.ProviderKind;
import com.capacityworkbench.model.scenario.Site;
import com.capacityworkbench.model.scenario.SoftwareFamily;
import java.util.List;
import java.util.Map;

/**
 * The real-world parts generated scenarios are drawn from: providers, cloud regions and campuses, accelerator
 * types, which provider sells which type, and list prices. Figures follow the project's reference data
 * (accelerators.csv, cloud_prices.csv, egress.csv, regions.csv, power.md); inference factors, serving
 * latencies, TPU/Trainium TDPs, committed and self-built prices are estimates, as in the samples.
 */
final class GeneratorCatalog {

    static final String PRIMARY = "azure";
    static final String SELF_BUILT = "lab";

    static final List<Provider> PROVIDERS = List.of(
            new Provider("azure", ProviderKind.CLOUD, 0.02, 0.087, "Primary cloud."),
            new Provider("aws", ProviderKind.CLOUD, 0.02, 0.09, null),
            new Provider("google-cloud", ProviderKind.CLOUD, 0.02, 0.12, null),
            new Provider("oracle", ProviderKind.CLOUD, 0.0085, 0.0085, null),
            new Provider("coreweave", ProviderKind.NEOCLOUD, 0.0, 0.02, "Egress is an estimate."),
            new Provider("lab", ProviderKind.SELF_BUILT, 0.0, 0.005, "Self-built campuses."));

    static final List<AcceleratorType> ACCELERATORS = List.of(
            new AcceleratorType("h100", "NVIDIA", SoftwareFamily.CUDA, 80, 700, 1.0, 1.0, 35),
            new AcceleratorType("h200", "NVIDIA", SoftwareFamily.CUDA, 141, 700, 1.1, 1.4, 30),
            new AcceleratorType("b200", "NVIDIA", SoftwareFamily.CUDA, 180, 1000, 2.27, 2.5, 22),
            new AcceleratorType("gb200", "NVIDIA", SoftwareFamily.CUDA, 186, 1200, 2.53, 3.0, 20),
            new AcceleratorType("mi300x", "AMD", SoftwareFamily.ROCM, 192, 750, 1.1, 1.3, 35),
            new AcceleratorType("mi355x", "AMD", SoftwareFamily.ROCM, 288, 1400, 2.2, 2.6, 24),
            new AcceleratorType("tpu-v5p", "Google", SoftwareFamily.XLA, 95, 450, 0.46, 0.45, 40),
            new AcceleratorType("tpu-v6e", "Google", SoftwareFamily.XLA, 32, 300, 0.93, 0.9, 30),
            new AcceleratorType("trn2", "AWS", SoftwareFamily.NEURON, 96, 500, 0.67, 0.6, 38));

    /** What each provider sells (or builds). */
    static final Map<String, List<String>> OFFERS = Map.of(
            "azure", List.of("h100", "h200", "gb200", "mi300x"),
            "aws", List.of("h100", "h200", "b200", "trn2"),
            "google-cloud", List.of("h100", "h200", "tpu-v5p", "tpu-v6e"),
            "oracle", List.of("h100", "h200", "b200"),
            "coreweave", List.of("h100", "h200", "gb200"),
            "lab", List.of("gb200", "mi355x", "b200"));

    /** On-demand $ per accelerator-hour (list prices where refdata has one); committed is about 45 % less. */
    static final Map<String, Double> ON_DEMAND_PRICE = Map.of(
            "h100", 9.0, "h200", 9.5, "b200", 14.5, "gb200", 10.5, "mi300x", 6.0,
            "mi355x", 8.0, "tpu-v5p", 4.2, "tpu-v6e", 2.7, "trn2", 3.2);

    /** Amortised capex and facility, $ per accelerator-hour, for self-built pools (estimates). */
    static final Map<String, Double> SELF_BUILT_PRICE = Map.of("gb200", 3.1, "mi355x", 2.4, "b200", 2.8);

    /** Regions and campuses; energy prices only matter at self-built sites. */
    static final List<Site> SITES = List.of(
            site("azure-eastus", "azure", "United States", "US", "us-east", 1.18, 343, 800),
            site("azure-southcentralus", "azure", "United States", "US", "us-south", 1.18, 299, 800),
            site("azure-westus3", "azure", "United States", "US", "us-southwest", 1.18, 350, 800),
            site("azure-swedencentral", "azure", "Sweden", "EU", "eu-north", 1.18, 19, 400),
            site("azure-westeurope", "azure", "Netherlands", "EU", "eu-netherlands", 1.18, 194, 400),
            site("azure-uksouth", "azure", "United Kingdom", "UK", "uk", 1.18, 109, 200),
            site("azure-japaneast", "azure", "Japan", "JP", "jp-east", 1.18, 449, 200),
            site("azure-centralindia", "azure", "India", "IN", "in-west", 1.18, 598, 200),
            site("aws-us-east-1", "aws", "United States", "US", "us-east", 1.15, 343, 800),
            site("aws-us-east-2", "aws", "United States", "US", "us-midwest", 1.15, 343, 800),
            site("aws-us-west-2", "aws", "United States", "US", "us-west", 1.15, 98, 400),
            site("aws-eu-central-1", "aws", "Germany", "EU", "eu-central", 1.15, 276, 400),
            site("aws-eu-north-1", "aws", "Sweden", "EU", "eu-north", 1.15, 19, 400),
            site("aws-me-central-1", "aws", "United Arab Emirates", "AE", "me-uae", 1.15, 400, 200),
            site("gcp-us-central1", "google-cloud", "United States", "US", "us-central", 1.10, 432, 800),
            site("gcp-europe-west4", "google-cloud", "Netherlands", "EU", "eu-netherlands", 1.10, 194, 400),
            site("gcp-europe-west9", "google-cloud", "France", "EU", "eu-france", 1.10, 16, 400),
            site("gcp-asia-south1", "google-cloud", "India", "IN", "in-west", 1.10, 598, 200),
            site("oracle-us-ashburn-1", "oracle", "United States", "US", "us-east", 1.15, 343, 400),
            site("oracle-eu-frankfurt-1", "oracle", "Germany", "EU", "eu-central", 1.15, 276, 200),
            site("oracle-uk-london-1", "oracle", "United Kingdom", "UK", "uk", 1.15, 109, 200),
            site("oracle-me-riyadh-1", "oracle", "Saudi Arabia", "SA", "me-saudi", 1.15, 381, 200),
            site("coreweave-plano", "coreweave", "United States", "US", "us-south", 1.3, 299, 200),
            site("coreweave-norway", "coreweave", "Norway", "NO", "no", 1.2, 30, 200),
            campus("lab-abilene", "United States", "US", "us-south", 1.15, 299, 55),
            campus("lab-new-albany", "United States", "US", "us-midwest", 1.2, 343, 70),
            campus("lab-nordic", "Norway", "NO", "no", 1.1, 30, 45));

    private GeneratorCatalog() {
    }

    static AcceleratorType accelerator(String id) {
        return ACCELERATORS.stream().filter(a -> a.id().equals(id)).findFirst().orElseThrow();
    }

    private static Site site(String id, String provider, String country, String jurisdiction, String geography,
                             double pue, double carbon, double linkGbps) {
        return new Site(id, provider, country, jurisdiction, false, null, Map.of(), pue, carbon, 0, geography,
                linkGbps);
    }

    private static Site campus(String id, String country, String jurisdiction, String geography, double pue,
                               double carbon, double energyPrice) {
        return new Site(id, SELF_BUILT, country, jurisdiction, false, null, Map.of(), pue, carbon, energyPrice,
                geography, 400);
    }
}
