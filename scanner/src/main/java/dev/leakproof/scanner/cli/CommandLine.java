package dev.leakproof.scanner.cli;

import dev.leakproof.checks.catalog.BuildInfo;
import dev.leakproof.checks.catalog.Rule;
import dev.leakproof.checks.finding.Finding;
import dev.leakproof.checks.finding.Notification;
import dev.leakproof.checks.sarif.SarifRun;
import dev.leakproof.checks.sarif.SarifWriter;
import dev.leakproof.scanner.engine.ClassPath;
import dev.leakproof.scanner.engine.ScanResult;
import dev.leakproof.scanner.engine.Scanner;
import dev.leakproof.scanner.engine.SourceRule;
import dev.leakproof.scanner.engine.SourceRules;
import dev.leakproof.scanner.report.HtmlReport;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The {@code leakproof} command: {@code scan}, {@code rules}, {@code --version}, {@code --help}.
 * Works on the streams and folder it is given, so tests run it in-process.
 */
public final class CommandLine {
  public static final int CLEAN = 0;
  public static final int FINDINGS = 1;
  public static final int USAGE = 2;

  /** The engine id in SARIF and in conformance. */
  public static final String ENGINE = "scanner";

  private final PrintStream out;
  private final PrintStream err;
  private final Path cwd;

  private final boolean interactive;

  public CommandLine(PrintStream out, PrintStream err, Path cwd) {
    this(out, err, cwd, false);
  }

  /**
   * @param interactive whether {@code err} is a terminal, where a long scan shows its progress
   */
  public CommandLine(PrintStream out, PrintStream err, Path cwd, boolean interactive) {
    this.out = out;
    this.err = err;
    this.cwd = cwd.toAbsolutePath().normalize();
    this.interactive = interactive;
  }

  /** Runs one command and returns the exit status. */
  public int run(String... args) {
    if (args.length == 0) {
      return usageError("no command given");
    }
    List<String> rest = Arrays.asList(args).subList(1, args.length);
    switch (args[0]) {
      case "scan":
        try {
          return scan(ScanOptions.parse(rest, cwd, interactive));
        } catch (UsageException e) {
          return usageError(e.getMessage());
        }
      case "rules":
        if (!rest.isEmpty()) {
          return usageError("rules takes no arguments");
        }
        listRules();
        return CLEAN;
      case "--version":
      case "version":
        out.println("leakproof " + BuildInfo.VERSION);
        return CLEAN;
      case "--help":
      case "-h":
      case "help":
        out.print(Usage.TEXT);
        return CLEAN;
      default:
        return usageError("unknown command '" + args[0] + "'");
    }
  }

  /** One line saying what is wrong and where help is; the whole usage would bury it. */
  private int usageError(String message) {
    err.println("leakproof: " + message);
    err.println("Run 'leakproof --help' for usage.");
    return USAGE;
  }

