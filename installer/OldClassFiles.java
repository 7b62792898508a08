import java.io.IOException;
import java.io.OutputStream;
import java.lang.classfile.ClassFile;
import java.lang.classfile.ClassFileVersion;
import java.lang.classfile.ClassHierarchyResolver;
import java.lang.classfile.ClassModel;
import java.lang.classfile.ClassTransform;
import java.lang.classfile.CodeTransform;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * A step of the installer build (installer/build.xml runs it with the JDK's source launcher on the
 * folder of jars the app image is made from).
 *
 * <p>JDK 25's ahead-of-time cache leaves out every class that it cannot verify when it writes the
 * cache: a class file older than Java 6 (version 49 or lower) has no stack maps, so its classes are
 * loaded and linked from the jar at every start. picocli ships such class files; every command paid
 * for its 170 classes. This step writes each such class again at version 52 with stack maps computed
 * by the JDK's class-file API (the bytecode itself is unchanged), so the training run can cache it.
 * A jar with no old class is left byte-identical; a signed jar is never touched; a class the API
 * cannot rewrite leaves its jar as it was and says so.
 */
public final class OldClassFiles {

    static final int OLDEST_CACHED = 50;
    static final int WRITTEN_AT = 52;

    public static void main(String[] args) throws IOException {
        try (DirectoryStream<Path> jars = Files.newDirectoryStream(Path.of(args[0]), "*.jar")) {
            for (Path jar : jars) {
                int rewritten = rewrite(jar);
                if (rewritten > 0) {
                    System.out.println("Wrote " + rewritten + " classes of " + jar.getFileName() + " at class-file version " + WRITTEN_AT
                            + " for the ahead-of-time cache");
                }
            }
        }
    }

    /** Rewrites the old classes of one jar in place; returns how many (0: the jar is untouched). */
    static int rewrite(Path jar) throws IOException {
        if (!hasOldClasses(jar) || isSigned(jar)) {
            return 0;
        }
        Path out = jar.resolveSibling(jar.getFileName() + ".tmp");
        int count = 0;
        try (URLClassLoader own = new URLClassLoader(new URL[] {jar.toUri().toURL()}, ClassLoader.getPlatformClassLoader());
                ZipInputStream in = new ZipInputStream(Files.newInputStream(jar));
                OutputStream file = Files.newOutputStream(out);
                ZipOutputStream zip = new ZipOutputStream(file)) {
            ClassFile classFiles = ClassFile.of(ClassFile.ClassHierarchyResolverOption.of(
                    ClassHierarchyResolver.defaultResolver().orElse(ClassHierarchyResolver.ofResourceParsing(own))));
            for (ZipEntry e; (e = in.getNextEntry()) != null;) {
                byte[] bytes = in.readAllBytes();
                if (isClass(e) && majorVersion(bytes) < OLDEST_CACHED) {
                    bytes = raise(classFiles, bytes);
                    count++;
                }
                ZipEntry copy = new ZipEntry(e.getName());
                copy.setTime(e.getTime());
                zip.putNextEntry(copy);
                zip.write(bytes);
                zip.closeEntry();
            }
        } catch (RuntimeException e) {
            Files.deleteIfExists(out);
            System.out.println("Left " + jar.getFileName() + " as it was: " + e);
            return 0;
        }
        Files.move(out, jar, StandardCopyOption.REPLACE_EXISTING);
        return count;
    }

    static byte[] raise(ClassFile classFiles, byte[] bytes) {
        ClassModel model = classFiles.parse(bytes);
        // The version comes first in the class, so the methods' code is built (with stack maps) at the new one.
        return classFiles.transformClass(model, ClassTransform.transformingMethodBodies(CodeTransform.ACCEPT_ALL)
                .andThen((builder, element) -> {
                    if (element instanceof ClassFileVersion) {
                        builder.withVersion(WRITTEN_AT, 0);
                    } else {
                        builder.with(element);
                    }
                }));
    }

    static boolean hasOldClasses(Path jar) throws IOException {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(jar))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null;) {
                if (isClass(e) && majorVersion(in.readNBytes(8)) < OLDEST_CACHED) {
                    return true;
                }
            }
        }
        return false;
    }

    static boolean isSigned(Path jar) throws IOException {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(jar))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null;) {
                String name = e.getName().toUpperCase(java.util.Locale.ROOT);
                if (name.startsWith("META-INF/") && (name.endsWith(".SF") || name.endsWith(".RSA") || name.endsWith(".DSA") || name.endsWith(".EC"))) {
                    return true;
                }
            }
        }
        return false;
    }

    static boolean isClass(ZipEntry e) {
        return !e.isDirectory() && e.getName().endsWith(".class") && !e.getName().startsWith("META-INF/")
                && !e.getName().endsWith("module-info.class");
    }

    /** The major version of a class file's first eight bytes (magic, minor, major). */
    static int majorVersion(byte[] head) {
        return head.length < 8 ? Integer.MAX_VALUE : ((head[6] & 0xff) << 8) | (head[7] & 0xff);
    }

    private OldClassFiles() {}
}
