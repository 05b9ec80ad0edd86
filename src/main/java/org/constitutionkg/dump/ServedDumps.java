package org.constitutionkg.dump;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.query.Dataset;

/**
 * The dump files a server offers at {@code /dumps/}, in a private folder deleted on {@link #close()}: a build
 * folder is hard-linked into it (copied where links cannot be made), so a later {@code ckg build} can replace that
 * folder while the served files stay as announced (size, checksum); or the dumps of a dataset are written into it.
 * <pre>
 *   try (ServedDumps served = ServedDumps.of(Path.of("dist"))) {   // or ServedDumps.write(ds, quality, base)
 *       served.files().find("constitution-kg.ttl");
 *   }
 * </pre>
 */
public final class ServedDumps implements AutoCloseable {

    private final DumpFiles files;
    private final Path folder;

    private ServedDumps(DumpFiles files, Path folder) {
        this.files = files;
        this.folder = folder;
    }

    /** The files of the build folder {@code buildDir} ({@link BuildDir}), linked into a private folder. */
    public static ServedDumps of(Path buildDir) throws IOException {
        Path folder = servingFolder(buildDir);
        try {
            return new ServedDumps(DumpFiles.open(buildDir).linkInto(folder), folder);
        } catch (IOException | RuntimeException e) {
            Folders.deleteQuietly(folder);
            throw e;
        }
    }

    /** The dumps of {@code ds} (with what was withheld from it), written into a private folder. */
    public static ServedDumps write(Dataset ds, Quality quality, String base) throws IOException {
        Path folder = servingFolder(null);
        try {
            return new ServedDumps(DumpFiles.write(ds, quality, base, folder), folder);
        } catch (IOException | RuntimeException e) {
            Folders.deleteQuietly(folder);
            throw e;
        }
    }

    /** A new private folder: beside the build folder (so hard links work), else a temporary one. */
    private static Path servingFolder(Path buildDir) throws IOException {
        Path parent = buildDir == null ? null : buildDir.toAbsolutePath().normalize().getParent();
        if (parent != null) {
            try {
                return Files.createTempDirectory(parent, "." + buildDir.getFileName() + ".serving-");
            } catch (IOException e) {
                // not writable: fall back to the temporary folder (files are then copied)
            }
        }
        return Files.createTempDirectory("ckg-dumps-");
    }

    /** The served files. */
    public DumpFiles files() {
        return files;
    }

    /** Deletes the private folder (a download already running keeps its open file). */
    @Override
    public void close() {
        Folders.deleteQuietly(folder);
    }
}
