package com.capacityworkbench.app.gui.purchases;

import com.capacityworkbench.model.plan.PurchasePlan;
import com.capacityworkbench.model.scenario.Scenario;
import com.capacityworkbench.solver.buy.PurchaseQuestion;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Answers the Purchases screen's question off the FX thread, one answer at a time, with the solver's own
 * {@link PurchaseQuestion} (as the CLI's {@code buy}). Callbacks come on the answering thread; the view-model marshals
 * them.
 */
public final class PurchaseRunner implements AutoCloseable {

    /** Hears how an answer goes: each solve and each point of the curve, then the answer. */
    public interface Listener extends PurchaseQuestion.Listener {

        /** The answer: complete, or what was solved before Stop. */
        void finished(PurchasePlan answer, boolean stopped);

        void failed(Throwable error);
    }

    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "purchase-question");
        t.setDaemon(true);
        return t;
    });

    public PurchaseQuestion.Run start(Scenario scenario, PurchaseQuestion.Settings settings, Listener listener) {
        PurchaseQuestion.Run run = new PurchaseQuestion.Run();
        thread.execute(() -> {
            try {
                PurchasePlan answer = PurchaseQuestion.answer(scenario, settings, listener, run);
                listener.finished(answer, run.stopped());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                listener.failed(e);
            } catch (RuntimeException | OutOfMemoryError e) {
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
