package com.capacityworkbench.formats.json;

import com.capacityworkbench.formats.io.FileProblem;
import com.capacityworkbench.model.scenario.ConstraintWeights;
import com.capacityworkbench.model.scenario.FieldDefaults;
import com.capacityworkbench.model.scenario.Policies;
import com.capacityworkbench.model.scenario.WorkloadKind;
import com.capacityworkbench.model.validation.Figure;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A scenario file's left-out fields, before its records are built: an optional figure or flag takes the value
 * a blank spreadsheet cell takes ({@link FieldDefaults}), a required figure left out is reported as missing at its
 * path. Choices, texts and periods left out are reported by the reader as before.
 */
final class OmittedFields {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private static final Map<String, Map<String, JsonNode>> DEFAULTS = Map.ofEntries(
            Map.entry("providers", Map.of(
                    "egressSameProviderPerGb", NODES.numberNode(FieldDefaults.EGRESS_PER_GB),
                    "egressCrossCloudPerGb", NODES.numberNode(FieldDefaults.EGRESS_PER_GB),
                    "inCloudGbps", NODES.numberNode(FieldDefaults.IN_CLOUD_GBPS))),
            Map.entry("sites", Map.of(
                    "sovereign", NODES.booleanNode(FieldDefaults.SOVEREIGN),
                    "pue", NODES.numberNode(FieldDefaults.PUE),
                    "carbonGPerKwh", NODES.numberNode(FieldDefaults.CARBON_G_PER_KWH),
                    "energyPricePerMwh", NODES.numberNode(FieldDefaults.ENERGY_PRICE_PER_MWH),
                    "linkGbps", NODES.numberNode(FieldDefaults.LINK_GBPS))),
            Map.entry("accelerators", Map.of(
                    "trainingFactor", NODES.numberNode(FieldDefaults.THROUGHPUT_FACTOR),
                    "inferenceFactor", NODES.numberNode(FieldDefaults.THROUGHPUT_FACTOR),
                    "servingLatencyMs", NODES.numberNode(FieldDefaults.SERVING_LATENCY_MS))),
            Map.entry("pools", Map.of()),
            Map.entry("datasets", Map.of(
                    "mayLeaveProvider", NODES.booleanNode(FieldDefaults.MAY_LEAVE_PROVIDER))),
            Map.entry("workloads", Map.of(
                    "minMemoryGb", NODES.numberNode(FieldDefaults.MIN_MEMORY_GB),
                    "firstRefusal", NODES.booleanNode(FieldDefaults.FIRST_REFUSAL),
                    "requiresSovereign", NODES.booleanNode(FieldDefaults.REQUIRES_SOVEREIGN))),
            Map.entry(Figure.OFFERS, Map.of(
                    "minBlocks", NODES.numberNode(FieldDefaults.MIN_BLOCKS),
                    "leadTimePeriods", NODES.numberNode(FieldDefaults.LEAD_TIME_PERIODS),
                    "upfrontUsd", NODES.numberNode(FieldDefaults.UPFRONT_USD))),
            Map.entry(Figure.BUILD_OUTS, Map.of()),
            Map.entry(Figure.SPEND_TERMS, Map.of()));

    /** The figures a planner must state: no default would be a sensible guess. */
    private static final Map<String, List<String>> REQUIRED_FIGURES = Map.of(
            "accelerators", List.of("memoryGb", "tdpW"),
            "pools", List.of("count", "pricePerAccelHour"),
            "datasets", List.of("sizeTb"),
            "workloads", List.of("demand", "priority"),
            Figure.OFFERS, List.of("blockSize", "maxBlocks", "termPeriods", "pricePerAccelHour"),
            Figure.BUILD_OUTS, List.of("megawatts", "capexPerMw", "capexPeriods"),
            Figure.SPEND_TERMS, List.of("minimumUsd"));

    private static final Map<String, String> ADDED_BY_VARIANTS = Map.of("workload", "workloads", "pool", "pools");

    private OmittedFields() {
    }

    /**
     * Fills the scenario's left-out optional fields in place.
     *
     * @return the required figures left out, each at its path; empty when there are none
     */
    static Filled fill(ObjectNode scenario) {
        Filled filled = new Filled();
        DEFAULTS.keySet().forEach(list -> {
            JsonNode elements = at(scenario, list);
            if (elements != null && elements.isArray()) {
                for (int i = 0; i < elements.size(); i++) {
                    fillElement(list, elements.get(i), list + "[" + i + "]", filled);
                }
            }
        });
        fillObject(scenario.get("policies"), policyDefaults(), filled);
        fillObject(scenario.get("weights"), weightDefaults(), filled);
        fillVariantAdditions(scenario.get("variants"), filled);
        return filled;
    }

