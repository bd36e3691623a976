package dev.leakproof.errorprone.sarif;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The arguments of {@code -Xplugin:LeakproofSarif [out=FILE] [root=DIR]}.
 *
 * <p>javac splits a plugin's arguments at white space, so neither path may contain a space.
 * Relative paths resolve against the compiler's working directory (in Maven, where {@code mvn}
 * started: prefer {@code ${project.build.directory}/…}).
 *
 * @param out where the SARIF log goes; by default {@code leakproof-<d>.sarif} next to the
 *     class output directory {@code <d>} (so {@code target/leakproof-classes.sarif} and
 *     {@code target/leakproof-test-classes.sarif} do not overwrite each other), or
 *     {@code leakproof.sarif} in the working directory when there is no {@code -d}
 * @param root artifact URIs are relative to it ({@code %SRCROOT%}); by default the working
 *     directory, which for a build started at the repository root gives repository paths
 * @param problems arguments we did not understand, to be reported as warnings
 */
record SarifOptions(Path out, Path root, List<String> problems) {
  static SarifOptions parse(String[] args, String classOutputDir) {
    Path out = null;
    Path root = Path.of("").toAbsolutePath();
    List<String> problems = new ArrayList<>();
    for (String arg : args) {
      int eq = arg.indexOf('=');
      String key = eq < 0 ? arg : arg.substring(0, eq);
      String value = eq < 0 ? "" : arg.substring(eq + 1);
      if (value.isEmpty()) {
        problems.add("ignored '" + arg + "': want out=FILE or root=DIR");
      } else if (key.equals("out")) {
        out = Path.of(value).toAbsolutePath();
      } else if (key.equals("root")) {
        root = Path.of(value).toAbsolutePath();
      } else {
        problems.add("ignored unknown option '" + arg + "': want out=FILE or root=DIR");
      }
    }
    if (out == null) {
      out = classOutputDir == null || classOutputDir.isEmpty()
          ? Path.of("leakproof.sarif").toAbsolutePath()
          : defaultNextTo(Path.of(classOutputDir).toAbsolutePath().normalize());
    }
    return new SarifOptions(out.normalize(), root.normalize(), List.copyOf(problems));
  }

  private static Path defaultNextTo(Path classes) {
    Path parent = classes.getParent();
    String name = "leakproof-" + classes.getFileName() + ".sarif";
    return parent == null ? Path.of(name).toAbsolutePath() : parent.resolve(name);
  }
}
