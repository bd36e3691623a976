package dev.leakproof.scanner.rules;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.EnumDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.nodeTypes.modifiers.NodeWithPrivateModifier;
import com.github.javaparser.ast.stmt.LocalClassDeclarationStmt;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.Type;
import com.github.javaparser.resolution.declarations.ResolvedFieldDeclaration;
import dev.leakproof.checks.catalog.Rule;
import dev.leakproof.checks.knowledge.CollectionApis;
import dev.leakproof.checks.model.singleton.SingletonBeans;
import dev.leakproof.checks.model.staticcache.BoundedKeys;
import dev.leakproof.checks.model.staticcache.BoundedKeys.GuardUses;
import dev.leakproof.checks.model.staticcache.StaticCacheModel;
import dev.leakproof.checks.model.staticcache.StaticCacheModel.KeyType;
import dev.leakproof.checks.model.staticcache.StaticCollection;
import dev.leakproof.scanner.engine.SourceFile;
import dev.leakproof.scanner.engine.SourceRule;
import dev.leakproof.scanner.engine.Trees;
import dev.leakproof.scanner.rules.syntax.AddedKeys;
import dev.leakproof.scanner.rules.syntax.CollectionGrowth;
import dev.leakproof.scanner.rules.syntax.ParsedSingletonClass;
import dev.leakproof.scanner.rules.syntax.Solver;
import dev.leakproof.scanner.rules.syntax.StaticFieldUses;
import dev.leakproof.scanner.rules.syntax.TypeNames;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * A static collection or map that code adds to outside static initialisation while nothing in
 * the file removes from it, clears it, replaces it or bounds it. Reported at the field's name in
 * its declaration.
 *
 * <p>An instance field of a singleton ({@link dev.leakproof.checks.model.singleton.Singletons}:
 * an enum with one constant, or a class with private constructors instantiated once into its own
 * static field) is judged the same way, its construction counting as initialisation.
 *
 * <p>Only fields nobody outside the file can touch (private ones, and those of private nested
 * classes), declared with a collection type and initialised with a collection the imports
 * show to be unbounded. Silent when the field escapes (passed, returned, aliased) and when
 * every add sits in a method or lambda that checks the field's {@code size()}. The symbol solver
 * is asked only about a same-named reference inside a class that inherits fields.
 */
public final class UnboundedStaticCache implements SourceRule {
  @Override
  public Rule rule() {
    return Rule.UNBOUNDED_STATIC_CACHE;
  }

  @Override
  public void check(SourceFile file) {
    CompilationUnit unit = file.unit();
    // Whether each class of the file is a singleton, worked out once (this rule serves files in
    // parallel, so the memo lives only as long as one file's check).
    Map<TypeDeclaration<?>, Optional<String>> singletons = new IdentityHashMap<>();
    for (FieldDeclaration declaration : Trees.findAll(unit, FieldDeclaration.class,
        UnboundedStaticCache::confinedToFile)) {
      for (VariableDeclarator field : declaration.getVariables()) {
        check(file, declaration, field, singletons);
      }
    }
  }

  private void check(SourceFile file, FieldDeclaration declaration, VariableDeclarator field,
      Map<TypeDeclaration<?>, Optional<String>> singletons) {
    CompilationUnit unit = file.unit();
    Optional<String> type = TypeNames.qualify(field.getType(), unit, CollectionApis::knows);
    Optional<TypeDeclaration<?>> owner = declaration.getParentNode()
        .filter(p -> p instanceof TypeDeclaration<?>).map(p -> (TypeDeclaration<?>) p);
    if (type.isEmpty() || !CollectionApis.isCollectionType(type.get()) || owner.isEmpty()) {
      return;
    }
    Optional<String> singleton = Optional.empty();
    if (!declaration.isStatic()) {
      // An instance field lives as long as a static one only in the one instance of a singleton.
      singleton = singletons.computeIfAbsent(owner.get(),
          t -> ParsedSingletonClass.holderOf(t, unit, c -> file.resolution().ancestorsOf(c))
              .or(() -> SingletonBeans.containerHolder(qualifiedAnnotations(t, unit))));
      if (singleton.isEmpty()) {
        return;
      }
    }
    StaticFieldUses uses = StaticFieldUses.in(unit, owner.get(), field,
        CollectionApis.isCacheType(type.get()), reference -> isThisField(file, reference, field),
        call -> returnsAValue(file, call));
    String name = field.getNameAsString();
    String subject = singleton.map(holder -> StaticCollection.singletonField(name,
            owner.get().getNameAsString(), holder))
        .orElse(StaticCollection.staticField(name));
    Predicate<MethodCallExpr> boundedKey = add -> AddedKeys.bounded(add, type.get(), unit,
        guard -> isFixedSet(file, owner.get(), guard));
    StaticCacheModel.judge(new StaticCollection(subject, () -> uses.collectionAdds(boundedKey),
        uses.removes,
        uses.replaced, uses.escapes, () -> StaticCollection.initialGrowth(
            Stream.concat(field.getInitializer().stream(),
                uses.initialAssignments.stream().map(AssignExpr::getValue)).toList(),
            initial -> CollectionGrowth.of(initial, unit)),
        () -> StaticCacheModel.keyedByClosedDomain(type.get(), () -> keyType(file, field)),
        () -> valuesHoldTheirKeys(file, field)))
        .ifPresent(message -> file.report(rule(), field.getName(), message));
  }

