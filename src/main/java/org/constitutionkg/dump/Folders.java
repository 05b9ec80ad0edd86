package org.constitutionkg.dump;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Folders replaced as a whole and deleted: a build folder is never seen half-written.
 * <pre>
 *   Folders.replace(Path.of("dist"), tmp -> BuildDir.write(tmp, ...));   // dist is the old or the new, never a mix
 * </pre>
 */
public final class Folders {

    private Folders() {
    }

    /** Fills a folder. */
    public interface Writer {
        void write(Path dir) throws IOException;
    }

    /**
     * Writes into a fresh temporary folder beside {@code dir} (same parent, so renames stay on one file system), then
     * swaps it into place: the old {@code dir} is renamed away, the temporary folder renamed to {@code dir}, and the
     * old one deleted. On failure {@code dir} is left as it was.
     */
    public static void replace(Path dir, Writer writer) throws IOException {
        Path target = dir.toAbsolutePath().normalize();
        Path parent = target.getParent();
        if (parent == null) {
            throw new IOException("cannot replace the root folder");
        }
        if (Files.exists(target) && !Files.isDirectory(target)) {
            throw new IOException(dir + " exists and is not a folder");
        }
        Files.createDirectories(parent);
        String name = target.getFileName().toString();
        // Not Files.createTempDirectory: that makes the folder owner-only, and it becomes the published folder.
        String suffix = Long.toString(ProcessHandle.current().pid()) + "-" + Long.toHexString(System.nanoTime());
        Path tmp = Files.createDirectory(parent.resolve("." + name + ".new-" + suffix));
        Path old = null;
        try {
            writer.write(tmp);
            if (Files.exists(target)) {
                old = parent.resolve("." + name + ".old-" + suffix);
                Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
            }
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                if (old != null) {
                    Files.move(old, target, StandardCopyOption.ATOMIC_MOVE);
                    old = null;
                }
                throw e;
            }
        } finally {
            delete(tmp);
        }
        if (old != null) {
            delete(old);
        }
    }

    /** Deletes a folder and everything in it; nothing if it does not exist. */
    public static void delete(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
                if (e != null) {
                    throw e;
                }
                Files.delete(d);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    /** As {@link #delete}, best effort: what cannot be deleted (a file held open) stays. */
    public static void deleteQuietly(Path dir) {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException | UncheckedIOException e) {
            // best effort: e.g. files still held open on a system that forbids deleting them
        }
    }
}
