package com.capacityworkbench.formats.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;

/**
 * Saves a file so that it is either fully replaced or left exactly as it was: the content goes to a
 * temporary file in the same directory (same file system, so the move can be atomic), is forced to disk,
 * and then replaces the target in one move. A failure at any step deletes the temporary file only.
 */
public final class AtomicFileWriter {

    /** Writes the whole content to the stream it is given; may fail with any exception. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws Exception;
    }

    private AtomicFileWriter() {
    }

    public static void write(Path target, Content content) throws ScenarioFileException {
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new ScenarioFileException(target, "cannot save: the folder " + dir + " does not exist");
        }
        if (Files.isDirectory(absolute)) {
            throw new ScenarioFileException(target, "cannot save: it is a folder");
        }
        Path temp = null;
        try {
            temp = createTemporaryFile(absolute);
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE);
                 OutputStream out = Channels.newOutputStream(channel)) {
                content.writeTo(out);
                out.flush();
                channel.force(true);
            }
            moveIntoPlace(temp, absolute);
            temp = null;
        } catch (ScenarioFileException e) {
            throw e;
        } catch (AccessDeniedException e) {
            throw new ScenarioFileException(target, "cannot save: permission denied in " + dir);
        } catch (NoSuchFileException e) {
            throw new ScenarioFileException(target, "cannot save: " + e.getFile() + " does not exist");
        } catch (IOException e) {
            throw new ScenarioFileException(target, "cannot save: " + describe(e));
        } catch (Exception e) {
            throw new ScenarioFileException(target, "cannot save, the file was left unchanged: " + describe(e));
        } finally {
            deleteQuietly(temp);
        }
    }

    /**
     * A new file next to the target that a reader never mistakes for it. Unlike a temporary file it gets the
     * usual permissions (the umask applies), or the target's own when the target exists.
     */
    private static Path createTemporaryFile(Path target) throws IOException {
        Path temp = null;
        for (int attempt = 0; temp == null; attempt++) {
            Path candidate = target.resolveSibling("." + target.getFileName() + "." + ProcessHandle.current().pid()
                    + "-" + System.nanoTime() + ".saving");
            try {
                temp = Files.createFile(candidate);
            } catch (FileAlreadyExistsException e) {
                if (attempt > 10) {
                    throw e;
                }
            }
        }
        if (Files.exists(target) && Files.getFileStore(temp).supportsFileAttributeView(PosixFileAttributeView.class)) {
            Files.setPosixFilePermissions(temp, Files.getPosixFilePermissions(target));
        }
        return temp;
    }

    private static void moveIntoPlace(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static String describe(Exception e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }

    private static void deleteQuietly(Path temp) {
        if (temp == null) {
            return;
        }
        try {
            Files.deleteIfExists(temp);
        } catch (IOException ignored) {
            // The save has already failed or succeeded; a stray temporary file is the lesser problem.
        }
    }
}
