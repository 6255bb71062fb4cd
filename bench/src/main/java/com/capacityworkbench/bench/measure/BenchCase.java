package com.capacityworkbench.bench.measure;

import com.capacityworkbench.model.generate.ScenarioGenerator;
import com.capacityworkbench.formats.io.ScenarioFileException;
import com.capacityworkbench.formats.ScenarioFiles;
import com.capacityworkbench.model.scenario.Scenario;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One benchmark case: a generated scenario ({@code 500x30x12}: workloads × pools × periods, generated
 * with the run's seed) or a scenario file ({@code samples/tiny.json}, the same for every seed).
 */
public record BenchCase(String id, int workloads, int pools, int periods, @org.jspecify.annotations.Nullable Path file) {

    private static final Pattern GENERATED = Pattern.compile("(\\d+)x(\\d+)x(\\d+)");

    public static BenchCase parse(String text) {
        Matcher m = GENERATED.matcher(text.trim());
        if (m.matches()) {
            return new BenchCase(text.trim(), Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)), null);
        }
        Path file = Path.of(text.trim());
        String name = file.getFileName().toString().replaceFirst("\\.[^.]+$", "");
        return new BenchCase(name, 0, 0, 0, file);
    }

    public boolean isGenerated() {
        return file == null;
    }

    /** The argument that {@link #parse} reads back: sent to the measuring JVM. */
    public String argument() {
        return file == null ? id : file.toString();
    }

    public Scenario scenario(long seed) throws ScenarioFileException {
        if (file != null) {
            return ScenarioFiles.read(file);
        }
        return ScenarioGenerator.generate(new ScenarioGenerator.Settings(workloads, pools, periods, seed));
    }
}
