package dev.leakproof.scanner.engine;

import com.github.javaparser.JavaParser;
import com.github.javaparser.JavaToken;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParseStart;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ParserConfiguration.LanguageLevel;
import com.github.javaparser.Problem;
import com.github.javaparser.Processor;
import com.github.javaparser.TokenRange;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.validator.postprocessors.Java21PostProcessor;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.symbolsolver.javaparsermodel.JavaParserFacade;
import dev.leakproof.checks.finding.Finding;
import dev.leakproof.checks.finding.Notification;
import dev.leakproof.checks.knowledge.GeneratedCode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;

/**
 * Analyses one file at a time: read, parse, run every rule, keep the findings, drop the tree.
 * Each worker thread owns one, since JavaParser's parser and solvers are not thread-safe.
 */
final class FileAnalyser {
  static final String ERROR = "error";
  static final String NOTE = "note";

  private final JavaParser parser;
  private final TypeSolvers typeSolvers;
  /** The rules, and which of them may report in a file's text. */
  private final TextPrefilter prefilter;
  private final FileBudget budget;
  /** The files the scan's solvers have parsed: a file among them is copied, not parsed. */
  private final SharedParses sharedParses;
  /** Whether the text being parsed has {@code var} in it (see {@link #configuration}). */
  private boolean textMayUseVar;

  /**
   * Drops JavaParser's per-node caches of resolved types before each file (see {@link
   * #FileAnalyser(ClassPath, TextPrefilter, Duration, boolean)}).
   */
  private final boolean forgetsBetweenFiles;

  FileAnalyser(ClassPath classPath, TextPrefilter prefilter, Duration budget) {
    this(classPath, prefilter, budget, false);
  }

  /**
   * With {@code forgetsBetweenFiles}, every file's {@link Outcome#reads} is complete: JavaParser
   * caches resolved types per syntax node, and a neighbour file's nodes stay cached from one
   * analysed file to the next, so that a later file could reuse an answer (a neighbour's
   * supertype, say) without the lookups that found it. Forgetting those answers costs
   * re-resolving them; the {@code --cache} needs them recorded.
   */
  FileAnalyser(ClassPath classPath, TextPrefilter prefilter, Duration budget,
      boolean forgetsBetweenFiles) {
    this(classPath, prefilter, budget, forgetsBetweenFiles, new SharedParses());
  }

  /** One of a scan's workers, sharing {@code sharedParses} with the others. */
  FileAnalyser(ClassPath classPath, TextPrefilter prefilter, Duration budget,
      boolean forgetsBetweenFiles, SharedParses sharedParses) {
    this.forgetsBetweenFiles = forgetsBetweenFiles;
    this.parser = new JavaParser(configuration(() -> textMayUseVar));
    this.budget = new FileBudget(budget);
    this.sharedParses = sharedParses;
    this.typeSolvers = new TypeSolvers(SharedParses.markingCleanParses(configuration()),
        classPath, this.budget, sharedParses);
    this.prefilter = prefilter;
  }

  static ParserConfiguration configuration() {
    return configuration(() -> true);
  }

  /**
   * The configuration, post-processing a tree only when {@code mayUseVar}: the post-processing
   * turns each type named {@code var} into a VarType and walks the whole tree to find them, for
   * nothing when the word is not in the text.
   */
  private static ParserConfiguration configuration(BooleanSupplier mayUseVar) {
    ParserConfiguration configuration = new ParserConfiguration()
        // RAW: the Java 21 grammar without JavaParser's language-level validators, which walk
        // every tree again and cost about as much as parsing it; the scanner is no compiler.
        .setLanguageLevel(LanguageLevel.RAW)
        // Rules read the tree, never its comments. (Tokens stay on: without them JavaParser
        // gives nodes no position at all.)
        .setAttributeComments(false)
        // Nothing reads the file's line-ending style; detecting it wraps every character read.
        .setDetectOriginalLineSeparator(false);
    // What JAVA_21 does to the tree besides validating (e.g. `var` becomes a VarType).
    configuration.getProcessors().add(() -> new Processor() {
      @Override
      public void postProcess(ParseResult<? extends Node> result, ParserConfiguration config) {
        // The solvers' parsers read files themselves (mayUseVar is always true for them):
        // without a token `var` no type is named so. Their walk of every neighbour's tree was
        // 1.3% of a cold scan's samples (scanner/bench/README.md, stop 27).
        if (mayUseVar.getAsBoolean() && result.getResult().map(FileAnalyser::hasVarToken)
            .orElse(true)) {
          new Java21PostProcessor().postProcess(result, config);
        }
      }
    });
    return configuration;
  }

