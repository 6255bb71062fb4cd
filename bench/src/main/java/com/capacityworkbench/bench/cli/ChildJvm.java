package com.capacityworkbench.bench.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Starts one measuring JVM (same Java, same class path), keeps its output as a log, returns its result line. */
final class ChildJvm {

    private final String heap;
    private final List<String> options;
    private final Path logs;

    ChildJvm(String heap, List<String> options, Path logs) {
        this.heap = heap;
        this.options = List.copyOf(options);
        this.logs = logs;
    }

    String measure(String label, List<String> args) throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "-Xmx" + heap, "--enable-native-access=ALL-UNNAMED", "--sun-misc-unsafe-memory-access=allow",
                "--sun-misc-unsafe-memory-access=allow"));
        command.addAll(options);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), BenchMain.class.getName(), "measure"));
        command.addAll(args);
        Path log = logs.resolve(label.replaceAll("[^A-Za-z0-9._-]+", "_") + ".log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        int exit = process.waitFor();
        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        for (String line : lines) {
            if (line.startsWith(Json.RESULT_PREFIX)) {
                return line.substring(Json.RESULT_PREFIX.length());
            }
        }
        throw new IOException("the measuring JVM ended with exit code " + exit + " and no result; see " + log);
    }
}
