package dev.leakproof.scanner.engine;

import static com.github.javaparser.Providers.provider;

import com.github.javaparser.JavaParser;
import com.github.javaparser.JavaToken;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParseStart;
import com.github.javaparser.Position;
import com.github.javaparser.Range;
import com.github.javaparser.TokenRange;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.DataKey;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.ConstructorDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.resolution.declarations.AssociableToAST;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The source of a resolved declaration with its method and constructor bodies, for the rules
 * that read another file's code (a callee's body, a {@code close()} method). The type solvers
 * parse a neighbour file for its declarations only ({@link DeclarationsOnly}); the first rule that
 * asks for a declaration of such a file gets every body of the file read into the same tree, so
 * every node the solver has handed out stays the one the rules see.
 *
 * <p>Each body is parsed alone, its nodes moved to its line and column, and its statements
 * moved into its blanked block: the declarations are not read twice. Every body of the file at
 * once, not only the one asked for: the rules, once in a callee's body, find other code of its
 * file by the tree (its class's methods, {@code findCompilationUnit().findAll(..)}) and keep
 * per-file answers on the tree (the names the file declares, its factories), not only through
 * this class (scanner/bench/README.md, stop 35).
 */
public final class Bodies {
  private Bodies() {}

  /** Marks a tree parsed from a text whose bodies were blanked; a tree copy keeps the mark. */
  static final DataKey<DeclarationsOnly.Blanked> BLANKED = new DataKey<>() {};

  /** The bodies' parses, one parser per worker thread (JavaParser's are not thread-safe). */
  private static final ThreadLocal<JavaParser> PARSER =
      ThreadLocal.withInitial(() -> new JavaParser(FileAnalyser.configuration()));

  /** {@code declaration.toAst()}, with the bodies of its file read in. */
  public static Optional<Node> of(AssociableToAST declaration) {
    Optional<Node> ast = declaration.toAst();
    ast.flatMap(Node::findCompilationUnit).ifPresent(Bodies::read);
    return ast;
  }

  /** {@code declaration.toAst(type)}, with the bodies of its file read in. */
  public static <N extends Node> Optional<N> of(AssociableToAST declaration, Class<N> type) {
    Optional<N> ast = declaration.toAst(type);
    ast.flatMap(Node::findCompilationUnit).ifPresent(Bodies::read);
    return ast;
  }

  /**
   * Reads {@code unit}'s bodies in, if it lacks them, and notes for a scan's cache that the
   * current file's analysis read them (whether or not an earlier file had them read in already):
   * its results may change with any edit of that file ({@link SourceReads}).
   */
  private static void read(CompilationUnit unit) {
    unit.getStorage().ifPresent(storage -> DeclarationAnswers.noteBodiesRead(
        storage.getPath().toAbsolutePath().normalize()));
    complete(unit);
  }

  /** Whether {@code unit} was parsed for its declarations only and still lacks its bodies. */
  static boolean lacksBodies(CompilationUnit unit) {
    return unit.containsData(BLANKED);
  }

  /**
   * Reads the bodies blanked in {@code unit} into it; true when they parsed without a problem
   * (as a parse of the whole file would have: the caller analysing the file parses it itself
   * otherwise, to report the problem). A body that does not parse keeps what its parse
   * recovered, or stays empty.
   */
  static boolean complete(CompilationUnit unit) {
    if (!lacksBodies(unit)) {
      return true;
    }
    DeclarationsOnly.Blanked blanked = unit.getData(BLANKED);
    unit.removeData(BLANKED);
    int[] lineStarts = lineStarts(blanked.text());
    List<CallableDeclaration<?>> callables = new ArrayList<>();
    for (TypeDeclaration<?> type : unit.getTypes()) {
      Trees.walk(type, CallableDeclaration.class, callables::add);
    }
    boolean clean = true;
    for (CallableDeclaration<?> callable : callables) {
      BlockStmt blank = callable instanceof MethodDeclaration method
          ? method.getBody().orElse(null)
          : callable instanceof ConstructorDeclaration constructor ? constructor.getBody() : null;
      Optional<Position> at = blank == null ? Optional.empty() : blank.getBegin();
      if (at.isEmpty() || at.get().line < 1 || at.get().line > lineStarts.length) {
        continue;
      }
      int body = blanked.bodyAt(lineStarts[at.get().line - 1] + at.get().column - 1);
      if (body >= 0) {
        clean &= fill(blank, callable instanceof ConstructorDeclaration, blanked, body, at.get());
      }
    }
    Trees.changed(unit);
    return clean;
  }

  /**
   * Parses blanked body {@code body} alone, a constructor's as a constructor (it may begin with
   * {@code this(..)} or {@code super(..)}), moves every node and token of the parse to where the
   * body is in the file ({@code at}), and its statements into {@code blank}; true when it parsed
   * without a problem. (A padding that put the body at its line cost a character per line before
   * it, for every body: more than the whole file's parse.)
   */
  private static boolean fill(BlockStmt blank, boolean constructor,
      DeclarationsOnly.Blanked blanked, int body, Position at) {
    String text = blanked.text().substring(blanked.opens()[body], blanked.closes()[body] + 1);
    BlockStmt parsed;
    boolean clean;
    try {
      JavaParser parser = PARSER.get();
      if (constructor) {
        ParseResult<BodyDeclaration<?>> result =
            parser.parse(ParseStart.CLASS_BODY, provider(CONSTRUCTOR + text));
        clean = result.isSuccessful();
        parsed = result.getResult().filter(ConstructorDeclaration.class::isInstance)
            .map(d -> ((ConstructorDeclaration) d).getBody()).orElse(null);
      } else {
        ParseResult<BlockStmt> result = parser.parse(ParseStart.BLOCK, provider(text));
        clean = result.isSuccessful();
        parsed = result.getResult().orElse(null);
      }
    } catch (RuntimeException | StackOverflowError e) {
      return false;
    }
    if (parsed == null) {
      return false;
    }
    Shift shift = new Shift(at.line - 1,
        at.column - 1 - (constructor ? CONSTRUCTOR.length() : 0));
    shift.tokensOf(parsed);
    Trees.walk(parsed, Node.class,
        node -> node.getRange().ifPresent(range -> node.setRange(shift.of(range))));
    if (!parsed.getRange().equals(blank.getRange())) {
      return false;
    }
    blank.setStatements(parsed.getStatements());
    return clean;
  }

  /** What a constructor's body is parsed after, on its first line. */
  private static final String CONSTRUCTOR = "X()";

  /**
   * From a parse of a text that starts with a body to the body's place in its file: every line
   * {@code lines} further, and the first line's columns {@code columns} further too (a tab is
   * one column, as JavaParser counts with its default tab size).
   */
  private record Shift(int lines, int columns) {
    Position of(Position p) {
      return p.line == 1 ? new Position(1 + lines, p.column + columns)
          : new Position(p.line + lines, p.column);
    }

    Range of(Range r) {
      return new Range(of(r.begin), of(r.end));
    }

    /**
     * Moves every token of the parse {@code node} is from, from {@code node}'s first on. Not the
     * {@link #CONSTRUCTOR} prefix a constructor's body is parsed after: it is no part of the
     * body, and for a body whose brace starts its line (c3p0's {@code
     * NullStatementSetManagedResultSet}) it would move to before the line's first column, which
     * JavaParser refuses with an exception that left the file's other bodies blank.
     */
    void tokensOf(Node node) {
      Optional<TokenRange> tokens = node.getTokenRange();
      if (tokens.isEmpty()) {
        return;
      }
      for (JavaToken token = tokens.get().getBegin(); token != null;
          token = token.getNextToken().orElse(null)) {
        Optional<Range> range = token.getRange();
        if (range.isPresent()) {
          token.setRange(of(range.get()));
        }
      }
    }
  }

  /**
   * Where each line of {@code text} starts, as JavaParser counts lines: after {@code \r\n},
   * {@code \n} or {@code \r}.
   */
  static int[] lineStarts(String text) {
    int[] starts = new int[64];
    int lines = 1;
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c == '\r' || c == '\n') {
        if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
          i++;
        }
        if (lines == starts.length) {
          starts = Arrays.copyOf(starts, 2 * lines);
        }
        starts[lines++] = i + 1;
      }
    }
    return Arrays.copyOf(starts, lines);
  }
}
