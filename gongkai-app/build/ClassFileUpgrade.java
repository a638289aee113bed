import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Enumeration;
import java.util.List;
import java.util.stream.Stream;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Opcodes;

/**
 * Build step (run by the exec plugin before the class-data sharing training): rewrites the class
 * files of a jar in target/cli/lib that are older than Java 6 (class-file version below 50, as
 * picocli's, which targets Java 5) as Java 8 class files (version 52) with their stack map frames
 * computed. The JDK's class-data sharing archives no class older than version 50, so without this
 * every command loads and verifies picocli's ~175 classes from the jar again. The code itself is
 * unchanged. Usage: java -cp asm.jar ClassFileUpgrade DIR PREFIX... (the jars in DIR whose names
 * start with a PREFIX and whose first class file is older than version 50; only jars the command
 * line loads on every run are worth it, and a jar's classes must not need another jar's to compute
 * their frames).
 */
public final class ClassFileUpgrade {

    private static final int OLDEST_ARCHIVED = 50;
    private static final int TARGET = Opcodes.V1_8;

    public static void main(String[] args) throws IOException {
        List<Path> jars;
        try (Stream<Path> s = Files.list(Path.of(args[0]))) {
            List<String> prefixes = List.of(args).subList(1, args.length);
            jars = s.filter(p -> p.getFileName().toString().endsWith(".jar"))
                    .filter(p -> prefixes.stream().anyMatch(x -> p.getFileName().toString().startsWith(x))).sorted().toList();
        }
        for (Path jar : jars) {
            if (oldest(jar) < OLDEST_ARCHIVED) {
                upgrade(jar);
            }
        }
    }

    /** The class-file version of the jar's first class (outside META-INF), MAX_VALUE when none. */
    private static int oldest(Path jar) throws IOException {
        try (JarFile in = new JarFile(jar.toFile())) {
            Enumeration<JarEntry> entries = in.entries();
            while (entries.hasMoreElements()) {
                JarEntry e = entries.nextElement();
                if (e.getName().endsWith(".class") && !e.getName().startsWith("META-INF/")) {
                    try (InputStream is = in.getInputStream(e)) {
                        return version(is.readNBytes(8));
                    }
                }
            }
        }
        return Integer.MAX_VALUE;
    }

    private static void upgrade(Path jar) throws IOException {
        Path tmp = jar.resolveSibling(jar.getFileName() + ".tmp");
        int upgraded = 0;
        try (JarFile in = new JarFile(jar.toFile());
                URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, ClassLoader.getPlatformClassLoader());
                OutputStream os = Files.newOutputStream(tmp);
                JarOutputStream out = new JarOutputStream(os)) {
            Enumeration<JarEntry> entries = in.entries();
            while (entries.hasMoreElements()) {
                JarEntry e = entries.nextElement();
                byte[] bytes;
                try (InputStream is = in.getInputStream(e)) {
                    bytes = is.readAllBytes();
                }
                if (!e.isDirectory() && e.getName().endsWith(".class") && !e.getName().startsWith("META-INF/")
                        && version(bytes) < OLDEST_ARCHIVED) {
                    bytes = rewrite(bytes, loader);
                    upgraded++;
                }
                JarEntry copy = new JarEntry(e.getName());
                copy.setTime(e.getTime());
                out.putNextEntry(copy);
                out.write(bytes);
                out.closeEntry();
            }
        }
        Files.move(tmp, jar, StandardCopyOption.REPLACE_EXISTING);
        System.out.println("ClassFileUpgrade: " + jar.getFileName() + ": " + upgraded + " class files now version " + TARGET);
    }

    private static int version(byte[] classFile) {
        return classFile.length < 8 ? Integer.MAX_VALUE : ((classFile[6] & 0xff) << 8) | (classFile[7] & 0xff);
    }

    private static byte[] rewrite(byte[] bytes, ClassLoader loader) {
        ClassReader reader = new ClassReader(bytes);
        ClassWriter writer = new ClassWriter(ClassWriter.COMPUTE_FRAMES) {
            @Override
            protected ClassLoader getClassLoader() {
                // the frames' common super classes are looked up among the jar's own classes and the JDK's
                return loader;
            }
        };
        // frames are recomputed from the code, so the old ones (there are none below version 50) are dropped
        reader.accept(new ClassVisitor(Opcodes.ASM9, writer) {
            @Override
            public void visit(int version, int access, String name, String signature, String superName, String[] interfaces) {
                super.visit(TARGET, access, name, signature, superName, interfaces);
            }
        }, ClassReader.SKIP_FRAMES);
        return writer.toByteArray();
    }

    private ClassFileUpgrade() {
    }
}
