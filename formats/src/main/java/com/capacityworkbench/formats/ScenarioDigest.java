package com.capacityworkbench.formats;

import com.capacityworkbench.formats.json.ScenarioJson;
import com.capacityworkbench.model.scenario.Scenario;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * A short fingerprint of what a plan is solved from: the scenario without its variants (a variant edited after a
 * solve does not change the base plan). Equal scenarios have equal digests whatever file they came from.
 */
public final class ScenarioDigest {

    private ScenarioDigest() {
    }

    public static String of(Scenario scenario) {
        try {
            byte[] json = ScenarioJson.toJson(scenario.withVariants(List.of())).getBytes(StandardCharsets.UTF_8);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(json));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a scenario in memory always has a JSON form: " + e.getMessage(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
