package com.capacityworkbench.solver.exact;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.IntVar;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CpSatLibraryTest {

    @TempDir
    Path nativeRoot;

    private String previous;

    @BeforeEach
    void pointAtTempFolder() {
        previous = System.getProperty("workbench.native");
        System.setProperty("workbench.native", nativeRoot.toString());
    }

    @AfterEach
    void restore() {
        if (previous == null) {
            System.clearProperty("workbench.native");
        } else {
            System.setProperty("workbench.native", previous);
        }
    }

    @Test
    void unpacksOnceIntoOneFolderPerBuildAndReusesIt() throws IOException {
        Path folder = CpSatLibrary.unpackedFolder();

        assertThat(folder).isNotNull();
        assertThat(folder.getParent()).isEqualTo(nativeRoot);
        assertThat(folder.getFileName().toString()).startsWith("ortools-").contains("9.");
        Path jni = folder.resolve(System.mapLibraryName("jniortools"));
        assertThat(jni).isRegularFile();
        FileTime unpackedAt = Files.getLastModifiedTime(jni);

        assertThat(CpSatLibrary.unpackedFolder()).isEqualTo(folder);
        assertThat(Files.getLastModifiedTime(jni)).isEqualTo(unpackedAt);
        try (Stream<Path> left = Files.list(nativeRoot)) {
            assertThat(left.toList()).as("no side folder is left behind").containsExactly(folder);
        }
    }

    @Test
    void loadingLeavesNoTemporaryCopyAndCpSatSolves() throws IOException {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        List<Path> before = ortoolsTempFolders(tmp);

        CpSatLibrary.load();
        CpModel model = new CpModel();
        IntVar x = model.newIntVar(0, 10, "x");
        model.addLessOrEqual(x, 7);
        model.maximize(x);
        CpSolver solver = new CpSolver();

        assertThat(solver.solve(model)).isEqualTo(CpSolverStatus.OPTIMAL);
        assertThat(solver.value(x)).isEqualTo(7);
        assertThat(ortoolsTempFolders(tmp)).isEqualTo(before);
    }

    private static List<Path> ortoolsTempFolders(Path tmp) throws IOException {
        try (Stream<Path> entries = Files.list(tmp)) {
            return entries.filter(p -> p.getFileName().toString().startsWith("ortools-java")).sorted().toList();
        }
    }
}
