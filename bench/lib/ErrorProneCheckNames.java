import com.google.errorprone.BugPattern;

/**
 * Prints the Error Prone check name (the {@code -Xep:} flag name) of each BugChecker class given
 * as an argument: {@code @BugPattern(name=...)}, or the class's simple name when that is empty.
 * Run as a source file with Error Prone and the plugin jar on the class path.
 */
public class ErrorProneCheckNames {
  public static void main(String[] args) throws ClassNotFoundException {
    for (String className : args) {
      Class<?> checker = Class.forName(className, false, ErrorProneCheckNames.class.getClassLoader());
      BugPattern pattern = checker.getAnnotation(BugPattern.class);
      String name = pattern == null || pattern.name().isEmpty() ? checker.getSimpleName() : pattern.name();
      System.out.println(name);
    }
  }
}