  /**
   * The field's declared first type argument (a map's key, a set's element), for
   * {@link StaticCacheModel#keyedByClosedDomain}: its name qualified through the imports (or in
   * {@code java.lang}); an enum when one of that name is declared in this file or the symbol
   * solver finds one.
   */
  private static Optional<KeyType> keyType(SourceFile file, VariableDeclarator field) {
    Optional<Type> key = field.getType().toClassOrInterfaceType()
        .flatMap(ClassOrInterfaceType::getTypeArguments)
        .filter(arguments -> !arguments.isEmpty()).map(arguments -> arguments.get(0));
    if (key.isEmpty() || !key.get().isClassOrInterfaceType()) {
      return Optional.empty();
    }
    String name = key.get().asClassOrInterfaceType().getNameAsString();
    return Optional.of(new KeyType(
        names -> TypeNames.qualify(key.get(), file.unit(), names).isPresent(),
        () -> Trees.findFirst(file.unit(), EnumDeclaration.class,
                e -> e.getNameAsString().equals(name)).isPresent()
            || file.resolution().isEnum(key.get())));
  }

  /**
   * Whether the field's declared value type (second type argument) is a class declared in this
   * file with an instance field of the key's type (first type argument, by name, type arguments
   * aside): each value holds its key. A value class of another file is not looked into.
   */
  private static boolean valuesHoldTheirKeys(SourceFile file, VariableDeclarator field) {
    Optional<NodeList<Type>> arguments = field.getType().toClassOrInterfaceType()
        .flatMap(ClassOrInterfaceType::getTypeArguments).filter(a -> a.size() == 2);
    if (arguments.isEmpty() || !arguments.get().get(0).isClassOrInterfaceType()
        || !arguments.get().get(1).isClassOrInterfaceType()) {
      return false;
    }
    String key = arguments.get().get(0).asClassOrInterfaceType().getNameAsString();
    String value = arguments.get().get(1).asClassOrInterfaceType().getNameAsString();
    return Trees.findFirst(file.unit(), ClassOrInterfaceDeclaration.class,
            c -> c.getNameAsString().equals(value))
        .map(valueClass -> valueClass.getFields().stream()
            .filter(f -> !f.isStatic())
            .flatMap(f -> f.getVariables().stream())
            .anyMatch(v -> v.getType().isClassOrInterfaceType()
                && v.getType().asClassOrInterfaceType().getNameAsString().equals(key)))
        .orElse(false);
  }

  /**
   * The annotations on {@code type} that name a known singleton scope, qualified through the
   * file's imports (a name the imports do not settle is left out: annotations match by their
   * qualified name).
   */
  private static List<String> qualifiedAnnotations(TypeDeclaration<?> type, CompilationUnit unit) {
    return type.getAnnotations().stream()
        .map(a -> a.getNameAsString().contains(".") ? Optional.of(a.getNameAsString())
            : TypeNames.qualify(a.getNameAsString(), unit, SingletonBeans::isSingletonScope))
        .flatMap(Optional::stream)
        .toList();
  }

  /**
   * Whether the field {@code name} of {@code owner} is a fixed set
   * ({@link BoundedKeys#isFixedSet}).
   */
  private static boolean isFixedSet(SourceFile file, TypeDeclaration<?> owner, String name) {
    for (FieldDeclaration declaration : owner.getFields()) {
      for (VariableDeclarator field : declaration.getVariables()) {
        if (!field.getNameAsString().equals(name)) {
          continue;
        }
        String type = TypeNames.qualify(field.getType(), file.unit(), CollectionApis::knows)
            .orElse("");
        return BoundedKeys.isFixedSet(declaration.isStatic(), declaration.isFinal(), type, () -> {
          StaticFieldUses uses = StaticFieldUses.in(file.unit(), owner, field,
              CollectionApis.isCacheType(type), reference -> isThisField(file, reference, field),
              call -> returnsAValue(file, call));
          return new GuardUses(!uses.adds.isEmpty(), uses.replaced, uses.escapes);
        });
      }
    }
    return false;
  }



  /** Whether only this file can reach the field ({@link StaticCollection#confinedToFile}). */
  private static boolean confinedToFile(FieldDeclaration declaration) {
    List<Boolean> privateClasses = new ArrayList<>();
    for (Node n = declaration.getParentNode().orElse(null); n != null;
        n = n.getParentNode().orElse(null)) {
      if (n instanceof LocalClassDeclarationStmt || n instanceof ObjectCreationExpr) {
        privateClasses.add(true); // a local or anonymous class: no other file can name it
        break;
      }
      if (n instanceof TypeDeclaration<?>) {
        privateClasses.add(n instanceof NodeWithPrivateModifier<?> modifiers
            && modifiers.isPrivate());
      }
    }
    return StaticCollection.confinedToFile(declaration.isPrivate(), privateClasses);
  }

  /** Whether the solver says {@code call} returns a value (false when it cannot tell). */
  private static boolean returnsAValue(SourceFile file, MethodCallExpr call) {
    return file.resolution().typeOf(call).map(type -> !type.isVoid()).orElse(false);
  }

  /** Asks the solver whether a same-named reference the syntax cannot settle is this field. */
  private static Optional<Boolean> isThisField(SourceFile file, Expression reference,
      VariableDeclarator field) {
    return file.resolution().declarationOf(reference).flatMap(resolved -> Solver.ask(() ->
        resolved instanceof ResolvedFieldDeclaration resolvedField && resolvedField.toAst()
            .map(ast -> ast == field.getParentNode().orElse(null) || ast == field).orElse(false)));
  }

}
