package com.capacityworkbench.solver.exact;

import com.google.ortools.Loader;
import com.sun.jna.Platform;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Loads OR-Tools' native libraries once per JVM from one folder per OR-Tools build under the user's workbench folder
 * ({@code -Dworkbench.native}, else {@code ~/.capacity-workbench/native}).
 *
 * <p>Why not {@link Loader#loadNativeLibraries()}: it unpacks its 69 MB of libraries into a new temporary folder on
 * every start and never removes it, so each solve of the CLI and each start of the app would leave one more behind.
 * Here they are unpacked once (into a side folder, then renamed into place, so two starts at once cannot see half a
 * folder) and loaded from there. Windows needs OR-Tools' own order of dependent DLLs, so it keeps OR-Tools' loader;
 * so does a class path where the libraries are not in a jar.
 */
public final class CpSatLibrary {

    private static final String JNI_LIBRARY = "jniortools";
    private static final String COMPLETE = ".complete";
    private static boolean loaded;

    private CpSatLibrary() {
    }

    public static synchronized void load() {
        if (loaded) {
            return;
        }
        Path folder = Platform.isWindows() ? null : unpackedFolder();
        if (folder == null) {
            Loader.loadNativeLibraries();
        } else {
            System.load(folder.resolve(System.mapLibraryName(JNI_LIBRARY)).toAbsolutePath().toString());
        }
        loaded = true;
    }

    /** The folder holding this OR-Tools build's libraries, unpacked if it is not there yet; null when they are not in a jar. */
    static Path unpackedFolder() {
        String resourceFolder = "ortools-" + Platform.RESOURCE_PREFIX + "/";
        URL resource = CpSatLibrary.class.getClassLoader().getResource(resourceFolder);
        if (resource == null || !"jar".equals(resource.getProtocol())) {
            return null;
        }
        try {
            Path jar = jarOf(resource);
            String build = jar.getFileName().toString().replaceFirst("\\.jar$", "");
            Path folder = nativeRoot().resolve(build);
            if (!Files.isRegularFile(folder.resolve(COMPLETE))) {
                unpack(jar, resourceFolder, folder);
            }
            return folder;
        } catch (IOException | URISyntaxException e) {
            // A read-only home or a full disk: OR-Tools' own loader still works, with its temporary copy.
            return null;
        }
    }

    static Path nativeRoot() {
        String configured = System.getProperty("workbench.native");
        return configured != null
                ? Path.of(configured)
                : Path.of(System.getProperty("user.home"), ".capacity-workbench", "native");
    }

    private static Path jarOf(URL resource) throws URISyntaxException {
        String spec = resource.getPath(); // file:/…/ortools-linux-x86-64-9.15.6755.jar!/ortools-linux-x86-64/
        return Path.of(new URI(spec.substring(0, spec.indexOf("!/"))));
    }

    private static void unpack(Path jar, String resourceFolder, Path folder) throws IOException {
        Files.createDirectories(folder.getParent());
        Path side = Files.createTempDirectory(folder.getParent(), folder.getFileName() + ".unpacking-");
        try {
            try (ZipFile zip = new ZipFile(jar.toFile())) {
                Enumeration<? extends ZipEntry> entries = zip.entries();
                while (entries.hasMoreElements()) {
                    ZipEntry entry = entries.nextElement();
                    String name = entry.getName();
                    if (entry.isDirectory() || !name.startsWith(resourceFolder) || name.indexOf('/', resourceFolder.length()) >= 0) {
                        continue;
                    }
                    try (InputStream in = zip.getInputStream(entry)) {
                        Files.copy(in, side.resolve(name.substring(resourceFolder.length())));
                    }
                }
            }
            Files.createFile(side.resolve(COMPLETE));
            Files.move(side, folder, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException | DirectoryNotEmptyException anotherStartWon) {
            // Another start unpacked the same build first; its folder is as good as ours.
        } finally {
            deleteTree(side);
        }
        if (!Files.isRegularFile(folder.resolve(COMPLETE))) {
            throw new IOException("Incomplete native library folder " + folder);
        }
    }

    private static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.deleteIfExists(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            // What is left is a side folder named ".unpacking-…", never used for loading.
        }
    }
}
