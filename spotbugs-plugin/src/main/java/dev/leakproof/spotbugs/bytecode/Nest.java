package dev.leakproof.spotbugs.bytecode;

import edu.umd.cs.findbugs.classfile.CheckedAnalysisException;
import edu.umd.cs.findbugs.classfile.DescriptorFactory;
import edu.umd.cs.findbugs.classfile.Global;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.bcel.Const;
import org.apache.bcel.classfile.Attribute;
import org.apache.bcel.classfile.InnerClass;
import org.apache.bcel.classfile.InnerClasses;
import org.apache.bcel.classfile.JavaClass;

/**
 * The classes compiled from one source file's top-level class: it and all its nested, inner,
 * local and anonymous classes, found through {@code InnerClasses} attributes and loaded from
 * SpotBugs' analysis cache. A private static field can only be touched from these.
 */
public final class Nest {
  private final Map<String, JavaClass> classes = new LinkedHashMap<>();
  private boolean complete = true;

  private Nest() {}

  /** The nest {@code member} belongs to; at least {@code member} itself. */
  public static Nest of(JavaClass member) {
    Nest nest = new Nest();
    String name = member.getClassName();
    int dollar = name.indexOf('$');
    JavaClass top = dollar > 0 ? load(name.substring(0, dollar)) : member;
    nest.addWithMembers(top != null ? top : member);
    if (!nest.classes.containsKey(name)) {
      nest.addWithMembers(member); // a top-level name with a $, or an outer class we cannot load
    }
    return nest;
  }

  /** Whether every nested class could be loaded (otherwise some uses may be out of sight). */
  public boolean complete() {
    return complete;
  }

  public List<JavaClass> classes() {
    return new ArrayList<>(classes.values());
  }

  /** A class of the nest by its dotted name, or null. */
  public JavaClass get(String name) {
    return classes.get(name);
  }

  private void addWithMembers(JavaClass type) {
    if (classes.putIfAbsent(type.getClassName(), type) != null) {
      return;
    }
    for (String nested : nestedNames(type)) {
      JavaClass loaded = load(nested);
      if (loaded != null) {
        addWithMembers(loaded);
      } else {
        complete = false;
      }
    }
  }

  /**
   * The entries of {@code type}'s {@code InnerClasses} attribute (one per class, JVMS 4.7.6), by
   * the dotted name of the class each describes: its nested classes, and its own when it is one.
   */
  public static Map<String, InnerClass> innerClassEntries(JavaClass type) {
    Map<String, InnerClass> entries = new LinkedHashMap<>();
    for (Attribute attribute : type.getAttributes()) {
      if (attribute instanceof InnerClasses inner) {
        for (InnerClass entry : inner.getInnerClasses()) {
          entries.putIfAbsent(type.getConstantPool().getConstantString(entry.getInnerClassIndex(),
              Const.CONSTANT_Class).replace('/', '.'), entry);
        }
      }
    }
    return entries;
  }

  /** Classes the {@code InnerClasses} attribute names whose name extends {@code type}'s. */
  public static List<String> nestedNames(JavaClass type) {
    return innerClassEntries(type).keySet().stream()
        .filter(name -> name.startsWith(type.getClassName() + "$")).toList();
  }

  /**
   * For {@code type} and each class around it, outward to the top-level class or to the first
   * local or anonymous class, whether it is private (a local or anonymous class: {@code true}),
   * as {@link dev.leakproof.checks.model.staticcache.StaticCollection#confinedToFile} takes them;
   * read from {@code type}'s {@code InnerClasses} attribute, which has an entry for each class
   * around a nested one (JVMS 4.7.6: each is named in the constant pool as the next one's outer
   * class). Empty for a top-level class.
   */
  public static List<Boolean> privateClasses(JavaClass type) {
    Map<String, InnerClass> entries = innerClassEntries(type);
    List<Boolean> privateClasses = new ArrayList<>();
    for (InnerClass entry = entries.get(type.getClassName()); entry != null;
        entry = entries.get(type.getConstantPool().getConstantString(entry.getOuterClassIndex(),
            Const.CONSTANT_Class).replace('/', '.'))) {
      privateClasses.add((entry.getInnerAccessFlags() & Const.ACC_PRIVATE) != 0);
      if (entry.getOuterClassIndex() == 0) {
        privateClasses.add(true); // a local or anonymous class: no member of any class
        break;
      }
    }
    return privateClasses;
  }

  private static JavaClass load(String dottedName) {
    try {
      return Global.getAnalysisCache().getClassAnalysis(JavaClass.class,
          DescriptorFactory.createClassDescriptor(dottedName.replace('.', '/')));
    } catch (CheckedAnalysisException | RuntimeException e) {
      return null; // not on the analysis path
    }
  }
}