  /**
   * Whether a token of {@code tree} may name a type {@code var}: spelled so, or an identifier
   * with an escape in it (or no tokens to tell). A pass over the token list, much cheaper than
   * the post-processing's walk of every node.
   */
  static boolean hasVarToken(Node tree) {
    Optional<TokenRange> tokens = tree.getTokenRange();
    if (tokens.isEmpty()) {
      return true;
    }
    for (JavaToken token : tokens.get()) {
      String text = token.getText();
      if (text.equals("var") || text.indexOf('\\') >= 0 && token.getCategory().isIdentifier()) {
        return true;
      }
    }
    return false;
  }

  /**
   * What one file gave; {@code usedSolver} when its analysis asked the symbol solver, which may
   * have read the source files in {@code reads} (empty: any of them), and the rules the bodies of
   * those in {@code bodyReads}, as recorded when the analyser {@link #forgetsBetweenFiles}.
   */
  record Outcome(List<Finding> findings, List<Notification> notifications, boolean analysed,
      int internalErrors, boolean usedSolver, Optional<Set<Path>> reads, Set<Path> bodyReads) {
    Outcome(List<Finding> findings, List<Notification> notifications, boolean analysed,
        int internalErrors) {
      this(findings, notifications, analysed, internalErrors, false, Optional.of(Set.of()),
          Set.of());
    }

    static Outcome notAnalysed(String path, int line, String reason) {
      return new Outcome(List.of(),
          List.of(new Notification(ERROR, path, line, "cannot analyse: " + reason)), false, 0);
    }
  }

  Outcome analyse(Path file, String path) {
    String text;
    try {
      text = SourceText.read(file);
    } catch (SourceText.Unreadable e) {
      return Outcome.notAnalysed(path, e.line, e.getMessage());
    }
    return analyse(file, path, text, true);
  }

  /** Analyses {@code text} as the contents of {@code file}, shown as {@code path}. */
  Outcome analyse(Path file, String path, String text) {
    return analyse(file, path, text, false);
  }

  /** {@code textIsFile}: the text was read from {@code file} just now. */
  private Outcome analyse(Path file, String path, String text, boolean textIsFile) {
    budget.start();
    typeSolvers.startFile();
    if (forgetsBetweenFiles) {
      forgetResolutions();
    }
    try {
      return analyseWithinBudget(file, path, text, textIsFile);
    } catch (FileBudget.Exceeded e) {
      return Outcome.notAnalysed(path, 0, e.getMessage());
    } finally {
      typeSolvers.endFile();
    }
  }

  /** Why the current file is given up on from outside (see {@link ScanWorkers}). */
  String budgetExceededMessage(String detail) {
    return budget.exceededMessage(detail);
  }

  private Outcome analyseWithinBudget(Path file, String path, String text, boolean textIsFile) {
    if (text.isBlank()) {
      return new Outcome(List.of(), List.of(new Notification(NOTE, path, 0,
          "empty file, nothing to analyse")), true, 0);
    }
    List<SourceRule> mayReport = prefilter.rulesThatMayReport(text);
    if (mayReport.isEmpty() || GeneratedCode.hasGeneratedHeader(text)) {
      // Generated code: nobody fixes it by hand, so nothing in it is reported (GeneratedCode).
      return new Outcome(List.of(), List.of(), true, 0);
    }
    CompilationUnit unit;
    budget.enter("parsing");
    Optional<CompilationUnit> parsedBySolver = textIsFile
        ? solverParseOf(file.toAbsolutePath().normalize()) : Optional.empty();
    if (parsedBySolver.isPresent() && SourceText.isWholeFile(file, text)) {
      // A solver's parse of this file without problems: the tree this parse would give, by the
      // argument of handOver (whole text, same configuration).
      unit = parsedBySolver.get();
    } else {
      textMayUseVar = hasWord(text, "var") || text.contains("\\u"); // an escape may spell it
      try {
        ParseResult<CompilationUnit> parsed =
            parser.parse(ParseStart.COMPILATION_UNIT, budget.reading(text));
        if (!parsed.isSuccessful() || parsed.getResult().isEmpty()) {
          Problem first = parsed.getProblems().isEmpty() ? null : parsed.getProblems().get(0);
          int line = first == null ? 0 : first.getLocation().flatMap(t -> t.toRange())
              .map(r -> r.begin.line).orElse(0);
          return Outcome.notAnalysed(path, line, syntaxError(first, line));
        }
        unit = parsed.getResult().get();
      } catch (StackOverflowError e) {
        return Outcome.notAnalysed(path, 0, "the file is nested too deeply to parse");
      } catch (RuntimeException e) {
        return Outcome.notAnalysed(path, 0, "the parser failed: " + e);
      }
    }

    SourceFile source = new SourceFile(path, unit, text,
        () -> typeSolvers.forSourceRoot(sourceRoot(file, unit)), typeSolvers.neighbourAnswers());
    List<Notification> notifications = new ArrayList<>();
    int crashes = 0;
    for (SourceRule rule : mayReport) {
      budget.enter("rule " + rule.rule().ruleName());
      budget.check();
      try {
        rule.check(source);
      } catch (StackOverflowError e) {
        // Not a bug of the rule: the tree is deeper than a thread's stack can walk.
        notifications.add(new Notification(ERROR, path, 0, "rule " + rule.rule().ruleName()
            + " skipped this file: it is nested too deeply to analyse; other rules and files"
            + " were still analysed"));
      } catch (RuntimeException e) {
        // A bug of ours must not end the scan: say so, and let the other rules and files run.
        crashes++;
        notifications.add(new Notification(ERROR, path, 0,
            "internal error in rule " + rule.rule().ruleName() + " (a Leakproof bug, please"
                + " report it); other rules and files were still analysed: " + e));
      }
    }
    budget.check(); // the last rule's own walk may have used it up
    List<Finding> findings = new ArrayList<>(source.findings());
    findings.sort((a, b) -> a.region().compareTo(b.region()));
    if (textIsFile) {
      handOver(file, unit, text);
    }
    return new Outcome(findings, notifications, true, crashes, source.usedSolver(),
        typeSolvers.reads().files(), typeSolvers.reads().bodies());
  }

