import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.classfile.ClassFile;
import java.lang.classfile.ClassFileVersion;
import java.lang.classfile.ClassHierarchyResolver;
import java.lang.classfile.ClassModel;
import java.lang.classfile.ClassTransform;
import java.lang.classfile.CodeTransform;
import java.net.URLClassLoader;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * A build step, run as a single-file program by a JDK 24 or newer (java.lang.classfile, JEP 484):
 * rewrites the classes of a jar compiled for Java 5 or older (picocli's) as Java 8 classes with
 * stack maps, behaviour unchanged. The JVM's start-up caches (the AOT cache of JDK 25, the
 * class-data archive before it) cannot hold classes older than Java 6: the JVM loads and verifies
 * them from the jar on every start, about a fifth of a small command's time (docs/benchmarks.md).
 *
 * <p>Usage: {@code java ModernizeClasses.java JAR}. The jar is replaced only once the new one is
 * whole.
 */
public final class ModernizeClasses {
  /** Class-file major versions: Java 6 (the first with stack maps) and Java 8. */
  private static final int JAVA_6 = 50;

  private static final int JAVA_8 = 52;

  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: java ModernizeClasses.java JAR");
      System.exit(2);
    }
    Path jar = Path.of(args[0]);
    Path rewritten = Files.createTempFile(jar.toAbsolutePath().getParent(), "modernize", ".jar");
    try (URLClassLoader classes = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null);
        InputStream in = Files.newInputStream(jar);
        ZipInputStream zin = new ZipInputStream(in);
        OutputStream out = Files.newOutputStream(rewritten);
        ZipOutputStream zout = new ZipOutputStream(out)) {
      // Stack maps name the common superclasses of merged types: resolved from the jar itself.
      ClassFile classFile =
          ClassFile.of(
              ClassFile.StackMapsOption.GENERATE_STACK_MAPS,
              ClassFile.ClassHierarchyResolverOption.of(
                  ClassHierarchyResolver.defaultResolver()
                      .orElse(ClassHierarchyResolver.ofResourceParsing(classes))));
      ClassTransform toJava8 =
          (builder, element) -> {
            if (element instanceof ClassFileVersion) {
              builder.withVersion(JAVA_8, 0);
            } else {
              builder.with(element);
            }
          };
      // Rebuilding every method body is what makes the library write the stack maps.
      ClassTransform transform =
          toJava8.andThen(ClassTransform.transformingMethodBodies(CodeTransform.ACCEPT_ALL));
      for (ZipEntry entry; (entry = zin.getNextEntry()) != null; ) {
        byte[] bytes = zin.readAllBytes();
        if (entry.getName().endsWith(".class") && !entry.getName().endsWith("module-info.class")) {
          ClassModel model = classFile.parse(bytes);
          if (model.majorVersion() < JAVA_6) {
            bytes = classFile.transformClass(model, transform);
          }
        }
        ZipEntry copy = new ZipEntry(entry.getName());
        copy.setTime(entry.getTime());
        zout.putNextEntry(copy);
        zout.write(bytes);
        zout.closeEntry();
      }
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(rewritten);
      throw e;
    }
    Files.move(rewritten, jar, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }
}
