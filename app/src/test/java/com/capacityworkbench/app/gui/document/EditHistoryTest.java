package com.capacityworkbench.app.gui.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EditHistoryTest {

    @Test
    void undoAndRedoWalkThroughTheSnapshots() {
        EditHistory<String> history = new EditHistory<>("a", 10);
        history.apply("to b", "b");
        history.apply("to c", "c");

        assertThat(history.undoLabel()).isEqualTo("to c");
        assertThat(history.undo()).isEqualTo("b");
        assertThat(history.undo()).isEqualTo("a");
        assertThat(history.canUndo()).isFalse();
        assertThat(history.redoLabel()).isEqualTo("to b");
        assertThat(history.redo()).isEqualTo("b");
        assertThat(history.redo()).isEqualTo("c");
        assertThat(history.canRedo()).isFalse();
    }

    @Test
    void anEditAfterUndoDropsTheRedoStepsAndANoOpIsNoStep() {
        EditHistory<String> history = new EditHistory<>("a", 10);
        history.apply("to b", "b");
        history.undo();
        assertThat(history.apply("same", "a")).isFalse();
        history.apply("to x", "x");

        assertThat(history.canRedo()).isFalse();
        assertThat(history.undo()).isEqualTo("a");
    }

    @Test
    void keepsAtMostTheLimit() {
        EditHistory<Integer> history = new EditHistory<>(0, 3);
        for (int i = 1; i <= 5; i++) {
            history.apply("step " + i, i);
        }
        history.undo();
        history.undo();
        history.undo();

        assertThat(history.canUndo()).isFalse();
        assertThat(history.current()).isEqualTo(2);
    }
}