  /**
   * A solver's parse of {@code file} (absolute, normalized) that reported no problem, if any
   * worker's solver made one: the tree this worker's solver of the file's root holds, with the
   * data of the resolving done on it cleared (as {@link #handOver} clears it before the solver
   * gets the tree back), or else a copy. Taking a copy of a parse the same worker held was four
   * fifths of {@code SharedParses.copyOf}'s cost (scanner/bench/README.md, stop 33).
   */
  private Optional<CompilationUnit> solverParseOf(Path file) {
    if (!sharedParses.keeps(file)) {
      return Optional.empty(); // not parsed by a solver, or not cleanly: parse it here
    }
    Optional<CompilationUnit> held = typeSolvers.heldTreeOf(file);
    if (held.isPresent()) {
      if (!Bodies.complete(held.get())) {
        return Optional.empty(); // a body with a problem: parse the file, which reports it
      }
      Trees.clearData(held.get());
      return held;
    }
    // Parsed for its declarations only: its bodies read in, or parsed here if one has a problem.
    return sharedParses.copyOf(file).filter(Bodies::complete);
  }

  /**
   * Gives the analysed tree to the solver of the file's source root, for the later files of this
   * worker that use its types: a quarter of the solver's parses of neighbour files were of files
   * the same worker had analysed already. Only a tree that is what the solver's own parse of the
   * file gives: the file's whole text (no byte-order mark dropped, which would shift the first
   * line), the same configuration (the post-processing skipped for a text without {@code var}
   * has nothing to change), and nothing left on its nodes of the rules' and the solver's work.
   */
  private void handOver(Path file, CompilationUnit unit, String text) {
    try {
      if (SourceText.isWholeFile(file, text)) {
        Trees.clearData(unit);
        typeSolvers.adopt(sourceRoot(file, unit), file, unit);
      }
    } catch (RuntimeException e) {
      // Only a saving: the solver parses the file itself when it needs it.
    }
  }

  /**
   * Drops JavaParser's static facades, with their per-node caches, for every worker: they only
   * cache, so another worker mid-file merely resolves again. {@code get} synchronizes on the
   * class, so clearing does too.
   */
  static void forgetResolutions() {
    synchronized (JavaParserFacade.class) {
      JavaParserFacade.clearInstances();
    }
  }

  /**
   * Whether {@code word} stands in {@code text} with no identifier character either side: a
   * superset of where the parser reads it as an identifier. "var" alone is in most files
   * ({@code variable}, {@code invariant}), and post-processing walks the whole tree.
   */
  static boolean hasWord(String text, String word) {
    for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
      int end = at + word.length();
      if ((at == 0 || !Character.isJavaIdentifierPart(text.charAt(at - 1)))
          && (end == text.length() || !Character.isJavaIdentifierPart(text.charAt(end)))) {
        return true;
      }
    }
    return false;
  }

  private static String syntaxError(Problem problem, int line) {
    if (problem == null) {
      return "syntax error";
    }
    String message = problem.getMessage().lines().findFirst().orElse("").strip();
    if (message.length() > 200) {
      message = message.substring(0, 200) + "…";
    }
    return "syntax error" + (line > 0 ? " at line " + line : "") + ": " + message;
  }

  /**
   * Where the file's package tree starts (so the solver finds its neighbours): its folder minus
   * the package's folders, or its own folder when the two do not match.
   */
  static Path sourceRoot(Path file, CompilationUnit unit) {
    Path folder = file.toAbsolutePath().normalize().getParent();
    String pkg = unit.getPackageDeclaration().map(p -> p.getNameAsString()).orElse("");
    if (pkg.isEmpty()) {
      return folder;
    }
    Path packagePath = Path.of("", pkg.split("\\."));
    if (folder.endsWith(packagePath)) {
      Path root = folder;
      for (int i = 0; i < packagePath.getNameCount(); i++) {
        root = root.getParent();
      }
      return root == null ? folder : root;
    }
    return folder;
  }
}
