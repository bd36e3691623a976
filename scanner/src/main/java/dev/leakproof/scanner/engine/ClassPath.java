package dev.leakproof.scanner.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipFile;

/**
 * The jars whose types the symbol solver may use besides the JDK and the scanned sources
 * (the user's {@code --classpath} and a Maven project's dependencies). Each jar is opened once
 * here, so a broken jar becomes one note instead of a failure in every worker.
 *
 * @param jars readable jars, in the order given, each once
 * @param problems what was wrong with the entries left out, one line each
 */
public record ClassPath(List<Path> jars, List<String> problems) {
  public static final ClassPath EMPTY = new ClassPath(List.of(), List.of());

  public ClassPath {
    jars = List.copyOf(jars);
    problems = List.copyOf(problems);
  }

  /** Keeps the entries that are readable jars; the others become {@link #problems()}. */
  public static ClassPath of(List<Path> entries) {
    Set<Path> jars = new LinkedHashSet<>();
    List<String> problems = new ArrayList<>();
    for (Path entry : entries) {
      Path jar = entry.toAbsolutePath().normalize();
      if (Files.isDirectory(jar)) {
        problems.add(jar + " is a folder; only jars are supported on the class path");
        continue;
      }
      try (ZipFile zip = new ZipFile(jar.toFile())) {
        jars.add(jar);
      } catch (IOException e) {
        problems.add(jar + " is not a readable jar (" + e.getMessage() + ")");
      }
    }
    return new ClassPath(new ArrayList<>(jars), problems);
  }

  /** This class path followed by {@code other}'s jars and problems. */
  public ClassPath plus(ClassPath other) {
    Set<Path> all = new LinkedHashSet<>(jars);
    all.addAll(other.jars);
    List<String> allProblems = new ArrayList<>(problems);
    allProblems.addAll(other.problems);
    return new ClassPath(new ArrayList<>(all), allProblems);
  }
}
