package dev.leakproof.errorprone;

import com.google.errorprone.VisitorState;
import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.BlockTree;
import com.sun.source.tree.CatchTree;
import com.sun.source.tree.EmptyStatementTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.LiteralTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.ReturnTree;
import com.sun.source.tree.StatementTree;
import com.sun.source.tree.TryTree;
import com.sun.tools.javac.api.JavacTrees;
import com.sun.tools.javac.code.Symbol.MethodSymbol;
import com.sun.tools.javac.code.Type;
import dev.leakproof.checks.model.CatchAll;
import dev.leakproof.checks.model.resource.CatchAllBodies;
import dev.leakproof.checks.model.resource.CatchAllBodies.Part;

/**
 * Whether a callee javac shows this check cannot throw ({@link CatchAllBodies}): its body's
 * statements, read one by one, as the scanner's {@code CatchAllCallees} reads JavaParser's.
 */
final class CatchAllCallees {
  private CatchAllCallees() {}

  /** Whether {@code callee}'s body, when in this compilation, cannot throw. */
  static boolean cannotThrow(MethodSymbol callee, VisitorState state) {
    MethodTree declaration = JavacTrees.instance(state.context).getTree(callee);
    if (declaration == null || declaration.getBody() == null) {
      return false; // not in this compilation, abstract or native
    }
    return CatchAllBodies.cannotThrow(declaration.getBody().getStatements().stream()
        .map(CatchAllCallees::part).toList());
  }

  private static Part part(StatementTree statement) {
    if (statement instanceof TryTree attempt && attempt.getResources().isEmpty()
        && attempt.getFinallyBlock() == null
        && attempt.getCatches().stream().anyMatch(CatchAllCallees::catchesExpected)
        && attempt.getCatches().stream().allMatch(clause -> harmless(clause.getBlock()))) {
      return Part.GUARDED;
    }
    return harmless(statement) ? Part.HARMLESS : Part.MAY_THROW;
  }

  private static boolean catchesExpected(CatchTree clause) {
    Type caught = ASTHelpers.getType(clause.getParameter());
    return caught != null && CatchAll.catchesExpected(caught.tsym.flatName().toString());
  }

  /** {@code return;}, {@code return false;}, {@code return name;}, an empty statement or block. */
  private static boolean harmless(StatementTree statement) {
    if (statement instanceof BlockTree block) {
      return block.getStatements().stream().allMatch(CatchAllCallees::harmless);
    }
    return statement instanceof EmptyStatementTree
        || statement instanceof ReturnTree exit && (exit.getExpression() == null
            || exit.getExpression() instanceof LiteralTree
            || exit.getExpression() instanceof IdentifierTree);
  }
}
