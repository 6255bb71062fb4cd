package com.capacityworkbench.app.gui.portfolio;

import com.capacityworkbench.app.cluster.SweepEngines;
import com.capacityworkbench.model.plan.Plan;
import com.capacityworkbench.model.portfolio.SampleResult;
import com.capacityworkbench.model.portfolio.SweepResult;
import com.capacityworkbench.model.portfolio.SweepSettings;
import com.capacityworkbench.model.scenario.Scenario;
import com.capacityworkbench.solver.portfolio.Sweep;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * Runs the Portfolio screen's sweeps off the FX thread, one at a time, each on an engine of its own (by default an
 * embedded loopback member, as the CLI's sweep): shutting the engine down after a run also ends the futures a stop
 * left running on it. Callbacks come on the sweep's thread; the view-model marshals them.
 */
public final class SweepRunner implements AutoCloseable {

    /** Hears how a sweep goes. */
    public interface Listener {

        /** What the sweep is doing before its first future finishes, in words. */
        void preparing(String what);

        void future(SampleResult result, int finished, int total);

        /** Every future, or those finished when it was stopped. */
        void finished(SweepResult result);

        void failed(Throwable error);
    }

    /** One sweep under way: stopping it keeps the futures finished by then. */
    public static final class Run {

        private final AtomicBoolean stop = new AtomicBoolean();

        public void stop() {
            stop.set(true);
        }

        boolean stopped() {
            return stop.get();
        }
    }

    private final Supplier<SweepEngines> engines;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "portfolio-sweep");
        t.setDaemon(true);
        return t;
    });

    public SweepRunner(Supplier<SweepEngines> engines) {
        this.engines = engines;
    }

    public Run start(Scenario scenario, Plan today, SweepSettings settings, Listener listener) {
        Run run = new Run();
        thread.execute(() -> {
            try {
                listener.preparing("Starting a compute member on this machine");
                try (SweepEngines engine = engines.get()) {
                    listener.preparing(engine.joined().isEmpty() ? "Sweeping in this process"
                            : "Sweeping: " + engine.joined());
                    listener.finished(Sweep.run(scenario, today, scenario.uncertainty(), settings, engine.engine(),
                            listener::future, run::stopped));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                listener.failed(e);
            } catch (RuntimeException | LinkageError e) {
                listener.failed(e);
            }
        });
        return run;
    }

    @Override
    public void close() {
        thread.shutdownNow();
    }
}
