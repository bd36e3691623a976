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
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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
          return scan(ScanOptions.parse(rest, cwd));
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

  private int usageError(String message) {
    err.println("leakproof: " + message);
    err.println();
    err.print(Usage.TEXT);
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

    Scanner scanner = new Scanner(options.rules().sourceRules(),
        Runtime.getRuntime().availableProcessors())
        .withClassPath(classPath)
        .withFilter(options.filter());
    if (options.cache().isPresent()) {
      scanner = scanner.withCache(options.cache().get(), err::println);
    }
    ScanResult result;
    if (interactive) {
      try (ProgressDisplay progress = new ProgressDisplay(err)) {
        result = scanner.withProgress(progress).scan(inputs, options.root());
      }
    } else {
      result = scanner.scan(inputs, options.root());
    }

    List<Notification> notifications = new ArrayList<>();
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
    String report = options.format() == ScanOptions.Format.SARIF
        ? SarifWriter.toJson(new SarifRun(ENGINE, result.findings(), notifications,
            result.internalErrors() == 0))
        : result.findings().stream().map(text::line)
            .map(line -> line + System.lineSeparator()).collect(Collectors.joining());
    try {
      if (options.output().isPresent()) {
        Path file = options.output().get();
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
          Files.createDirectories(parent);
        }
        Files.writeString(file, report, StandardCharsets.UTF_8);
      } else {
        out.print(report);
        out.flush();
      }
    } catch (IOException e) {
      err.println("leakproof: cannot write the report: " + e);
      return USAGE;
    }
    err.println(summary(result));
    boolean fails = result.findings().stream()
        .anyMatch(f -> options.failOn().fails(f.rule().severity().sarifLevel()));
    return fails ? FINDINGS : CLEAN;
  }

  private static String summary(ScanResult result) {
    int files = result.filesAnalysed();
    String text = "leakproof: " + files + (files == 1 ? " file" : " files") + " scanned, "
        + result.findings().size() + (result.findings().size() == 1 ? " finding" : " findings");
    if (result.filesNotAnalysed() > 0) {
      text += ", " + result.filesNotAnalysed() + " not analysed (see above)";
    }
    if (result.internalErrors() > 0) {
      text += ", " + result.internalErrors() + " internal errors (see above)";
    }
    return text;
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
