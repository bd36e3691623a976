package dev.leakproof.scanner.engine;

import static com.github.javaparser.Providers.provider;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParseStart;
import com.github.javaparser.Position;
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
 * <p>Each body is parsed alone, from the file's text at its offset (its line and column kept
 * by a padding of comments), and its statements are moved into the blanked block: the
 * declarations are not parsed twice. Every body of the file at once, not only the one asked
 * for: the rules, once in a callee's body, find other code of its file by the tree (its class's
 * methods, {@code findCompilationUnit().findAll(..)}), not only through this class.
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
    ast.flatMap(Node::findCompilationUnit).ifPresent(Bodies::complete);
    return ast;
  }

  /** {@code declaration.toAst(type)}, with the bodies of its file read in. */
  public static <N extends Node> Optional<N> of(AssociableToAST declaration, Class<N> type) {
    Optional<N> ast = declaration.toAst(type);
    ast.flatMap(Node::findCompilationUnit).ifPresent(Bodies::complete);
    return ast;
  }

  /** Whether {@code unit} was parsed for its declarations only and still lacks its bodies. */
  static boolean lacksBodies(CompilationUnit unit) {
    return unit.containsData(BLANKED);
  }

  /**
   * Reads the bodies blanked in {@code unit} into it; true when every one parsed without a
   * problem (as a parse of the whole file would have: the caller analysing the file parses it
   * itself otherwise, to report the problem). A body that does not parse keeps what its parse
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
      if (at.isEmpty() || at.get().line > lineStarts.length) {
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
   * Parses blanked body {@code body} alone at {@code at}, a constructor's as a constructor (it
   * may begin with {@code this(..)} or {@code super(..)}), and moves its statements into {@code
   * blank}; true when it parsed without a problem.
   */
  private static boolean fill(BlockStmt blank, boolean constructor,
      DeclarationsOnly.Blanked blanked, int body, Position at) {
    String text = blanked.text().substring(blanked.opens()[body], blanked.closes()[body] + 1);
    String padding = padding(at, constructor);
    if (padding == null) {
      return false;
    }
    BlockStmt parsed;
    boolean clean;
    try {
      JavaParser parser = PARSER.get();
      if (constructor) {
        ParseResult<BodyDeclaration<?>> result =
            parser.parse(ParseStart.CLASS_BODY, provider(padding + text));
        clean = result.isSuccessful();
        parsed = result.getResult().filter(ConstructorDeclaration.class::isInstance)
            .map(d -> ((ConstructorDeclaration) d).getBody()).orElse(null);
      } else {
        ParseResult<BlockStmt> result = parser.parse(ParseStart.BLOCK, provider(padding + text));
        clean = result.isSuccessful();
        parsed = result.getResult().orElse(null);
      }
    } catch (RuntimeException | StackOverflowError e) {
      return false;
    }
    if (parsed == null || !parsed.getRange().equals(blank.getRange())) {
      return false;
    }
    blank.setStatements(parsed.getStatements());
    return clean;
  }

  /**
   * Text that puts the next character at {@code at}, in a few tokens: the lines before as a
   * comment, the columns before as a comment or spaces (a tab is one column, as JavaParser counts
   * with its default tab size), and, for a constructor, a header {@code X()} on the line before
   * or just before the brace. Null when a constructor's header has no room (a brace within the
   * first columns of the first line, which no class can have).
   */
  static String padding(Position at, boolean constructor) {
    StringBuilder padding = new StringBuilder();
    int linesBefore = at.line - 1;
    int columnsBefore = at.column - 1;
    if (constructor && linesBefore > 0) {
      lines(padding, linesBefore - 1);
      padding.append("X()\n");
      columns(padding, columnsBefore);
    } else if (constructor) {
      if (columnsBefore < 3) {
        return null;
      }
      columns(padding, columnsBefore - 3);
      padding.append("X()");
    } else {
      lines(padding, linesBefore);
      columns(padding, columnsBefore);
    }
    return padding.toString();
  }

  /** {@code count} line ends, as one comment when more than two. */
  private static void lines(StringBuilder padding, int count) {
    if (count <= 2) {
      padding.append("\n".repeat(count));
    } else {
      padding.append("/*").append("\n".repeat(count - 1)).append("*/\n");
    }
  }

  /** {@code count} columns, as one comment when more than four. */
  private static void columns(StringBuilder padding, int count) {
    if (count <= 4) {
      padding.append(" ".repeat(count));
    } else {
      padding.append("/*").append(" ".repeat(count - 4)).append("*/");
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
