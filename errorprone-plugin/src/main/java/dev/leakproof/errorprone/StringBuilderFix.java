package dev.leakproof.errorprone;

import com.google.errorprone.VisitorState;
import com.google.errorprone.fixes.SuggestedFix;
import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.BlockTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.CompoundAssignmentTree;
import com.sun.source.tree.ExpressionStatementTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.LiteralTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.StatementTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import com.sun.tools.javac.code.Symbol.VarSymbol;
import com.sun.tools.javac.code.Type;
import com.sun.tools.javac.code.TypeTag;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.ElementKind;

/**
 * The StringBuilder rewrite of a carried string, offered only where it certainly keeps the
 * program's meaning. The shape it accepts, all in one block:
 *
 * <pre>{@code
 * String s = "literal";          // -> StringBuilder s = new StringBuilder("literal");
 * ... (no use of s)
 * for (...) { ... s += e; ... }  // -> s.append(e);   (or s = s + a + b -> s.append(a).append(b))
 * ... reads of s                 // -> s.toString()
 * }</pre>
 *
 * The loop statement holds no other use of {@code s}; after it, {@code s} is only read. A
 * literal initialiser keeps {@code new StringBuilder(init)} from meeting a null; {@code char[]}
 * and {@code null} operands are refused because {@code append} treats them differently from
 * {@code +}. Anything else gets no fix: a wrong fix costs more than none.
 */
final class StringBuilderFix {
  private StringBuilderFix() {}

  static Optional<SuggestedFix> of(
      ExpressionTree site, VarSymbol variable, Tree loop, VisitorState state) {
    if (variable.getKind() != ElementKind.LOCAL_VARIABLE) {
      return Optional.empty();
    }
    TreePath sitePath = state.getPath();
    if (!(sitePath.getParentPath().getLeaf() instanceof ExpressionStatementTree)) {
      return Optional.empty(); // the concatenation's value is used: s.append(…) is no String
    }
    Optional<String> appends = appendCalls(site, variable, state);
    if (appends.isEmpty()) {
      return Optional.empty();
    }
    // Find the block that declares the variable and the statement of it that holds the site.
    Tree child = sitePath.getLeaf();
    for (TreePath at = sitePath.getParentPath(); at != null;
        child = at.getLeaf(), at = at.getParentPath()) {
      Tree tree = at.getLeaf();
      switch (tree.getKind()) {
        case METHOD, CLASS, ENUM, INTERFACE, RECORD, LAMBDA_EXPRESSION:
          return Optional.empty();
        default:
          break;
      }
      if (tree instanceof BlockTree block) {
        int declaration = declarationIndex(block, variable);
        if (declaration >= 0) {
          return rewrite(at, declaration, block.getStatements().indexOf(child), site,
              appends.get(), variable, state);
        }
      }
    }
    return Optional.empty();
  }

  /**
   * {@code s.append(e)} for {@code s += e}, {@code s.append(a).append(b)} for
   * {@code s = s + a + b}; empty when append would not mean what {@code +} meant.
   */
  private static Optional<String> appendCalls(ExpressionTree site, VarSymbol variable,
      VisitorState state) {
    List<ExpressionTree> appended = new ArrayList<>();
    if (site instanceof CompoundAssignmentTree compound) {
      appended.add(compound.getExpression());
    } else if (site instanceof AssignmentTree assignment) {
      List<ExpressionTree> operands =
          StringConcatInLoop.concatOperands(assignment.getExpression(), state);
      if (!StringConcatInLoop.sameVariable(operands.get(0), assignment.getVariable())) {
        return Optional.empty(); // prepending: insert(0, …) is no faster, offer nothing
      }
      appended.addAll(operands.subList(1, operands.size()));
    } else {
      return Optional.empty();
    }
    StringBuilder calls = new StringBuilder(variable.getSimpleName());
    for (ExpressionTree operand : appended) {
      Type type = ASTHelpers.getType(operand);
      String source = state.getSourceForNode(operand);
      if (type == null || type.hasTag(TypeTag.ARRAY) || type.hasTag(TypeTag.BOT)
          || source == null) {
        return Optional.empty();
      }
      calls.append(".append(").append(source).append(')');
    }
    return Optional.of(calls.toString());
  }

  private static int declarationIndex(BlockTree block, VarSymbol variable) {
    List<? extends StatementTree> statements = block.getStatements();
    for (int i = 0; i < statements.size(); i++) {
      if (statements.get(i) instanceof VariableTree v && ASTHelpers.getSymbol(v) == variable) {
        return i;
      }
    }
    return -1;
  }

