package dev.leakproof.errorprone;

import com.google.errorprone.VisitorState;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import com.sun.tools.javac.api.JavacTrees;
import com.sun.tools.javac.comp.AttrContext;
import com.sun.tools.javac.comp.CompileStates;
import com.sun.tools.javac.comp.CompileStates.CompileState;
import com.sun.tools.javac.comp.Enter;
import com.sun.tools.javac.comp.Env;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Symbol.ClassSymbol;
import com.sun.tools.javac.code.Symbol.MethodSymbol;
import com.sun.tools.javac.code.Symbol.VarSymbol;
import com.sun.tools.javac.util.Context;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The declaration of a method or constructor of this compilation, in whichever of its files it
 * is (issue #10: callee summaries for every method of the compilation, not only the file being
 * checked). Error Prone checks a file once javac has attributed and flowed it; with the compile
 * policy Error Prone asks for ({@code -XDcompilePolicy=simple}) javac attributes every file
 * before it flows any and lowers none before all are flowed, so the other files' trees are
 * there, typed and as written. Under another policy a file may not be attributed yet, or may be
 * lowered already (try-with-resources rewritten): then its bodies are not read, as before.
 */
final class CompilationBodies {
  private CompilationBodies() {}

  private static final Context.Key<FileMemo<MethodSymbol, Optional<TreePath>>> DECLARATIONS =
      new Context.Key<>();

  /**
   * The path to {@code method}'s declaration with a body, in its own file; null when the method
   * is not from this compilation's sources, has no body, or its file is not attributed as written.
   * Asked many times per file (every call a check looks at) and each answer costs a walk of a
   * class and of a whole file, so the answers are kept while one file is checked ({@link
   * FileMemo}).
   */
  static TreePath declaration(MethodSymbol method, VisitorState state) {
    return FileMemo.of(state, DECLARATIONS)
        .computeIfAbsent(method, m -> Optional.ofNullable(find(m, state)))
        .orElse(null);
  }

  private static TreePath find(MethodSymbol method, VisitorState state) {
    JavacTrees trees = JavacTrees.instance(state.context);
    MethodTree tree = trees.getTree(method);
    if (tree == null || tree.getBody() == null) {
      return null; // a library, abstract or native
    }
    CompilationUnitTree current = state.getPath().getCompilationUnit();
    CompilationUnitTree unit = unitAsWritten(method, current, state);
    return unit == null ? null : TreePath.getPath(unit, tree);
  }

  /**
   * The declaration of {@code method} with a body in the file being checked; null when it is
   * elsewhere or has none. One of {@link #declaration}'s kept answers, not a walk of the file.
   */
  static MethodTree inThisFile(MethodSymbol method, VisitorState state) {
    TreePath path = declaration(method, state);
    return path != null && path.getCompilationUnit() == state.getPath().getCompilationUnit()
        ? (MethodTree) path.getLeaf() : null;
  }

  /**
   * The declaration of {@code field}, with its initialiser as written, in whichever file of this
   * compilation it is; null when it is not from this compilation's sources or its file is not
   * attributed as written.
   */
  static VariableTree field(VarSymbol field, VisitorState state) {
    Tree tree = JavacTrees.instance(state.context).getTree(field);
    return tree instanceof VariableTree variable
        && unitAsWritten(field, state.getPath().getCompilationUnit(), state) != null ? variable : null;
  }

  /** The file of {@code method} when it is the current one, or attributed and not yet lowered. */
  private static CompilationUnitTree unitAsWritten(Symbol method,
      CompilationUnitTree current, VisitorState state) {
    try {
      ClassSymbol top = method.outermostClass();
      Env<AttrContext> env = top == null ? null : Enter.instance(state.context).getEnv(top);
      if (env == null || env.toplevel == null) {
        return null;
      }
      if (env.toplevel == current) {
        return current;
      }
      CompileStates states = CompileStates.instance(state.context);
      return states.isDone(env, CompileState.ATTR) && !states.isDone(env, CompileState.TRANSTYPES)
          ? env.toplevel : null;
    } catch (IllegalAccessError e) {
      return null; // javac's comp package not opened to the checks: this file only
    }
  }

  /**
   * Answers kept while one file is checked: held in the compilation's own context (so nothing
   * outlives the compilation: a static or thread-local cache would keep the last file's trees
   * alive in a build daemon) and emptied when the checks move to another file (whose state, for
   * {@link #declaration}, another file's progress through javac may have changed).
   */
  static final class FileMemo<K, V> {
    private CompilationUnitTree unit;
    private final Map<K, V> answers = new HashMap<>();

    private FileMemo() {}

    /** The answers kept under {@code key} for the file being checked. */
    static <K, V> Map<K, V> of(VisitorState state, Context.Key<FileMemo<K, V>> key) {
      FileMemo<K, V> memo = state.context.get(key);
      if (memo == null) {
        memo = new FileMemo<>();
        state.context.put(key, memo);
      }
      CompilationUnitTree current = state.getPath().getCompilationUnit();
      if (memo.unit != current) {
        memo.unit = current;
        memo.answers.clear();
      }
      return memo.answers;
    }
  }
}