    /** The node at a dotted path ("purchaseOptions.offers"), or null when the file has none there. */
    private static JsonNode at(JsonNode node, String path) {
        JsonNode found = node;
        for (String field : path.split("\\.")) {
            found = found == null ? null : found.get(field);
        }
        return found;
    }

    /** What filling found and did. */
    static final class Filled {
        private final List<FileProblem> missing = new ArrayList<>();
        private boolean changed;

        List<FileProblem> missing() {
            return missing;
        }

        boolean changed() {
            return changed;
        }
    }

    private static void fillElement(String list, JsonNode element, String path, Filled filled) {
        if (!(element instanceof ObjectNode object)) {
            return;
        }
        for (String figure : REQUIRED_FIGURES.getOrDefault(list, List.of())) {
            if (!object.has(figure)) {
                filled.missing.add(new FileProblem(path + "." + figure, "missing"));
            }
        }
        fillObject(object, DEFAULTS.get(list), filled);
        if (list.equals("workloads")) {
            fillShards(object, filled);
        }
    }

    /** Splittable by kind (inference), max shards by splittable: as a blank cell in the Workloads sheet. */
    private static void fillShards(ObjectNode workload, Filled filled) {
        if (!workload.has("splittable")) {
            JsonNode kind = workload.get("kind");
            if (kind == null || !kind.isTextual()) {
                return; // the reader reports the kind
            }
            try {
                put(workload, "splittable", NODES.booleanNode(FieldDefaults.splittable(WorkloadKind.parse(kind.asText()))),
                        filled);
            } catch (IllegalArgumentException e) {
                return; // an unknown kind: the reader reports it
            }
        }
        JsonNode splittable = workload.get("splittable");
        if (!workload.has("maxShards") && splittable.isBoolean()) {
            put(workload, "maxShards", NODES.numberNode(FieldDefaults.maxShards(splittable.booleanValue())), filled);
        }
    }

    private static void fillObject(JsonNode node, Map<String, JsonNode> defaults, Filled filled) {
        if (node instanceof ObjectNode object) {
            defaults.forEach((field, value) -> {
                if (!object.has(field)) {
                    put(object, field, value, filled);
                }
            });
        }
    }

    private static void put(ObjectNode object, String field, JsonNode value, Filled filled) {
        object.set(field, value);
        filled.changed = true;
    }

    /** A workload or pool that a variant adds is read as one in the scenario's own lists. */
    private static void fillVariantAdditions(JsonNode variants, Filled filled) {
        if (variants == null || !variants.isArray()) {
            return;
        }
        for (int v = 0; v < variants.size(); v++) {
            JsonNode changes = variants.get(v).get("changes");
            if (changes == null || !changes.isArray()) {
                continue;
            }
            for (int c = 0; c < changes.size(); c++) {
                int at = c;
                int variant = v;
                ADDED_BY_VARIANTS.forEach((field, list) -> {
                    JsonNode added = changes.get(at).get(field);
                    if (added instanceof ObjectNode) {
                        fillElement(list, added, "variants[" + variant + "].changes[" + at + "]." + field, filled);
                    }
                });
            }
        }
    }

    private static Map<String, JsonNode> policyDefaults() {
        Policies p = Policies.defaults();
        return Map.of(
                "firstRefusal", NODES.textNode(p.firstRefusal().label()),
                "firstRefusalPremium", NODES.numberNode(p.firstRefusalPremium()),
                "carbonPricePerTonne", NODES.numberNode(p.carbonPricePerTonne()),
                "maxProviderSharePct", NODES.numberNode(p.maxProviderSharePct()),
                "hostOverheadFraction", NODES.numberNode(p.hostOverheadFraction()));
    }

    private static Map<String, JsonNode> weightDefaults() {
        ConstraintWeights w = ConstraintWeights.defaults();
        return Map.of(
                "unplacedDemand", NODES.numberNode(w.unplacedDemand()),
                "firstRefusal", NODES.numberNode(w.firstRefusal()),
                "cost", NODES.numberNode(w.cost()),
                "latency", NODES.numberNode(w.latency()),
                "providerShare", NODES.numberNode(w.providerShare()));
    }
}
