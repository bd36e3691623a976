package dev.leakproof.errorprone;

import static com.google.errorprone.BugPattern.LinkType.CUSTOM;
import static com.google.errorprone.BugPattern.SeverityLevel.WARNING;

import com.google.auto.service.AutoService;
import com.google.errorprone.BugPattern;
import com.google.errorprone.BugPattern.StandardTags;
import com.google.errorprone.VisitorState;
import com.google.errorprone.bugpatterns.BugChecker;
import com.google.errorprone.bugpatterns.BugChecker.VariableTreeMatcher;
import com.google.errorprone.matchers.Description;
import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.VariableTree;
import com.sun.tools.javac.code.Flags;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Symbol.ClassSymbol;
import com.sun.tools.javac.code.Symbol.VarSymbol;
import com.sun.tools.javac.code.Type;
import com.sun.tools.javac.code.Types;
import com.sun.tools.javac.tree.EndPosTable;
import com.sun.tools.javac.tree.JCTree;
import com.sun.tools.javac.tree.JCTree.JCVariableDecl;
import com.sun.tools.javac.util.JCDiagnostic.DiagnosticPosition;
import dev.leakproof.checks.catalog.Rule;
import dev.leakproof.checks.knowledge.CollectionApis;
import dev.leakproof.checks.model.singleton.SingletonBeans;
import dev.leakproof.checks.model.staticcache.BoundedKeys;
import dev.leakproof.checks.model.staticcache.BoundedKeys.GuardUses;
import dev.leakproof.checks.model.staticcache.StaticCacheModel;
import dev.leakproof.checks.model.staticcache.StaticCacheModel.KeyType;
import dev.leakproof.checks.model.staticcache.StaticCollection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import javax.lang.model.element.ElementKind;

/**
 * A static collection or map that code adds to outside static initialisation while nothing in
 * the compilation unit removes from it, clears it, replaces it or bounds it. Reported at the
 * field's name in its declaration.
 *
 * <p>An instance field of a singleton (see {@link Singletons}: an enum with one constant, or a
 * class with private constructors instantiated once into its own static field) is judged the
 * same way, its construction counting as initialisation.
 *
 * <p>Judged on the whole compilation unit, so only fields nobody outside it can touch: private
 * ones, and those of private nested classes. Silent when the initial value is not a collection
 * {@link CollectionApis} knows to be unbounded (an unknown factory, an anonymous subclass, a
 * bounded, weak or unmodifiable one), when the field escapes (passed, returned or aliased: the
 * receiver may remove), and when every add sits in a method that checks the field's
 * {@code size()}.
 */
@AutoService(BugChecker.class)
@BugPattern(
    name = Rule.Names.UNBOUNDED_STATIC_CACHE,
    summary = Rule.Summaries.UNBOUNDED_STATIC_CACHE,
    linkType = CUSTOM,
    link = Rule.Links.UNBOUNDED_STATIC_CACHE,
    severity = WARNING,
    tags = StandardTags.PERFORMANCE)
public final class UnboundedStaticCache extends SafeBugChecker implements VariableTreeMatcher {
  private static final long serialVersionUID = 1L;

  @Override
  public Description matchVariable(VariableTree tree, VisitorState state) {
    return guarded(tree, state, () -> check(tree, state));
  }

