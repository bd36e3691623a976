package dev.leakproof.scanner.engine;

import com.github.javaparser.Position;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.resolution.TypeSolver;
import dev.leakproof.checks.catalog.Rule;
import dev.leakproof.checks.finding.Finding;
import dev.leakproof.checks.finding.Region;
import dev.leakproof.checks.knowledge.ForeignSuppressions;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * One parsed file as the rules see it: its syntax tree, its text, a symbol solver on demand,
 * and the place where rules report. Lives only while its file is analysed.
 */
public final class SourceFile {
  private final String path;
  private final CompilationUnit unit;
  private final String text;
  /** The text's lines, split on first use: only a finding needs one. */
  private List<String> lines;
  private final Supplier<TypeSolver> typeSolver;
  /** Where the resolver keeps its answers about other files' nodes while this file is read. */
  private final RememberingSymbolSolver.NeighbourAnswers neighbours;
  private final List<Finding> findings = new ArrayList<>();
  private Resolution resolution;

  SourceFile(String path, CompilationUnit unit, String text, Supplier<TypeSolver> typeSolver,
      RememberingSymbolSolver.NeighbourAnswers neighbours) {
    this.path = path;
    this.unit = unit;
    this.text = text;
    this.typeSolver = typeSolver;
    this.neighbours = neighbours;
  }

  /** The file, relative to the scan root, with {@code /} separators. */
  public String path() {
    return path;
  }

  public CompilationUnit unit() {
    return unit;
  }

  /** The symbol solver for this file; attached on first call, since it is slow. */
  public Resolution resolution() {
    if (resolution == null) {
      resolution = new Resolution(unit, typeSolver.get(), neighbours);
    }
    return resolution;
  }

  /** Whether a rule asked for the symbol solver (which may read other files of the tree). */
  boolean usedSolver() {
    return resolution != null;
  }

  /** The text of 1-based {@code line}, without its terminator; empty when out of range. */
  public String line(int line) {
    if (lines == null) {
      lines = SourceText.lines(text);
    }
    return line >= 1 && line <= lines.size() ? lines.get(line - 1) : "";
  }

  /**
   * Reports a finding of {@code rule} spanning {@code node}, unless a {@code @SuppressWarnings}
   * around it names the rule or a comment above it suppresses the rule's IntelliJ twin
   * ({@link ForeignSuppressions}). Nodes without a position (synthesised ones) cannot be reported.
   */
  public void report(Rule rule, Node node, String message) {
    report(rule, node, message, node);
  }

  /**
   * Reports like {@link #report(Rule, Node, String)}, also silenced by a {@code @SuppressWarnings}
   * around {@code alsoSuppressedBy}: a finding about a declaration that points elsewhere.
   */
  public void report(Rule rule, Node node, String message, Node alsoSuppressedBy) {
    if (alsoSuppressedBy != node && Suppressions.isSuppressed(alsoSuppressedBy, rule)) {
      return;
    }
    if (node.getBegin().isEmpty() || Suppressions.isSuppressed(node, rule)) {
      return;
    }
    Position begin = node.getBegin().get();
    if (ForeignSuppressions.suppressedAt(text, begin.line, rule)) {
      return;
    }
    // JavaParser's end is the last character; SARIF's end column is the one after it.
    Region region = node.getEnd()
        .map(end -> new Region(path, begin.line, begin.column, end.line, end.column + 1))
        .orElse(Region.point(path, begin.line, begin.column));
    findings.add(Finding.of(rule, region, message, line(begin.line)));
  }

  List<Finding> findings() {
    return findings;
  }
}