  private int scan(ScanOptions options) {
    List<Path> inputs = new ArrayList<>();
    ClassPath classPath = ClassPath.of(options.classPath());
    LocalRepository repository = LocalRepository.find();
    for (Path path : options.paths()) {
      if (!ScanOptions.isPom(path)) {
        inputs.add(path);
      }
    }
    for (Path pom : options.projects()) {
      MavenProject project;
      try {
        project = MavenProject.load(pom, repository);
      } catch (MavenPom.Unreadable e) {
        return usageError("cannot read the Maven project: " + e.getMessage());
      }
      if (options.paths().contains(pom)) {
        inputs.addAll(project.sourceFolders());
      }
      classPath = classPath.plus(project.classPath());
    }
    Optional<Baseline> baseline = Optional.empty();
    if (options.baseline().isPresent()) {
      try {
        baseline = Optional.of(Baseline.read(options.baseline().get()));
      } catch (UsageException e) {
        return usageError(e.getMessage());
      }
    }

    Scanner scanner = new Scanner(options.rules().sourceRules(),
        Runtime.getRuntime().availableProcessors())
        .withClassPath(classPath)
        .withFilter(options.filter());
    if (options.cache().isPresent()) {
      scanner = scanner.withCache(options.cache().get(), err::println);
    }
    ScanResult result;
    if (options.progress()) {
      try (ProgressDisplay progress = new ProgressDisplay(err)) {
        result = scanner.withProgress(progress).scan(inputs, options.root());
      }
    } else {
      result = scanner.scan(inputs, options.root());
    }
    // An include that matches nothing empties the scan, and a gate on nothing passes: an
    // error. An exclude that matches nothing scans more, never less (so it cannot hide a
    // finding), and one shared by every module of a build may fit only some: a note.
    List<String> unmatchedIncludes = options.filter().includesThatMatchedNothing();
    if (!unmatchedIncludes.isEmpty()) {
      return usageError("no file matched --include " + quoted(unmatchedIncludes)
          + " (or include: in .leakproof.yml); patterns match paths relative to the root "
          + options.root() + ", e.g. 'com/example/**' or '**/service/**'");
    }

    List<Notification> notifications = new ArrayList<>();
    for (String exclude : options.filter().excludesThatMatchedNothing()) {
      notifications.add(new Notification("note", "", 0, "--exclude '" + exclude
          + "' matched no file (patterns match paths relative to the root " + options.root()
          + ")"));
    }
    for (Rule rule : options.rules().notInScanner()) {
      notifications.add(new Notification("note", "", 0, "rule " + rule.ruleName()
          + " is not checked by the scanner yet"));
    }
    notifications.addAll(result.notifications());
    TextReport text = new TextReport(options.root(), cwd);
    for (Notification notification : notifications) {
      String where = notification.path().isEmpty() ? "leakproof" : text.shown(notification.path());
      String level = notification.level().equals("error") ? "" : notification.level() + ": ";
      err.println(where + ": " + level + notification.message());
    }

    List<Finding> findings = result.findings().stream().map(options.severities()::apply)
        .toList();
    Optional<Baseline.Comparison> comparison = baseline.map(b -> b.compare(findings));
    List<Finding> reported = comparison.map(Baseline.Comparison::newFindings).orElse(findings);
    SarifRun sarif = new SarifRun(ENGINE, findings, notifications, result.internalErrors() == 0,
        comparison.map(Baseline.Comparison::sarif));
    String summary = summary(result, reported.size(), comparison, "listed above");
    try {
      for (ScanOptions.Report report : options.reports()) {
        String content = switch (report.format()) {
          case SARIF -> SarifWriter.toJson(sarif);
          case TEXT -> text.render(reported);
          case HTML -> new HtmlReport(options.root()).render(title(options.root()),
              summary(result, reported.size(), comparison, "listed below"), reported,
              notifications);
        };
        write(report.file(), content);
      }
      if (options.writeBaseline().isPresent()) {
        write(options.writeBaseline(), SarifWriter.toJson(
            new SarifRun(ENGINE, findings, List.of(), result.internalErrors() == 0)));
      }
    } catch (ReportNotWritten e) {
      err.println("leakproof: " + e.getMessage());
      return USAGE;
    }
    err.println("leakproof: " + summary);
    boolean fails = reported.stream()
        .anyMatch(f -> options.failOn().fails(f.severity().sarifLevel()));
    return fails ? FINDINGS : CLEAN;
  }

  /** Writes {@code content} to the file, or to standard output when there is none. */
  private void write(Optional<Path> file, String content) throws ReportNotWritten {
    if (file.isEmpty()) {
      out.print(content);
      out.flush();
      return;
    }
    try {
      Path parent = file.get().toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      Files.writeString(file.get(), content, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new ReportNotWritten("cannot write " + file.get() + ": " + PlainIoError.describe(e));
    }
  }

  private static final class ReportNotWritten extends Exception {
    private static final long serialVersionUID = 1L;

    ReportNotWritten(String message) {
      super(message, null, false, false);
    }
  }

  /** @param where where the report lists the files not analysed, e.g. "listed above" */
  private static String summary(ScanResult result, int reported,
      Optional<Baseline.Comparison> baseline, String where) {
    int files = result.filesAnalysed();
    String text = files + (files == 1 ? " file" : " files") + " scanned, "
        + reported + (baseline.isPresent() ? " new" : "")
        + (reported == 1 ? " finding" : " findings");
    if (baseline.isPresent()) {
      int fixed = baseline.get().sarif().absent().size();
      text += " (" + baseline.get().unchanged() + " in the baseline not shown"
          + (fixed > 0 ? ", " + fixed + " baseline findings gone" : "") + ")";
    }
    if (result.filesNotAnalysed() > 0) {
      text += ", " + result.filesNotAnalysed() + " not analysed (" + where + ")";
    }
    if (result.internalErrors() > 0) {
      text += ", " + result.internalErrors() + " internal errors (" + where + ")";
    }
    return text;
  }

  private static String quoted(List<String> patterns) {
    return patterns.stream().map(p -> "'" + p + "'").collect(Collectors.joining(", "));
  }

  /** The scanned folder's name, as the HTML report's title. */
  private static String title(Path root) {
    return root.getFileName() == null ? root.toString() : root.getFileName().toString();
  }

  private void listRules() {
    Set<Rule> checked = SourceRules.all().stream().map(SourceRule::rule)
        .collect(Collectors.toSet());
    for (Rule rule : Rule.values()) {
      out.println(rule.ruleName() + "  [" + rule.family().id() + "]"
          + (checked.contains(rule) ? "" : "  (not checked by the scanner yet)"));
      out.println("    " + rule.summary());
      out.println("    " + rule.docUrl());
    }
  }
}