  private static Optional<SuggestedFix> rewrite(TreePath blockPath, int declarationIndex,
      int loopIndex, ExpressionTree site, String appendCalls, VarSymbol variable,
      VisitorState state) {
    BlockTree block = (BlockTree) blockPath.getLeaf();
    List<? extends StatementTree> statements = block.getStatements();
    if (loopIndex <= declarationIndex) {
      return Optional.empty();
    }
    VariableTree declaration = (VariableTree) statements.get(declarationIndex);
    if (!declaresOnlyItself(block, declaration)) {
      return Optional.empty();
    }
    String type = state.getSourceForNode(declaration.getType());
    ExpressionTree initializer = declaration.getInitializer();
    if (!("String".equals(type) || "java.lang.String".equals(type)) || initializer == null
        || initializer.getKind() != Tree.Kind.STRING_LITERAL) {
      return Optional.empty();
    }
    for (int i = declarationIndex + 1; i < loopIndex; i++) {
      if (!uses(blockPath, statements.get(i), variable).isEmpty()) {
        return Optional.empty();
      }
    }
    // The statement holding the loop may use the variable only at the site itself.
    List<Use> inLoop = uses(blockPath, statements.get(loopIndex), variable);
    int allowed = site instanceof AssignmentTree ? 2 : 1;
    if (inLoop.size() != allowed || !inLoop.stream().allMatch(u -> within(u.path(), site))) {
      return Optional.empty();
    }
    List<IdentifierTree> reads = new ArrayList<>();
    for (int i = loopIndex + 1; i < statements.size(); i++) {
      for (Use use : uses(blockPath, statements.get(i), variable)) {
        if (!use.isRead()) {
          return Optional.empty();
        }
        reads.add(use.identifier());
      }
    }
    SuggestedFix.Builder fix = SuggestedFix.builder()
        .setShortDescription("Build the string in a StringBuilder");
    if (!stringBuilderMeansJavaLang(state)) {
      return Optional.empty();
    }
    String builderType = "StringBuilder";
    String literal = state.getSourceForNode(initializer);
    fix.replace(declaration.getType(), builderType);
    boolean empty = "".equals(((LiteralTree) initializer).getValue());
    fix.replace(initializer, "new " + builderType + (empty ? "()" : "(" + literal + ")"));
    fix.replace(site, appendCalls);
    for (IdentifierTree read : reads) {
      fix.replace(read, read.getName() + ".toString()");
    }
    return Optional.of(fix.build());
  }

  /**
   * Whether the simple name {@code StringBuilder} means {@code java.lang.StringBuilder} in this
   * file: no import, no class of the file and no class of its package takes the name. (Error
   * Prone's own qualifyType needs reflective access that not every build opens.)
   */
  private static boolean stringBuilderMeansJavaLang(VisitorState state) {
    CompilationUnitTree unit = state.getPath().getCompilationUnit();
    boolean imported = unit.getImports().stream().anyMatch(i ->
        i.getQualifiedIdentifier() instanceof MemberSelectTree select
            && select.getIdentifier().contentEquals("StringBuilder"));
    boolean declared = new TreeSearch() {
      @Override
      public Boolean visitClass(ClassTree tree, Void unused) {
        return tree.getSimpleName().contentEquals("StringBuilder")
            || Boolean.TRUE.equals(super.visitClass(tree, null));
      }
    }.foundIn(unit);
    String pkg = unit.getPackageName() == null ? "" : unit.getPackageName() + ".";
    return !imported && !declared
        && state.getTypeFromString(pkg + "StringBuilder") == null;
  }

  /** False for {@code String a = "", b = "";}, whose declarators share one type tree. */
  private static boolean declaresOnlyItself(BlockTree block, VariableTree declaration) {
    int start = ASTHelpers.getStartPosition(declaration);
    return block.getStatements().stream()
        .filter(s -> s instanceof VariableTree && s != declaration)
        .noneMatch(s -> ASTHelpers.getStartPosition(s) == start);
  }

  private static boolean within(TreePath path, Tree ancestor) {
    for (TreePath at = path; at != null; at = at.getParentPath()) {
      if (at.getLeaf() == ancestor) {
        return true;
      }
    }
    return false;
  }

  /** One mention of the variable: its identifier and where it sits. */
  private record Use(IdentifierTree identifier, TreePath path) {
    /** Not the target of an assignment or compound assignment. */
    boolean isRead() {
      Tree parent = path.getParentPath().getLeaf();
      if (parent instanceof AssignmentTree a) {
        return a.getVariable() != identifier;
      }
      if (parent instanceof CompoundAssignmentTree c) {
        return c.getVariable() != identifier;
      }
      return !(parent.getKind() == Tree.Kind.PREFIX_INCREMENT
          || parent.getKind() == Tree.Kind.POSTFIX_INCREMENT);
    }
  }

  private static List<Use> uses(TreePath blockPath, StatementTree statement, VarSymbol variable) {
    return TreeSearch.mentionsOf(variable, new TreePath(blockPath, statement)).stream()
        .map(use -> new Use((IdentifierTree) use.getLeaf(), use))
        .toList();
  }
}
