package dev.leakproof.scanner.engine;

import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Which qualified names are the JDK's own types, for the reflection solver that answers them.
 * JavaParser's {@code ReflectionTypeSolver(true)} takes only names under {@code java.} and
 * {@code javax.}, so the JDK's {@code org.w3c.dom.Document}, {@code org.xml.sax.InputSource} or
 * {@code com.sun.net.httpserver.HttpServer} stayed unresolved without a jar that happens to
 * repeat them, where javac (Error Prone) and the class files (SpotBugs) know them: a method
 * returning a DOM {@code Document} built from a stream then looked, by its name alone, like a
 * type that may keep the stream. Here a name is the JDK's when its package is one a module of
 * the running JDK exports to everyone, the same set javac compiles against.
 */
final class JdkTypes {
  private static final Set<String> EXPORTED_PACKAGES = ModuleFinder.ofSystem().findAll().stream()
      .map(ModuleReference::descriptor)
      .flatMap(module -> module.exports().stream())
      .filter(export -> !export.isQualified())
      .map(ModuleDescriptor.Exports::source)
      .collect(Collectors.toUnmodifiableSet());

  /** Accepts {@code org.w3c.dom.Document} and {@code java.util.Map.Entry}; not {@code javax.servlet.Filter}. */
  static final Predicate<String> ONLY = JdkTypes::isJdkType;

  private JdkTypes() {}

  static boolean isJdkType(String qualifiedName) {
    // A nested type's name continues after its package: try each prefix, longest first.
    for (int dot = qualifiedName.lastIndexOf('.'); dot > 0; dot = qualifiedName.lastIndexOf('.', dot - 1)) {
      if (EXPORTED_PACKAGES.contains(qualifiedName.substring(0, dot))) {
        return true;
      }
    }
    return false;
  }
}
