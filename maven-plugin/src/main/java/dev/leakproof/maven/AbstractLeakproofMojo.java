package dev.leakproof.maven;

import dev.leakproof.scanner.cli.CommandLine;
import java.io.File;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.maven.artifact.DependencyResolutionRequiredException;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * What {@code scan} and {@code check} share: the parameters users know from maven-pmd-plugin and
 * spotbugs-maven-plugin, turned into a {@code leakproof scan} command line run in-process, so the
 * plugin behaves exactly as the documented command line (and reads the module's
 * {@code .leakproof.yml} the same way).
 */
abstract class AbstractLeakproofMojo extends AbstractMojo {
  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  MavenProject project;

  /** Skips Leakproof: {@code -Dleakproof.skip}. */
  @Parameter(property = "leakproof.skip", defaultValue = "false")
  boolean skip;

  /**
   * Globs of the files to scan, relative to the module's folder ({@code ${basedir}}), e.g.
   * {@code src/main/java/com/example/**}; default: every file of the source roots. An include
   * that matches no file fails the build, so a typo cannot silently empty the scan.
   */
  @Parameter
  List<String> includes = new ArrayList<>();

  /**
   * Globs of files to skip, relative to the module's folder, e.g. {@code **&#47;generated/**}; one
   * that matches nothing in a module is only noted, so a parent POM can set it for all modules.
   */
  @Parameter
  List<String> excludes = new ArrayList<>();

  /** The rules to run, comma-separated names (default: all); see {@code leakproof rules}. */
  @Parameter(property = "leakproof.rules")
  String rules;

  /**
   * A severity per rule, e.g. {@code <severities><UnclosedResource>error</UnclosedResource>}
   * (levels: {@code warning}, {@code error}); every rule is a warning by default.
   */
  @Parameter
  Map<String, String> severities = Map.of();

  /** Also scan the test source roots. */
  @Parameter(property = "leakproof.includeTests", defaultValue = "false")
  boolean includeTests;

  /**
   * A SARIF log of accepted findings (see {@code writeBaseline}): only findings not in it are
   * reported and fail the build.
   */
  @Parameter(property = "leakproof.baseline")
  File baseline;

  /**
   * Records this scan's findings in this file, the baseline for later builds:
   * {@code mvn verify -Dleakproof.writeBaseline=leakproof-baseline.sarif}.
   */
  @Parameter(property = "leakproof.writeBaseline")
  File writeBaseline;

  /** A config file other than {@code .leakproof.yml} in the module's folder. */
  @Parameter(property = "leakproof.config")
  File configFile;

  /**
   * Keeps each file's results in {@code target/leakproof.cache}, so that the next build analyses
   * only the files that changed and those whose analysis read what changed in them: their
   * declarations, or the method bodies a rule followed (the results are those of a full scan);
   * {@code mvn clean} or {@code -Dleakproof.cache=false} starts afresh.
   */
  @Parameter(property = "leakproof.cache", defaultValue = "true")
  boolean cache;

  /** Where {@code mvn} runs: the log shows paths relative to it, as a compiler would. */
  @Parameter(defaultValue = "${session.executionRootDirectory}", readonly = true)
  File executionRoot;

  /** Where the reports go: {@code leakproof.sarif}, {@code leakproof.txt}, {@code leakproof.html}. */
  @Parameter(defaultValue = "${project.build.directory}", readonly = true)
  File outputDirectory;

  /**
   * Runs the scan and returns the command line's exit status.
   *
   * @param failOn the {@code --fail-on} level, or null for the config file's or the default
   */
  int scan(String failOn) throws MojoExecutionException {
    return scan(failOn, outputDirectory.toPath().resolve("leakproof.html"));
  }

  /** Whether the module has a source folder to scan. */
  boolean hasSources() {
    return !sourceFolders().isEmpty();
  }

  private List<String> sourceFolders() {
    List<String> sources = new ArrayList<>();
    addExisting(sources, project.getCompileSourceRoots());
    if (includeTests) {
      addExisting(sources, project.getTestCompileSourceRoots());
    }
    return sources;
  }

  /** {@link #scan(String)} with the HTML report written to {@code html}. */
  int scan(String failOn, Path html) throws MojoExecutionException {
    Path root = project.getBasedir().toPath();
    List<String> sources = sourceFolders();
    if (sources.isEmpty()) {
      getLog().info("Leakproof: no Java source folder in " + project.getArtifactId()
          + "; nothing to scan");
      return CommandLine.CLEAN;
    }
    Path target = outputDirectory.toPath();
    List<String> args = new ArrayList<>(List.of("scan", "--no-progress", "--root",
        root.toString(), "--format", "text",
        "--report", "text:" + target.resolve("leakproof.txt"),
        "--report", "sarif:" + target.resolve("leakproof.sarif"),
        "--report", "html:" + html));
    if (failOn != null) {
      args.addAll(List.of("--fail-on", failOn));
    }
    for (String include : includes) {
      args.addAll(List.of("--include", include));
    }
    for (String exclude : excludes) {
      args.addAll(List.of("--exclude", exclude));
    }
    if (cache) {
      args.addAll(List.of("--cache", target.resolve("leakproof.cache").toString()));
    }
    if (rules != null && !rules.isBlank()) {
      args.addAll(List.of("--rules", rules));
    }
    severities.forEach((rule, level) -> args.addAll(List.of("--severity", rule + "=" + level)));
    if (baseline != null) {
      args.addAll(List.of("--baseline", baseline.getPath()));
    }
    if (writeBaseline != null) {
      args.addAll(List.of("--write-baseline", writeBaseline.getPath()));
    }
    if (configFile != null) {
      args.addAll(List.of("--config", configFile.getPath()));
    }
    String classPath = String.join(File.pathSeparator, jars());
    if (!classPath.isEmpty()) {
      args.addAll(List.of("--classpath", classPath));
    }
    args.add("--");
    args.addAll(sources);

    getLog().debug("Leakproof: " + String.join(" ", args));
    try (LogStream findings = new LogStream(getLog(), LogStream.Level.WARN);
        LogStream messages = new LogStream(getLog(), LogStream.Level.INFO);
        PrintStream out = new PrintStream(findings, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(messages, true, StandardCharsets.UTF_8)) {
      Path cwd = executionRoot == null ? root : executionRoot.toPath();
      int status = new CommandLine(out, err, cwd, false).run(args.toArray(String[]::new));
      out.flush();
      err.flush();
      if (status == CommandLine.USAGE) {
        throw new MojoExecutionException("Leakproof could not run: " + messages.lastMessage());
      }
      return status;
    }
  }

  private static void addExisting(List<String> into, List<String> roots) {
    for (String root : roots) {
      if (Files.isDirectory(Path.of(root))) {
        into.add(root);
      }
    }
  }

  /**
   * The jars of the module's class path (its dependencies, and in a reactor its siblings'
   * packaged jars), for type resolution. Class folders are left out: the scanner reads types of
   * the module itself from its sources.
   */
  private List<String> jars() throws MojoExecutionException {
    Set<String> elements = new LinkedHashSet<>();
    try {
      elements.addAll(project.getCompileClasspathElements());
      if (includeTests) {
        elements.addAll(project.getTestClasspathElements());
      }
    } catch (DependencyResolutionRequiredException e) {
      throw new MojoExecutionException("Leakproof needs the project's dependencies resolved", e);
    }
    return elements.stream().filter(element -> Files.isRegularFile(Path.of(element))).toList();
  }
}
