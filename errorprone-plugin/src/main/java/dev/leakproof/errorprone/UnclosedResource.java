package dev.leakproof.errorprone;

import static com.google.errorprone.BugPattern.LinkType.CUSTOM;
import static com.google.errorprone.BugPattern.SeverityLevel.WARNING;

import com.google.auto.service.AutoService;
import com.google.errorprone.BugPattern;
import com.google.errorprone.BugPattern.StandardTags;
import com.google.errorprone.VisitorState;
import com.google.errorprone.bugpatterns.BugChecker;
import com.google.errorprone.bugpatterns.BugChecker.MethodInvocationTreeMatcher;
import com.google.errorprone.bugpatterns.BugChecker.ClassTreeMatcher;
import com.google.errorprone.bugpatterns.BugChecker.NewClassTreeMatcher;
import com.google.errorprone.fixes.SuggestedFix;
import com.google.errorprone.matchers.Description;
import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.BlockTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.EnhancedForLoopTree;
import com.sun.source.tree.ExpressionStatementTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.ThrowTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Symbol.MethodSymbol;
import dev.leakproof.checks.model.resource.CalleeSummary;
import dev.leakproof.checks.catalog.Rule;
import dev.leakproof.checks.knowledge.ForeignSuppressions;
import dev.leakproof.checks.knowledge.ResourceApis;
import dev.leakproof.checks.model.resource.CheckedThrow;
import dev.leakproof.checks.model.resource.LeakingThrows;
import dev.leakproof.checks.model.resource.PathWalk;
import dev.leakproof.checks.model.resource.ResourceMentions.Uses;
import dev.leakproof.checks.model.resource.UnclosedResourceModel;
import dev.leakproof.checks.model.resource.UnclosedResourceModel.Carrier;
import dev.leakproof.checks.model.resource.UnclosedResourceModel.CarrierCall;
import dev.leakproof.checks.model.resource.UnclosedResourceModel.Kind;
import dev.leakproof.checks.model.resource.UnclosedResourceModel.Resource;
import dev.leakproof.checks.model.resource.UnclosedResourceModel.Sites;
import dev.leakproof.checks.model.resource.UnclosedResourceModel.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An OS resource (file, socket, channel, archive, JDBC object; see {@link ResourceApis}) opened
 * in a method and not closed on every path out of it. Reported at the call or {@code new} that
 * opens it; a resource and the wrappers built around it in one expression are one finding. A
 * value no table knows (a project's {@code Closeable}) is a resource when the method closes it on
 * some path ({@link SelfClosedValues}).
 *
 * <p>Silent when the resource is declared in try-with-resources, closed in a {@code finally}
 * that covers its uses, returned, stored in a field or array, or handed to a method or
 * constructor that may keep it: unknown code, or a body of this compilation that closes, stores or
 * passes it on ({@link CalleeSummaries}). A call into unknown code only borrows it when the
 * method closes it itself outside a {@code catch}. A resource closed only on the normal path gets its own
 * message naming the call whose exception leaks it, the most plausible one ({@link
 * LeakingThrows}): the first that declares a checked exception.
 */
@AutoService(BugChecker.class)
@BugPattern(
    name = Rule.Names.UNCLOSED_RESOURCE,
    altNames = ForeignSuppressions.ECLIPSE_RESOURCE, // Eclipse's token for the same warning
    summary = Rule.Summaries.UNCLOSED_RESOURCE,
    linkType = CUSTOM,
    link = Rule.Links.UNCLOSED_RESOURCE,
    severity = WARNING,
    tags = StandardTags.LIKELY_ERROR)
public final class UnclosedResource extends SafeBugChecker
    implements NewClassTreeMatcher, MethodInvocationTreeMatcher, ClassTreeMatcher {
  private static final long serialVersionUID = 1L;

  /**
   * Resources the class opens into its own fields and never closes ({@link OwningFields}), each
   * reported at its store: one class may give several findings.
   */
  @Override
  public Description matchClass(ClassTree tree, VisitorState state) {
    if (!OwningFields.hasReleaseMethod(tree)) {
      return Description.NO_MATCH;
    }
    List<Description> found = new ArrayList<>();
    Description first = guarded(tree, state, () -> {
      for (OwningFields.AtStore finding : OwningFields.judge(state.getPath(), state)) {
        if (!suppressedAtTheStore(finding, state)) {
          found.add(buildDescription(finding.store()).setMessage(finding.sentence()).build());
        }
      }
      return found.isEmpty() ? Description.NO_MATCH : found.get(0);
    });
    for (Description more : found.subList(Math.min(1, found.size()), found.size())) {
      Description reported = guarded(tree, state, () -> more);
      if (reported != Description.NO_MATCH) {
        state.reportMatch(reported);
      }
    }
    return first;
  }

  /**
   * Whether a suppression where the finding points silences it: on the method, constructor or
   * field initialiser holding the store, or on the owned field itself (as in SpotBugs, whose bug
   * names the field). Error Prone applies only the suppressions around the matched class.
   */
  private boolean suppressedAtTheStore(OwningFields.AtStore finding, VisitorState state) {
    return finding.holder() != null && isSuppressed(finding.holder(), state)
        || isSuppressed(finding.field(), state);
  }

  @Override
  public Description matchNewClass(NewClassTree tree, VisitorState state) {
    return guarded(tree, state, () -> check(tree, state));
  }

  @Override
  public Description matchMethodInvocation(MethodInvocationTree tree, VisitorState state) {
    return guarded(tree, state, () -> check(tree, state));
  }

  private Description check(ExpressionTree site, VisitorState state) {
    TreePath path = state.getPath();
    boolean acquires = ResourceAcquisitions.acquires(site, state);
    if (!acquires && !SelfClosedValues.isSite(path, state)
        || ResourceAcquisitions.isClosedWithLocalParent(site, state)) {
      return Description.NO_MATCH;
    }
    if (ResourceAcquisitions.isWrappedByParent(path, state)) {
      return acquires ? wrapperFailure(site, path, state) : Description.NO_MATCH;
    }
    if (!acquires && LaterHolders.holdsFollowedResource(path, state)) {
      return Description.NO_MATCH; // a holder followed in its resource's place: judged with it
    }
    return judge(site, path, state);
  }

  /**
   * A resource built into a wrapper whose constructor may fail ({@code new ObjectInputStream(new
   * FileInputStream(f))}): lost if it does, unless the wrapper itself is reported (then that
   * finding covers the line).
   */
  private Description wrapperFailure(ExpressionTree site, TreePath path, VisitorState state) {
    Optional<NewClassTree> wrapper = WrapperFailures.failingWrapperAround(path, state);
    if (wrapper.isEmpty()) {
      return Description.NO_MATCH;
    }
    TreePath outer = WrapperFailures.outermostWrapper(path, state);
    if (judge((ExpressionTree) outer.getLeaf(), outer, state) != Description.NO_MATCH) {
      return Description.NO_MATCH;
    }
    return buildDescription(site).setMessage(UnclosedResourceModel.wrapperFailed(
        resource(site, null, state), describeThrow(wrapper.get())).sentence()).build();
  }

  /** The finding for the resource {@code site} acquires, the outer value of its chain. */
  private Description judge(ExpressionTree site, TreePath path, VisitorState state) {
    TreePath value = ResourceAcquisitions.unwrapped(ResourceAcquisitions.carrier(path, state));
    TreePath parentPath = value.getParentPath();
    Tree child = value.getLeaf();
    Carrier position = carrierOf(child, parentPath);
    if (position != Carrier.HELD) { // dropped at once, or the callee has it
      Verdict verdict = UnclosedResourceModel.atCarrier(resource(site, null, state), position,
          carrierCall(child, parentPath, state));
      return verdict.leaks() ? buildDescription(site).setMessage(verdict.sentence()).build()
          : Description.NO_MATCH;
    }
    Symbol variable = SelfClosedValues.localAssigned(child, parentPath);
    if (variable == null) {
      return Description.NO_MATCH; // returned, passed on, stored, or a form we do not follow
    }
    return followVariable(site, child, variable, parentPath, state);
  }

  /** Where {@code child}, the acquired value, sits in its parent. */
  private static Carrier carrierOf(Tree child, TreePath parentPath) {
    Tree parent = parentPath.getLeaf();
    if (parent instanceof ExpressionStatementTree
        || parent instanceof EnhancedForLoopTree loop && loop.getExpression() == child) {
      return Carrier.STATEMENT;
    }
    if (receiverCall(parentPath) != null) {
      return Carrier.RECEIVER;
    }
    if (parent instanceof MethodInvocationTree call && call.getArguments().contains(child)) {
      return Carrier.CALL_ARGUMENT;
    }
    if (parent instanceof NewClassTree creation && creation.getArguments().contains(child)) {
      return Carrier.CONSTRUCTOR_ARGUMENT;
    }
    return Carrier.HELD;
  }

  /** The call whose receiver {@code parentPath}'s member select is, or null. */
  private static MethodInvocationTree receiverCall(TreePath parentPath) {
    return parentPath.getLeaf() instanceof MemberSelectTree select
        && parentPath.getParentPath().getLeaf() instanceof MethodInvocationTree call
        && call.getMethodSelect() == select ? call : null;
  }

  /** What the model asks of the call at {@code child}'s carrier ({@link #carrierOf}). */
  private static CarrierCall carrierCall(Tree child, TreePath parentPath, VisitorState state) {
    return new CarrierCall(() -> ReleaseCalls.releasesReceiver(receiverCall(parentPath)),
        () -> ResourceAcquisitions.isCloseable(receiverCall(parentPath), state),
        () -> ResourceAcquisitions.borrows((MethodInvocationTree) parentPath.getLeaf(), state),
        () -> CalleeSummaries.of(parentPath, child, state),
        () -> UnreadableCalls.borrow(parentPath, state),
        () -> partialCloser((MethodInvocationTree) parentPath.getLeaf(), child, state));
  }

  private Description followVariable(ExpressionTree site, Tree carrier, Symbol variable,
      TreePath declaration, VisitorState state) {
    Optional<TreePath> unit = enclosingBody(declaration);
    if (unit.isEmpty()) {
      return Description.NO_MATCH;
    }
    // reader = new BufferedReader(new InputStreamReader(in)) in a later statement: reader is in
    LaterHolders holder = LaterHolders.of(unit.get(), variable, declaration, state).orElse(null);
    Uses<Tree> uses = holder == null ? ResourceEscapes.of(unit.get(), variable, state)
        : ResourceEscapes.ofHeld(unit.get(), variable, holder, state);
    if (uses.escapes()) {
      return Description.NO_MATCH;
    }
    PathWalk.Result<Tree> walk;
    Tree acquisition = ASTHelpers.stripParentheses((ExpressionTree) carrier);
    JavacResourceSyntax syntax = new JavacResourceSyntax(variable, acquisition, uses, state,
        holder, () -> ResourceAcquisitions.acquires(site, state));
    try {
      walk = PathWalk.analyse(syntax, unit.get().getLeaf(), acquisition);
    } catch (PathWalk.Unsupported e) {
      return Description.NO_MATCH; // code we do not model: precision first
    }
    Verdict verdict = UnclosedResourceModel.judgeWalk(resource(site, variable, state),
        UnclosedResourceModel.walk(walk, uses),
        sites(syntax, variable, uses, holder, state),
        () -> partialCloser(unit.get(), variable, state));
    if (!verdict.leaks()) {
      return Description.NO_MATCH;
    }
    Optional<SuggestedFix> fix = verdict.kind() == Kind.NOT_CLOSED && !uses.closedSomewhere()
        ? TryWithResourcesFix.of(declaration, variable, state) : Optional.empty();
    Description.Builder description = buildDescription(site).setMessage(verdict.sentence());
    fix.ifPresent(description::addFix);
    return description.build();
  }

  /** What the model asks of each throwing site of the resource in {@code variable}. */
  private static Sites<Tree> sites(JavacResourceSyntax syntax, Symbol variable,
      Uses<Tree> uses, LaterHolders holder, VisitorState state) {
    return new Sites<>(site -> declaresCheckedException(site, state),
        site -> onVariable(site, variable), ThrowTree.class::isInstance,
        UnclosedResource::describeThrow,
        // new GZIPInputStream(in) failing on a bad header: the hand-over itself failed
        site -> site instanceof NewClassTree wrapper
            && (JavacResourceSyntax.wrapsVariable(wrapper, variable, uses)
                || syntax.wrapsItselfHere(wrapper)
                || holder != null && holder.isBuiltDirectlyBy(wrapper))
            && WrapperFailures.mayFail(wrapper, state.getTypes()));
  }

  /**
   * The first call in {@code unit} given {@code variable} whose body closes it on some normal
   * exits only ({@link CalleeSummary#CLOSES_ON_SOME_EXITS}), as the finding names it;
   * null when there is none.
   */
  private static String partialCloser(TreePath unit, Symbol variable, VisitorState state) {
    String[] found = {null};
    new TreePathScanner<Void, Void>() {
      @Override
      public Void visitMethodInvocation(MethodInvocationTree call, Void unused) {
        if (found[0] == null) {
          for (ExpressionTree argument : call.getArguments()) {
            if (ASTHelpers.getSymbol(argument) == variable && found[0] == null) {
              found[0] = partialCloser(call, argument, state);
            }
          }
        }
        return super.visitMethodInvocation(call, unused);
      }
    }.scan(unit, null);
    return found[0];
  }

  /** {@code call}'s name when it closes {@code argument} on some of its exits only; else null. */
  private static String partialCloser(MethodInvocationTree call, Tree argument,
      VisitorState state) {
    if (CalleeSummaries.of(call, argument, state) != CalleeSummary.CLOSES_ON_SOME_EXITS) {
      return null;
    }
    MethodSymbol callee = ASTHelpers.getSymbol(call);
    return callee == null ? null : UnclosedResourceModel.call(callee.getSimpleName().toString());
  }

  /** The resource as the finding names it: the acquisition's type, the variable holding it. */
  private static Resource resource(ExpressionTree site, Symbol variable, VisitorState state) {
    // new Journal(file) {…}: named by the class written after new, as the scanner names it
    com.sun.tools.javac.code.Type type = ASTHelpers.getType(
        site instanceof NewClassTree creation && creation.getClassBody() != null
            ? creation.getIdentifier() : site);
    String typeName = type == null ? null : state.getTypes().erasure(type).tsym.getSimpleName()
        .toString();
    return new Resource(typeName, variable == null ? null : variable.getSimpleName().toString());
  }

  private static boolean onVariable(Tree site, Symbol variable) {
    return site instanceof MethodInvocationTree call
        && call.getMethodSelect() instanceof MemberSelectTree select
        && ASTHelpers.getSymbol(ASTHelpers.stripParentheses(select.getExpression())) == variable;
  }

  /**
   * Whether a site's throws clause names a checked exception ({@link CheckedThrow}); javac
   * resolves every call, so unknown only for a type variable ({@code throws E}) or a call without
   * symbol; a site that is no call can throw unchecked exceptions only.
   */
  static CheckedThrow declaresCheckedException(Tree site, VisitorState state) {
    if (!(site instanceof MethodInvocationTree || site instanceof NewClassTree)) {
      return CheckedThrow.NO;
    }
    if (!(ASTHelpers.getSymbol(site) instanceof Symbol.MethodSymbol method)) {
      return CheckedThrow.UNKNOWN;
    }
    String declaringClass = method.owner.getQualifiedName().toString();
    boolean lastArgumentConstant = WrapperFailures.lastArgumentConstant(
        site instanceof MethodInvocationTree call ? call.getArguments()
            : ((NewClassTree) site).getArguments());
    return CheckedThrow.ofCallee(CatchAllCallees.cannotThrow(method, state),
        () -> method.getThrownTypes().stream()
            .filter(thrown -> !UnclosedResourceModel.neverRaised(declaringClass,
                method.getSimpleName().toString(), method.getParameters().size(),
                qualifiedName(thrown), lastArgumentConstant))
            .map(thrown -> thrownType(thrown, state)).toList(),
        declaringClass);
  }

  /** One type of a throws clause ({@link CheckedThrow#declaredType}); unknown for {@code E}. */
  private static CheckedThrow thrownType(com.sun.tools.javac.code.Type thrown, VisitorState state) {
    return thrown.hasTag(com.sun.tools.javac.code.TypeTag.TYPEVAR) ? CheckedThrow.UNKNOWN
        : CheckedThrow.declaredType(qualifiedName(thrown), state.getTypes().closure(thrown)
            .stream().map(UnclosedResource::qualifiedName).toList());
  }

  private static String qualifiedName(com.sun.tools.javac.code.Type type) {
    return type.tsym.flatName().toString();
  }

  private static String describeThrow(Tree thrower) {
    Symbol symbol = thrower == null ? null : ASTHelpers.getSymbol(thrower);
    if (thrower instanceof MethodInvocationTree && symbol != null) {
      return UnclosedResourceModel.call(symbol.getSimpleName().toString());
    }
    if (thrower instanceof NewClassTree && symbol != null) {
      return UnclosedResourceModel.constructor(symbol.owner.getSimpleName().toString());
    }
    return null;
  }

  /** The body the resource's variable lives in: a method's, a block lambda's or an initializer. */
  static Optional<TreePath> enclosingBody(TreePath path) {
    for (TreePath p = path; p != null; p = p.getParentPath()) {
      Tree leaf = p.getLeaf();
      Tree parent = p.getParentPath() == null ? null : p.getParentPath().getLeaf();
      if (leaf instanceof BlockTree && (parent instanceof MethodTree
          || parent instanceof LambdaExpressionTree || parent instanceof ClassTree)) {
        return Optional.of(p);
      }
      if (leaf instanceof ClassTree || leaf instanceof LambdaExpressionTree) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }
}
