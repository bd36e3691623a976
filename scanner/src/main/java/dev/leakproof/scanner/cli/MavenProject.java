package dev.leakproof.scanner.cli;

import dev.leakproof.scanner.engine.ClassPath;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A Maven project given as a {@code pom.xml}: the folders to scan and the jars its code compiles
 * against, taken from the local repository only (a project that was never built there has
 * few of them; each missing jar only means unknown types, and is mentioned once).
 *
 * <p>Dependencies are resolved the simple way: the pom's own and inherited ones in every scope,
 * then, breadth first, the {@code compile} and {@code runtime} dependencies of each jar's pom,
 * nearest first, versions managed by the project's {@code <dependencyManagement>} (and BOMs
 * found in the local repository). Exclusions, profiles and version ranges are not applied. The
 * modules of an aggregator pom are read too; their own artifacts come from the scanned sources.
 *
 * @param sourceFolders what to scan: the source and test folders of the pom and its modules
 *     that exist, or the pom's folder when there are none
 * @param classPath the jars found, and one line for each kind of problem
 */
record MavenProject(List<Path> sourceFolders, ClassPath classPath) {
  /** Bounds the walk over transitive poms on huge dependency trees. */
  private static final int MAX_ARTIFACTS = 2000;

  static MavenProject load(Path pomFile, LocalRepository repository) throws MavenPom.Unreadable {
    List<MavenPom> modules = new ArrayList<>();
    collectModules(pomFile.toAbsolutePath().normalize(), repository, modules, 0);
    MavenPom top = modules.get(0);

    // Each module's source and test folders (not target/, whose copies and generated code
    // would be scanned twice or flag what nobody wrote); the pom's folder when there are none.
    List<Path> folders = new ArrayList<>();
    for (MavenPom module : modules) {
      Path base = module.file.getParent();
      for (String folder : List.of(module.sourceDirectory.orElse("src/main/java"),
          module.testSourceDirectory.orElse("src/test/java"))) {
        Path path = base.resolve(folder).normalize();
        if (Files.isDirectory(path) && !folders.contains(path)) {
          folders.add(path);
        }
      }
    }
    if (folders.isEmpty()) {
      folders.add(top.file.getParent());
    }
    return new MavenProject(folders, resolve(modules, repository));
  }

  private static void collectModules(Path pomFile, LocalRepository repository,
      List<MavenPom> into, int depth) throws MavenPom.Unreadable {
    MavenPom pom = MavenPom.read(pomFile, repository);
    into.add(pom);
    if (depth > 10) {
      return;
    }
    for (String module : pom.modules) {
      Path path = pomFile.getParent().resolve(module).normalize();
      Path modulePom = Files.isDirectory(path) ? path.resolve("pom.xml") : path;
      if (Files.isRegularFile(modulePom)) {
        try {
          collectModules(modulePom, repository, into, depth + 1);
        } catch (MavenPom.Unreadable e) {
          // its sources are still scanned; only its dependencies are unknown
        }
      }
    }
  }

  private static ClassPath resolve(List<MavenPom> modules, LocalRepository repository) {
    Set<String> reactor = new HashSet<>();
    for (MavenPom module : modules) {
      reactor.add(module.groupId + ":" + module.artifactId);
    }
    Set<Path> jars = new LinkedHashSet<>();
    List<String> missing = new ArrayList<>();
    List<String> unversioned = new ArrayList<>();
    Set<String> unreadBoms = new LinkedHashSet<>();
    int missingTransitive = 0;
    Set<String> seen = new HashSet<>();
    Deque<Pending> queue = new ArrayDeque<>();
    for (MavenPom module : modules) {
      unreadBoms.addAll(module.unreadBoms);
      for (MavenPom.Dependency dependency : module.dependencies) {
        queue.add(new Pending(module, module.managedVersionOf(dependency), true));
      }
    }
    while (!queue.isEmpty() && seen.size() < MAX_ARTIFACTS) {
      Pending next = queue.poll();
      MavenPom.Dependency d = next.dependency();
      if (!isJar(d) || d.scope().equals("import")
          || reactor.contains(d.groupId() + ":" + d.artifactId()) // scanned as sources
          || !seen.add(d.groupId() + ":" + d.artifactId() + ":" + d.classifier())) {
        continue;
      }
      if (d.version().isEmpty() || d.version().contains("${")) {
        if (next.direct()) {
          unversioned.add(d.groupId() + ":" + d.artifactId());
        }
        continue;
      }
      Path jar = d.scope().equals("system") && !d.systemPath().isEmpty()
          ? Path.of(d.systemPath())
          : repository.jar(d.groupId(), d.artifactId(), d.version(), d.classifier());
      if (Files.isRegularFile(jar)) {
        jars.add(jar);
      } else if (next.direct()) {
        missing.add(d.coordinates());
      } else {
        missingTransitive++;
      }
      Path pom = repository.pom(d.groupId(), d.artifactId(), d.version());
      if (d.scope().equals("system") || !Files.isRegularFile(pom)) {
        continue;
      }
      try {
        MavenPom dependencyPom = MavenPom.read(pom, repository);
        for (MavenPom.Dependency transitive : dependencyPom.dependencies) {
          String scope = transitive.scope();
          if (transitive.optional() || !(scope.isEmpty() || scope.equals("compile")
              || scope.equals("runtime"))) {
            continue;
          }
          // The project's management wins over the dependency's own versions, as in Maven.
          MavenPom.Dependency managed = next.project().managedVersionOf(
              withoutVersion(transitive));
          if (managed.version().isEmpty()) {
            managed = dependencyPom.managedVersionOf(transitive);
          }
          queue.add(new Pending(next.project(), managed, false));
        }
      } catch (MavenPom.Unreadable e) {
        // its own jar is still used; only what it depends on is unknown
      }
    }

    List<String> problems = new ArrayList<>();
    String where = modules.get(0).file.toString();
    if (!missing.isEmpty()) {
      problems.add(where + ": " + count(missing.size(), "dependency", "dependencies")
          + " not in the local repository " + repository.root() + " (build the project once to"
          + " download them); types from them are unknown: " + sample(missing));
    }
    if (missingTransitive > 0) {
      problems.add(where + ": " + count(missingTransitive, "transitive dependency",
          "transitive dependencies") + " not in the local repository " + repository.root()
          + "; types from them are unknown");
    }
    if (!unversioned.isEmpty()) {
      problems.add(where + ": no version found for " + sample(unversioned)
          + " (managed by a parent or BOM that is not in the local repository)");
    }
    if (!unreadBoms.isEmpty()) {
      problems.add(where + ": BOMs not in the local repository, their versions are unknown: "
          + sample(new ArrayList<>(unreadBoms)));
    }
    return new ClassPath(new ArrayList<>(jars), problems);
  }

  private record Pending(MavenPom project, MavenPom.Dependency dependency, boolean direct) {}

  private static boolean isJar(MavenPom.Dependency d) {
    return d.type().equals("jar") || d.type().equals("test-jar") || d.type().equals("bundle");
  }

  private static MavenPom.Dependency withoutVersion(MavenPom.Dependency d) {
    return new MavenPom.Dependency(d.groupId(), d.artifactId(), "", d.type(), d.classifier(),
        d.scope(), d.optional(), d.systemPath());
  }

  private static String count(int n, String one, String many) {
    return n + " " + (n == 1 ? one : many);
  }

  private static String sample(List<String> items) {
    int shown = Math.min(items.size(), 10);
    String text = String.join(", ", items.subList(0, shown));
    return items.size() > shown ? text + ", … (" + (items.size() - shown) + " more)" : text;
  }
}
