package dev.leakproof.scanner.rules;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.ExplicitConstructorInvocationStmt;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.ForEachStmt;
import dev.leakproof.checks.model.resource.CalleeSummary;
import dev.leakproof.checks.catalog.Rule;
import dev.leakproof.checks.model.resource.OwningFieldModel;
import dev.leakproof.checks.model.resource.PathWalk;
import dev.leakproof.checks.model.resource.ResourceMentions.Uses;
import dev.leakproof.checks.model.resource.UnclosedResourceModel;
import dev.leakproof.checks.model.resource.UnclosedResourceModel.Carrier;
import dev.leakproof.checks.model.resource.UnclosedResourceModel.CarrierCall;
import dev.leakproof.checks.model.resource.UnclosedResourceModel.Resource;
import dev.leakproof.checks.model.resource.UnclosedResourceModel.Verdict;
import dev.leakproof.checks.knowledge.ResourceApis;
import dev.leakproof.scanner.engine.SourceFile;
import dev.leakproof.scanner.engine.SourceRule;
import dev.leakproof.scanner.engine.Trees;
import dev.leakproof.scanner.rules.resource.Acquisitions;
import dev.leakproof.scanner.rules.resource.CalleeSummaries;
import dev.leakproof.scanner.rules.resource.UnreadableCalls;
import dev.leakproof.scanner.rules.resource.EnclosingBody;
import dev.leakproof.scanner.rules.resource.SelfClosedLocals;
import dev.leakproof.scanner.rules.resource.JavaParserResourceSyntax;
import dev.leakproof.scanner.rules.resource.LaterHolders;
import dev.leakproof.scanner.rules.resource.OwningFields;
import dev.leakproof.scanner.rules.resource.ThrowBlame;
import dev.leakproof.scanner.rules.resource.VariableUses;
import dev.leakproof.scanner.rules.resource.ReleaseCalls;
import dev.leakproof.scanner.rules.resource.WrapperFailures;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * An OS resource (file, socket, channel, archive, JDBC object; see {@link ResourceApis}) opened
 * in a body and not closed on every path out of it, reported at the call or {@code new} that
 * opens it (a resource and its wrappers built in one expression: one finding, at the outer one).
 * A value no table knows (a project's {@code Closeable}, a type the solver cannot resolve) is a
 * resource when the method closes it on some path ({@link SelfClosedLocals}).
 *
 * <p>Silent when it is declared in try-with-resources, closed in a {@code finally} that covers
 * its uses, returned, stored in a field or array, or handed to a method or constructor that may
 * keep it: unknown code, or a body in the scanned sources that closes, stores or passes it on
 * ({@link CalleeSummaries}). A call into unknown code only borrows it when the method closes it
 * itself outside a {@code catch}. Silent too whenever the solver cannot resolve a known
 * acquisition. Candidates are picked by name first; only they are resolved.
 */
public final class UnclosedResource implements SourceRule {
  @Override
  public Rule rule() {
    return Rule.UNCLOSED_RESOURCE;
  }

  @Override
  public void check(SourceFile file) {
    Acquisitions.rememberingAnswers(() -> checkFile(file));
  }

  private void checkFile(SourceFile file) {
    Set<Node> followedHolders = new HashSet<>();
    for (Expression site :
        Trees.findAll(file.unit(), Expression.class, Acquisitions::isCandidate)) {
      file.resolution(); // attaches the symbol solver that Acquisitions uses
      if (!Acquisitions.acquires(site)) {
        continue;
      }
      if (Acquisitions.isWrappedByParent(site)) {
        wrapperFailure(site).ifPresent(message -> file.report(rule(), site, message));
        continue;
      }
      verdict(site, followedHolders).ifPresent(message -> file.report(rule(), site, message));
    }
    // Values no table knows, which the method itself closes on some path: its own resources.
    for (Expression site : SelfClosedLocals.sites(file.unit(), file::resolution)) {
      file.resolution();
      if (Acquisitions.isCandidate(site) && Acquisitions.acquires(site)
          || Acquisitions.isWrappedByParent(site) || followedHolders.contains(site)) {
        continue; // judged above (a holder followed in its resource's place: with it)
      }
      verdict(site, followedHolders).ifPresent(message -> file.report(rule(), site, message));
    }
    reportForgottenFields(file);
  }

  /** Resources a class opens into its own fields and never closes ({@link OwningFieldModel}), at the store. */
  private void reportForgottenFields(SourceFile file) {
    for (TypeDeclaration<?> type : Trees.findAll(file.unit(), TypeDeclaration.class)) {
      if (!OwningFields.hasReleaseMethod(type)) {
        continue;
      }
      file.resolution();
      OwningFields facts = OwningFields.of(type);
      if (facts == null) {
        continue;
      }
      for (OwningFieldModel.Finding finding : OwningFieldModel.judge(facts.owned(), facts.methods(),
          facts.openedAtConstruction(), facts.failures())) {
        // A suppression on the field silences it too, as in SpotBugs, whose bug names the field.
        file.report(rule(), facts.storeOf(finding.store()), finding.sentence(),
            facts.declarationOf(finding.store()));
      }
    }
  }

  /**
   * The message for a resource built into a wrapper whose constructor may fail ({@code new
   * ObjectInputStream(new FileInputStream(f))}): lost if it does, unless the wrapper itself is
   * reported (then that finding covers the line).
   */
  private static Optional<String> wrapperFailure(Expression site) {
    return WrapperFailures.failingWrapperAround(site)
        .filter(wrapper -> verdict(WrapperFailures.outermostWrapper(site)).isEmpty())
        .map(wrapper -> UnclosedResourceModel.wrapperFailed(resource(site, null),
            ThrowBlame.describe(wrapper)).sentence());
  }

  /** The message to report for the resource {@code site} acquires, if it leaks. */
  private static Optional<String> verdict(Expression site) {
    return verdict(site, new HashSet<>());
  }

  /**
   * {@link #verdict(Expression)}, adding to {@code followedHolders} the holder built over the
   * resource in a later statement, if the walk follows one in its place ({@link LaterHolders}).
   */
  private static Optional<String> verdict(Expression site, Set<Node> followedHolders) {
    if (EnclosingBody.of(site).filter(b -> Acquisitions.isClosedWithLocalParent(site, b)).isPresent()) {
      return Optional.empty(); // a JDBC child of a local: the parent's verdict covers it
    }
    Expression carrier = Acquisitions.carrier(site);
    Node child = Trees.wrapped(carrier);
    Node parent = child.getParentNode().orElse(null);
    Carrier position = carrierOf(child, parent);
    if (position != Carrier.HELD) { // dropped at once, or the callee has it
      return Optional.ofNullable(UnclosedResourceModel.atCarrier(resource(site, null), position,
          carrierCall(child, parent)).sentence());
    }
    String variable = SelfClosedLocals.localAssigned(child, parent).orElse(null);
    if (variable == null) {
      return Optional.empty(); // returned, passed on, stored, or a form we do not follow
    }
    Optional<BlockStmt> body = EnclosingBody.ofLocal(carrier, parent, variable);
    if (body.isEmpty()) {
      return Optional.empty();
    }
    String name = variable;
    boolean local = !Trees.findAll(body.get(), VariableDeclarator.class,
        v -> v.getNameAsString().equals(name)
            && v.getParentNode().orElse(null) instanceof VariableDeclarationExpr).isEmpty();
    if (!local) {
      return Optional.empty(); // a field: the object owns it
    }
    // reader = new BufferedReader(new InputStreamReader(in)) in a later statement: reader is in
    LaterHolders holder = LaterHolders.of(body.get(), variable, carrier).orElse(null);
    if (holder != null) {
      holder.links().forEach(link -> followedHolders.add(link.value()));
    }
    Uses<NameExpr> uses = holder == null ? VariableUses.of(body.get(), variable)
        : VariableUses.ofHeld(body.get(), variable, holder);
    if (uses.escapes()) {
      return Optional.empty(); // leaves where the walk cannot follow (an alias, a capture)
    }
    // a holder declared outside the block that declares the variable: the walk runs over the
    // holder's, reading the variable's name in its own block only
    Node walked = holder == null ? body.get() : holder.widest(body.get());
    PathWalk.Result<Node> walk;
    try {
      walk = PathWalk.analyse(new JavaParserResourceSyntax(variable, carrier, uses, holder,
          walked == body.get() ? null : body.get()), walked, carrier);
    } catch (PathWalk.Unsupported e) {
      return Optional.empty(); // code the walk does not model: precision first
    }
    Verdict verdict = UnclosedResourceModel.judgeWalk(resource(site, variable),
        UnclosedResourceModel.walk(walk, uses), ThrowBlame.sites(variable, uses, holder),
        () -> partialCloser(body.get(), variable));
    return Optional.ofNullable(verdict.sentence());
  }

  /** Where {@code child}, the acquired value, sits in {@code parent}. */
  private static Carrier carrierOf(Node child, Node parent) {
    if (parent instanceof ExpressionStmt statement
        && statement.getParentNode().orElse(null) instanceof LambdaExpr) {
      return Carrier.HELD; // () -> Files.newInputStream(p): the lambda returns it
    }
    if (parent instanceof ExpressionStmt
        || parent instanceof ForEachStmt loop && loop.getIterable() == child) {
      return Carrier.STATEMENT;
    }
    if (parent instanceof MethodCallExpr call && call.getScope().orElse(null) == child) {
      return Carrier.RECEIVER;
    }
    if (parent instanceof MethodCallExpr call && Trees.isArgument(call.getArguments(), child)) {
      return Carrier.CALL_ARGUMENT;
    }
    if (parent instanceof ObjectCreationExpr creation
        && Trees.isArgument(creation.getArguments(), child)
        || parent instanceof ExplicitConstructorInvocationStmt chained
        && Trees.isArgument(chained.getArguments(), child)) {
      return Carrier.CONSTRUCTOR_ARGUMENT; // this(new FileOutputStream(f), 1) too
    }
    return Carrier.HELD;
  }

  /** What the model asks of the call at {@code child}'s carrier ({@link #carrierOf}). */
  private static CarrierCall carrierCall(Node child, Node parent) {
    return new CarrierCall(() -> ReleaseCalls.releasesReceiver((MethodCallExpr) parent),
        () -> Acquisitions.returnsCloseable((MethodCallExpr) parent),
        () -> Acquisitions.borrows((MethodCallExpr) parent),
        () -> CalleeSummaries.of(parent, child),
        () -> parent instanceof Expression call && UnreadableCalls.borrow(call),
        () -> partialCloser(parent, child));
  }

  /**
   * The first call in {@code body} given the local {@code variable} whose body closes it on some
   * normal exits only ({@link CalleeSummary#CLOSES_ON_SOME_EXITS}), as the finding names
   * it; null when there is none.
   */
  private static String partialCloser(Node body, String variable) {
    for (NameExpr use : Trees.findAll(body, NameExpr.class,
        n -> n.getNameAsString().equals(variable))) {
      String helper = use.getParentNode().map(parent -> partialCloser(parent, use)).orElse(null);
      if (helper != null) {
        return helper;
      }
    }
    return null;
  }

  /** {@code call}'s name when it is given {@code argument} and closes it on some exits only. */
  private static String partialCloser(Node call, Node argument) {
    if (call instanceof MethodCallExpr method && method.getArguments().contains(argument)
        && CalleeSummaries.of(method, argument) == CalleeSummary.CLOSES_ON_SOME_EXITS) {
      return UnclosedResourceModel.call(method.getNameAsString());
    }
    return null;
  }

  /** The resource as the finding names it: the acquisition's type, the variable holding it. */
  private static Resource resource(Expression site, String variable) {
    return new Resource(Acquisitions.typeName(site), variable);
  }
}