  private Description check(VariableTree tree, VisitorState state) {
    VarSymbol field = ASTHelpers.getSymbol(tree);
    if (field == null || field.getKind() != ElementKind.FIELD
        || !StaticFieldUses.confinedToUnit(field)
        || !CollectionApis.isCollectionType(CollectionGrowth.erasedName(field.asType(), state))) {
      return Description.NO_MATCH;
    }
    Optional<String> singleton = Optional.empty();
    if (!field.isStatic()) {
      // An instance field lives as long as a static one only in the one instance of a singleton.
      singleton = JavacSingletonClass.holderOf((ClassSymbol) field.owner,
          state.getPath().getCompilationUnit(), state)
          .or(() -> SingletonBeans.containerHolder(field.owner.getAnnotationMirrors().stream()
              .map(a -> a.getAnnotationType().asElement().toString()).toList()));
      if (singleton.isEmpty()) {
        return Description.NO_MATCH;
      }
    }
    StaticFieldUses uses = StaticFieldUses.in(state.getPath().getCompilationUnit(), field, state);
    String name = field.getSimpleName().toString();
    String subject = singleton.map(holder -> StaticCollection.singletonField(name,
            field.owner.getSimpleName().toString(), holder))
        .orElse(StaticCollection.staticField(name));
    return StaticCacheModel.judge(new StaticCollection(subject,
        () -> uses.adds(state.getPath().getCompilationUnit().getLineMap(),
            add -> AddedKeys.bounded(add, CollectionGrowth.erasedName(field.asType(), state),
                set -> isFixedSet(set, field, state), state)),
        uses.removes, uses.replaced, uses.escapes, () -> StaticCollection.initialGrowth(
            Stream.concat(Stream.ofNullable(tree.getInitializer()),
                uses.initialAssignments.stream().map(AssignmentTree::getExpression)).toList(),
            initial -> CollectionGrowth.of(initial, state)),
        () -> keyedByClosedDomain(field, state), () -> valuesHoldTheirKeys(field, state)))
        .map(message -> buildDescription(new FieldName((JCVariableDecl) tree))
            .setMessage(message).build())
        .orElse(Description.NO_MATCH);
  }

  /**
   * Whether {@code set} is a fixed set of the field's class ({@link BoundedKeys#isFixedSet}).
   */
  private static boolean isFixedSet(VarSymbol set, VarSymbol field, VisitorState state) {
    return set.owner == field.owner && BoundedKeys.isFixedSet(set.isStatic(),
        (set.flags() & Flags.FINAL) != 0, CollectionGrowth.erasedName(set.asType(), state), () -> {
          StaticFieldUses uses =
              StaticFieldUses.in(state.getPath().getCompilationUnit(), set, state);
          return new GuardUses(!uses.adds.isEmpty(), uses.replaced, uses.escapes);
        });
  }

  /**
   * The field's declared key type, for {@link StaticCacheModel#keyedByClosedDomain}: its first
   * type argument.
   */
  private static boolean keyedByClosedDomain(VarSymbol field, VisitorState state) {
    Type type = field.asType();
    return StaticCacheModel.keyedByClosedDomain(CollectionGrowth.erasedName(type, state), () -> {
      if (type.getTypeArguments().isEmpty() || type.getTypeArguments().get(0).tsym == null) {
        return Optional.empty();
      }
      Symbol.TypeSymbol key = type.getTypeArguments().get(0).tsym;
      return Optional.of(new KeyType(names -> names.test(key.getQualifiedName().toString()),
          () -> key.getKind() == ElementKind.ENUM));
    });
  }

  /**
   * Whether the field's declared value type (second type argument) is a class with an instance
   * field whose erased type is the key's (first type argument): each value holds its key.
   */
  private static boolean valuesHoldTheirKeys(VarSymbol field, VisitorState state) {
    List<Type> arguments = field.asType().getTypeArguments();
    if (arguments.size() != 2 || !(arguments.get(1).tsym instanceof ClassSymbol value)) {
      return false;
    }
    Types types = state.getTypes();
    Type key = types.erasure(arguments.get(0));
    for (Symbol member : value.getEnclosedElements()) {
      if (member instanceof VarSymbol valueField && !valueField.isStatic()
          && types.isSameType(types.erasure(valueField.asType()), key)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The field's name as the finding's span: the whole declaration would start at its first
   * annotation, possibly lines above the line every engine reports.
   */
  private record FieldName(JCVariableDecl declaration) implements DiagnosticPosition {
    @Override
    public JCTree getTree() {
      return declaration;
    }

    @Override
    public int getStartPosition() {
      return declaration.pos;
    }

    @Override
    public int getPreferredPosition() {
      return declaration.pos;
    }

    @Override
    public int getEndPosition(EndPosTable endPosTable) {
      return declaration.pos + declaration.getName().length();
    }
  }
}
