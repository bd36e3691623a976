package dev.leakproof.errorprone;

import com.google.errorprone.VisitorState;
import com.google.errorprone.fixes.SuggestedFix;
import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.BlockTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.StatementTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Symbol.MethodSymbol;
import com.sun.tools.javac.code.Type;
import java.util.List;
import java.util.Optional;

/**
 * Rewrites {@code X r = open(..); s1; ...; sn;} (the declaration followed by the rest of its
 * block) into {@code try (X r = open(..)) { s1; ...; sn; }}. Offered only where that keeps the
 * meaning: the variable is a plain declaration in a block, never assigned again and never closed
 * by hand (the caller checks that), every use lies in the rest of the block (scoping makes that
 * so), and the enclosing method already declares the checked exceptions {@code close()} throws.
 */
final class TryWithResourcesFix {
  private TryWithResourcesFix() {}

  static Optional<SuggestedFix> of(TreePath declarationPath, Symbol variable, VisitorState state) {
    if (!(declarationPath.getLeaf() instanceof VariableTree declaration)
        || !(declarationPath.getParentPath().getLeaf() instanceof BlockTree block)) {
      return Optional.empty();
    }
    List<? extends StatementTree> statements = block.getStatements();
    int index = statements.indexOf(declaration);
    if (index < 0 || index == statements.size() - 1 || Reassignments.assignedIn(block, variable)
        || !closeExceptionsDeclared(declarationPath, variable, state)) {
      return Optional.empty();
    }
    String header = state.getSourceForNode(declaration);
    if (header == null) {
      return Optional.empty();
    }
    header = header.strip();
    if (header.endsWith(";")) {
      header = header.substring(0, header.length() - 1);
    }
    StatementTree last = statements.get(statements.size() - 1);
    CharSequence source = state.getSourceCode();
    int start = ASTHelpers.getStartPosition(declaration);
    int bodyStart = state.getEndPosition(declaration);
    int end = state.getEndPosition(last);
    if (source == null || start < 0 || bodyStart < 0 || end < bodyStart) {
      return Optional.empty();
    }
    // One replacement with the moved statements indented one level: -XepPatchChecks writes the
    // text as it is, and users read the patched file without reformatting it.
    String body = indentFollowingLines(source.subSequence(bodyStart, end).toString());
    return Optional.of(SuggestedFix.replace(start, end,
        "try (" + header + ") {" + body + "\n" + indentationAt(source, start) + "}"));
  }

  /** {@code text} with two more spaces before every non-blank line after its first. */
  private static String indentFollowingLines(String text) {
    String[] lines = text.split("\n", -1);
    StringBuilder indented = new StringBuilder(lines[0]);
    for (int i = 1; i < lines.length; i++) {
      indented.append('\n');
      if (!lines[i].isBlank()) {
        indented.append("  ");
      }
      indented.append(lines[i]);
    }
    return indented.toString();
  }

  /** The whitespace between the start of {@code position}'s line and {@code position}. */
  private static String indentationAt(CharSequence source, int position) {
    int lineStart = position;
    while (lineStart > 0 && source.charAt(lineStart - 1) != '\n') {
      lineStart--;
    }
    String before = source.subSequence(lineStart, position).toString();
    return before.isBlank() ? before : "";
  }

  /** Whether the enclosing method may throw every checked exception of the resource's close(). */
  private static boolean closeExceptionsDeclared(
      TreePath path, Symbol variable, VisitorState state) {
    MethodTree method = null;
    for (TreePath p = path; p != null; p = p.getParentPath()) {
      if (p.getLeaf() instanceof MethodTree m) {
        method = m;
        break;
      }
      if (p.getLeaf().getKind() == Tree.Kind.LAMBDA_EXPRESSION) {
        break; // a lambda's interface decides what it may throw: do not guess
      }
    }
    MethodSymbol close = mostSpecificClose(variable.type, state);
    if (close == null) {
      return false;
    }
    List<Type> declared = method == null ? List.of() : ASTHelpers.getSymbol(method).getThrownTypes();
    Type runtime = state.getSymtab().runtimeExceptionType;
    Type error = state.getSymtab().errorType;
    for (Type thrown : close.getThrownTypes()) {
      boolean unchecked = ASTHelpers.isSubtype(thrown, runtime, state)
          || ASTHelpers.isSubtype(thrown, error, state);
      if (!unchecked && declared.stream().noneMatch(d -> ASTHelpers.isSubtype(thrown, d, state))) {
        return false;
      }
    }
    return true;
  }

  /** The no-argument close() the static type sees: its nearest declaration up the hierarchy. */
  private static MethodSymbol mostSpecificClose(Type type, VisitorState state) {
    // closure() lists supertypes deepest first, so the first close() found is the overriding one.
    for (Type t : state.getTypes().closure(type)) {
      for (Symbol member : t.tsym.members().getSymbolsByName(state.getName("close"))) {
        if (member instanceof MethodSymbol m && m.getParameters().isEmpty()) {
          return m;
        }
      }
    }
    return null;
  }
}
