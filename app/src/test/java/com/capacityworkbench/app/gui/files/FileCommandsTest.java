package com.capacityworkbench.app.gui.files;

import static org.assertj.core.api.Assertions.assertThat;

import com.capacityworkbench.app.gui.RecordingDialogs;
import com.capacityworkbench.app.gui.TestScenarios;
import com.capacityworkbench.app.gui.document.ScenarioDocument;
import com.capacityworkbench.app.gui.service.DialogService.UnsavedChoice;
import com.capacityworkbench.app.gui.service.ModelScenarioStore;
import com.capacityworkbench.app.gui.service.TaskExecutor;
import com.capacityworkbench.app.gui.workloads.WorkloadsViewModel;
import com.capacityworkbench.formats.ScenarioDigest;
import com.capacityworkbench.model.plan.KeptPlan;
import com.capacityworkbench.model.plan.SolveSettings;
import com.capacityworkbench.model.scenario.Scenario;
import com.capacityworkbench.solver.evaluate.PlanEvaluator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileCommandsTest {

    @TempDir
    Path dir;

    private final ScenarioDocument document = TestScenarios.frontierDocument();
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private FileCommands files;

    private FileCommands files() {
        if (files == null) {
            var store = new ModelScenarioStore();
            files = new FileCommands(document, store, dialogs, new RecentFiles(dir.resolve("recent.txt")),
                    new RecoveryStore(store, dir.resolve("recovery")));
        }
        return files;
    }

    @Test
    void aFileThatFailsToOpenShowsItsProblemsAndLeavesTheScenarioUntouched() throws IOException {
        Scenario before = document.scenario();
        Path broken = Files.writeString(dir.resolve("broken.json"), "{ \"name\": \"x\", \"workloads\": [ {\"id\": 3 ");

        assertThat(files().open(broken)).as("no unsaved changes: no prompt, the file is read").isTrue();

        assertThat(document.scenario()).isSameAs(before);
        assertThat(dialogs.shown).singleElement().asString().contains("broken.json").contains("unchanged");
    }

    @Test
    void saveWritesTheFileMarksItSavedAndRemembersIt() {
        new WorkloadsViewModel(document).edit(0, "priority", "2");
        Path target = dir.resolve("mine.json");
        dialogs.saveAnswer = target;

        assertThat(files().save()).isTrue();

        assertThat(document.isDirty()).isFalse();
        assertThat(document.file()).isEqualTo(target);
        assertThat(files().recent().files()).containsExactly(target.toAbsolutePath().normalize());
        files().read(target);
        assertThat(document.scenario().workloads().getFirst().priority()).isEqualTo(2);
    }

    @Test
    void aSaveInTheBackgroundMarksSavedWhatItWroteNotTheEditsMadeMeanwhile() {
        List<Runnable> queued = new ArrayList<>();
        TaskExecutor later = new TaskExecutor() {
            @Override
            public <V> void run(String title, Callable<V> work, Consumer<V> onDone, Consumer<Throwable> onFailed) {
                queued.add(() -> TaskExecutor.direct().run(title, work, onDone, onFailed));
            }
        };
        var store = new ModelScenarioStore();
        FileCommands background = new FileCommands(document, store, dialogs, new RecentFiles(dir.resolve("recent.txt")),
                new RecoveryStore(store, dir.resolve("recovery")), later);
        WorkloadsViewModel workloads = new WorkloadsViewModel(document);
        workloads.edit(0, "priority", "2");
        Path target = dir.resolve("mine.json");

        background.write(target);
        workloads.edit(0, "priority", "5");
        queued.forEach(Runnable::run);

        assertThat(document.file()).isEqualTo(target);
        assertThat(document.isDirty()).as("the second edit was made after the save began").isTrue();
        background.read(target);
        queued.getLast().run();
        assertThat(document.scenario().workloads().getFirst().priority()).isEqualTo(2);
    }

    @Test
    void unsavedChangesAreNotDiscardedWhenThePlannerCancels() {
        new WorkloadsViewModel(document).edit(0, "priority", "2");
        Scenario edited = document.scenario();
        dialogs.unsavedAnswer = UnsavedChoice.CANCEL;

        assertThat(files().open(TestScenarios.frontierFile())).isFalse();
        files().newScenario();

        assertThat(document.scenario()).isSameAs(edited);
        dialogs.unsavedAnswer = UnsavedChoice.DISCARD;
        files().newScenario();
        assertThat(document.scenario().workloads()).isEmpty();
    }

    @Test
    void autosaveKeepsARecoveryCopyThatTheNextStartOffersToRestore() {
        new WorkloadsViewModel(document).edit(0, "priority", "2");
        Scenario edited = document.scenario();
        files().autosave();
        assertThat(dir.resolve("recovery/recovery.json")).exists();

        ScenarioDocument next = TestScenarios.frontierDocument();
        dialogs.confirmAnswer = true;
        FileCommands nextStart = nextStart(next);

        assertThat(nextStart.offerRecovery()).isTrue();
        assertThat(next.scenario()).isEqualTo(edited);
        assertThat(next.isDirty()).isTrue();
        nextStart.exitCleanly();
        assertThat(dir.resolve("recovery/recovery.json")).doesNotExist();
    }

    @Test
    void autosaveKeepsThePlanOnScreenAndARestoreShowsIt() {
        KeptPlan shown = keptPlanOf(document.scenario());
        files().setPlanShelf(new Shelf(shown));
        new WorkloadsViewModel(document).edit(0, "priority", "2");
        files().autosave();
        assertThat(dir.resolve("recovery/recovery.plan.json")).exists();

        ScenarioDocument next = TestScenarios.frontierDocument();
        dialogs.confirmAnswer = true;
        FileCommands nextStart = nextStart(next);
        Shelf restored = new Shelf(null);
        nextStart.setPlanShelf(restored);

        assertThat(nextStart.offerRecovery()).isTrue();
        assertThat(restored.reopened).as("the recovered scenario comes back with its plan").isNotNull();
        assertThat(restored.reopened.plan().kpis()).isEqualTo(shown.plan().kpis());
        assertThat(restored.reopened.settings()).isEqualTo(shown.settings());
        assertThat(restored.reopened.scenarioDigest()).as("made before the edit: it reopens stale")
                .isNotEqualTo(ScenarioDigest.of(next.scenario()));
        nextStart.exitCleanly();
        assertThat(dir.resolve("recovery/recovery.plan.json")).doesNotExist();
    }

    @Test
    void autosaveWithoutAPlanLeavesNoneOfAnEarlierOneBehind() {
        files().setPlanShelf(new Shelf(keptPlanOf(document.scenario())));
        new WorkloadsViewModel(document).edit(0, "priority", "2");
        files().autosave();
        files().setPlanShelf(new Shelf(null));
        files().autosave();

        assertThat(dir.resolve("recovery/recovery.json")).exists();
        assertThat(dir.resolve("recovery/recovery.plan.json")).doesNotExist();
    }

    /** The file commands of the next start, on the same recovery folder, into {@code next}. */
    private FileCommands nextStart(ScenarioDocument next) {
        var store = new ModelScenarioStore();
        return new FileCommands(next, store, dialogs, new RecentFiles(dir.resolve("recent.txt")),
                new RecoveryStore(store, dir.resolve("recovery")));
    }

    /** A plan of {@code scenario} as a solve keeps it: every workload unplaced, which is enough to find it again. */
    private static KeptPlan keptPlanOf(Scenario scenario) {
        return new KeptPlan(PlanEvaluator.evaluate(scenario, List.of(), PlanEvaluator.Detail.LIGHT),
                new SolveSettings(7, 30, "2026-12-04T17:00:00Z", false), ScenarioDigest.of(scenario));
    }

    /** The plan views, as the file commands see them: one plan to keep, and what a reopen showed. */
    private static final class Shelf implements PlanShelf {

        private final @Nullable KeptPlan shown;
        private @Nullable KeptPlan reopened;

        Shelf(@Nullable KeptPlan shown) {
            this.shown = shown;
        }

        @Override
        public @Nullable KeptPlan toKeep() {
            return shown;
        }

        @Override
        public void reopened(KeptPlan kept, Scenario scenario) {
            reopened = kept;
        }
    }
}
