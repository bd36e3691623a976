package dev.leakproof.spotbugs;

import dev.leakproof.checks.model.singleton.SingletonBeans;
import dev.leakproof.spotbugs.bytecode.ClassFiles;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import org.apache.bcel.classfile.AnnotationEntry;
import org.apache.bcel.classfile.FieldOrMethod;
import org.apache.bcel.classfile.JavaClass;

/**
 * The dependency-injection annotations ListenerLeak reads from class files ({@link SingletonBeans}
 * names them): on a field, whether a container injects it; on a class, whether a container keeps
 * one instance of it. Annotations with class retention ({@code javax.annotation.Resource} is
 * runtime, so are the others) are in the class file too.
 */
final class ClassAnnotations {
  private ClassAnnotations() {}

  static boolean injects(FieldOrMethod member) {
    for (AnnotationEntry entry : member.getAnnotationEntries()) {
      if (SingletonBeans.isInjection(dotted(entry))) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code className} (dotted) carries a singleton-scope annotation; unknown classes do not. */
  static boolean isSingletonBean(String className) {
    return hasAnnotation(className, SingletonBeans::isSingletonScope);
  }

  /**
   * Whether {@code className} (dotted) carries an annotation whose dotted name {@code wanted}
   * accepts; unknown classes carry none.
   */
  static boolean hasAnnotation(String className, Predicate<String> wanted) {
    return ClassFiles.read(className).stream()
        .flatMap(javaClass -> Arrays.stream(javaClass.getAnnotationEntries()))
        .anyMatch(entry -> wanted.test(dotted(entry)));
  }

  /** The dotted names of the annotations on {@code javaClass}. */
  static List<String> of(JavaClass javaClass) {
    List<String> names = new ArrayList<>();
    for (AnnotationEntry entry : javaClass.getAnnotationEntries()) {
      names.add(dotted(entry));
    }
    return names;
  }

  /** {@code Ljavax/inject/Inject;} gives {@code javax.inject.Inject}. */
  private static String dotted(AnnotationEntry entry) {
    String type = entry.getAnnotationType();
    if (type.startsWith("L") && type.endsWith(";")) {
      type = type.substring(1, type.length() - 1);
    }
    return type.replace('/', '.');
  }
}
