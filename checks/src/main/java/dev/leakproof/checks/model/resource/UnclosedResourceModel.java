package dev.leakproof.checks.model.resource;

import static dev.leakproof.checks.model.resource.PathFact.CLOSED_ON_FAILURE;
import static dev.leakproof.checks.model.resource.PathFact.CLOSED_SOMEWHERE;
import static dev.leakproof.checks.model.resource.PathFact.HANDED_OVER_SOMEWHERE;
import static dev.leakproof.checks.model.resource.PathFact.LEAKS_ON_EXCEPTION;
import static dev.leakproof.checks.model.resource.PathFact.LEAKS_ON_NORMAL_PATH;

import dev.leakproof.checks.catalog.Rule;
import dev.leakproof.checks.knowledge.ResourceApis;
import java.util.List;
import java.util.Locale;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * What {@link Rule#UNCLOSED_RESOURCE} decides and says about one acquired resource, for every
 * engine. An engine extracts the facts (what was acquired and into which variable, how its paths
 * end, whether some path closes it, which throwing call leaks it) and asks {@link #judge}; the
 * finding's sentence is {@link Verdict#sentence}, word for word the same in every engine.
 */
public final class UnclosedResourceModel {
  private UnclosedResourceModel() {}

  /**
   * The acquired resource as the finding names it: its type's simple name ({@code
   * FileInputStream}; the acquiring constructor's class or the factory's declared result) and the
   * local variable that holds it, or null when none does or the engine cannot tell.
   */
  public record Resource(String type, String variable) {
    public Resource {
      type = type == null ? null : simpleName(type);
    }

    /**
     * How the finding tells the reader to release it. A pool of threads ({@code
     * Executors.newFixedThreadPool}) is shut down, not closed with try-with-resources (an {@code
     * ExecutorService} is {@code AutoCloseable} only from Java 19, and its {@code close()} waits);
     * a resource that is not {@code AutoCloseable} (JPA 2's {@code EntityManager}) is closed by a
     * call in a {@code finally} block, since try-with-resources does not compile around it.
     */
    Release release() {
      if (type != null && ResourceApis.isThreadPoolSimpleName(type)) {
        return Release.SHUT_DOWN;
      }
      if (type != null && ResourceApis.isClosedOnlyByCallSimpleName(type)) {
        return Release.CLOSE_IN_FINALLY;
      }
      return Release.TRY_WITH_RESOURCES;
    }

    /** How the sentence starts: "The `FileInputStream` in `in`". */
    String subject() {
      String what = type == null ? "The resource" : "The `" + type + "`";
      return variable == null ? what + " opened here" : what + " in `" + variable + "`";
    }
  }

  /**
   * How the resource's paths end, as the engine's walk saw them: the {@link PathFact}s {@link
   * PathFact#LEAKS_ON_NORMAL_PATH}, {@link PathFact#LEAKS_ON_EXCEPTION}, {@link
   * PathFact#CLOSED_SOMEWHERE}, {@link PathFact#CLOSED_ON_FAILURE} (then the engine names only the
   * throws no such close covers: {@code throwingCall}, {@code throwExpected}) and {@link
   * PathFact#HANDED_OVER_SOMEWHERE}.
   *
   * @param throwingCall the call whose exception leaks it, as {@link #call}/{@link #constructor}
   *     describe it, or null when unknown
   * @param throwExpected whether among the throwing sites that leak it is one a reviewer expects
   *     to throw ({@link LeakingThrows#anyExpected}): a checked exception, a {@code throw}
   *     statement; {@link CheckedThrow#UNKNOWN} when the engine cannot tell
   */
  public record Paths(PathFacts facts, String throwingCall, CheckedThrow throwExpected) {

    /** The paths of a resource whose throwing sites the engine did not read. */
    public static Paths of(PathFacts facts, String throwingCall) {
      return new Paths(facts, throwingCall, CheckedThrow.UNKNOWN);
    }

    boolean has(PathFact fact) {
      return facts.has(fact);
    }
  }

  /**
   * The words of a finding for each way a resource is released: what is done to it ("closed",
   * "shut down"), the fix, and what the fix releases.
   */
  enum Release {
    TRY_WITH_RESOURCES("closed", "use try-with-resources",
        "the file handle, socket or connection is released"),
    CLOSE_IN_FINALLY("closed", "call close() in a finally block", "its connection is released"),
    SHUT_DOWN("shut down", "call shutdown() in a finally block", "its threads end");

    private final String done;
    private final String fix;
    private final String effect;

    Release(String done, String fix, String effect) {
      this.done = done;
      this.fix = fix;
      this.effect = effect;
    }

    /** " is not closed on every path: use try-with-resources so … even when …". */
    String notOnEveryPath() {
      return " is not " + done + " on every path: " + fix + " so " + effect
          + " even when an exception is thrown";
    }

    /** " is closed, but not if `read()` throws: use try-with-resources so it is closed …". */
    String butNotIfThrows(String call) {
      return " is " + done + ", but not if " + call + " throws: " + fix + " so it is " + done
          + " on every path";
    }
  }

  /** The judgement: no leak, or which leak. */
  public enum Kind {
    NONE, NOT_CLOSED, CLOSED_BUT_NOT_IF_THROWS, NOT_CLOSED_IF_THROWS_BEFORE_HAND_OVER,
    NOT_CLOSED_IF_WRAPPER_THROWS, NOT_CLOSED_WHEN_HELPER_RETURNS_IT_OPEN
  }

  /** A judgement and, for a leak, the finding's sentence. */
  public record Verdict(Kind kind, String sentence) {
    public boolean leaks() {
      return kind != Kind.NONE;
    }
  }

  private static final Verdict NO_LEAK = new Verdict(Kind.NONE, null);

  /**
   * A leak on a normal path is "not closed on every path"; a leak only when an exception is thrown
   * is "closed, but not if … throws" when the code closes the resource somewhere (it meant to),
   * else "not closed on every path" too. A resource closed on every normal path is reported only
   * when a throw that leaks it may be expected ({@link CheckedThrow#mayBeExpected}): {@code
   * pooled.getBuffer()} or {@code result.setDistinct()} between the acquisition and the close,
   * known to declare no checked exception, leave only an unchecked exception to leak it, which is
   * not what a finding should be about; a call the engine cannot resolve may well throw {@code
   * IOException}, so a file scanned without its project's jars keeps the finding.
   */
  public static Verdict judge(Resource resource, Paths paths) {
    if (paths.has(HANDED_OVER_SOMEWHERE)) {
      return handedOver(resource, paths);
    }
    Release release = resource.release();
    if (paths.has(LEAKS_ON_NORMAL_PATH)
        || paths.has(LEAKS_ON_EXCEPTION) && !paths.has(CLOSED_SOMEWHERE)) {
      return new Verdict(Kind.NOT_CLOSED, resource.subject() + release.notOnEveryPath());
    }
    if (paths.has(LEAKS_ON_EXCEPTION) && paths.throwExpected().mayBeExpected()) {
      String call = paths.throwingCall() == null ? "a call" : paths.throwingCall();
      return new Verdict(Kind.CLOSED_BUT_NOT_IF_THROWS,
          resource.subject() + release.butNotIfThrows(call));
    }
    return NO_LEAK;
  }

  /**
   * {@link #judge}, knowing that the method gave the resource to a helper whose body closes it on
   * some of its normal exits only ({@link #closesOnSomeExitsOnly}; {@code closeUnless(in, keep)}
   * returning early when asked to keep it): the call borrowed it, so the caller must still close
   * it, and a normal path of the caller that does not is reported naming the helper, which is
   * where a reader would take it to be closed.
   *
   * @param partialCloser the helper's call as {@link #call} describes it, or null when the
   *     method gave the resource to no such helper
   */
  public static Verdict judge(Resource resource, Paths paths, String partialCloser) {
    if (partialCloser == null || !paths.has(LEAKS_ON_NORMAL_PATH)
        || paths.has(HANDED_OVER_SOMEWHERE)) {
      return judge(resource, paths);
    }
    Release release = resource.release();
    return new Verdict(Kind.NOT_CLOSED_WHEN_HELPER_RETURNS_IT_OPEN, resource.subject() + " is not "
        + release.done + " when " + partialCloser + " returns without closing it: the helper"
        + " closes it on some paths only, so " + release.fix + " here (or have the helper close"
        + " it on every path)");
  }

  /**
   * The fourth answer of a callee's ownership summary for a parameter (after borrows, takes
   * and closes): the callee closes it on some path but on some normal exit returns with it still
   * open, and never gives it away (returns, stores or passes it on). Its caller still owns the
   * resource on those exits, so the call borrows it; a close in the caller after the call is
   * then merely a second close, which {@code Closeable.close()} allows. A callee that also gives
   * it away somewhere keeps its older answer (takes): which path hands it over is the callee's
   * business. Each engine follows the parameter through the callee's body with its own walk,
   * starting open, and asks this.
   *
   * @param body what the walk of the callee found: {@link PathFact#CLOSED_SOMEWHERE}, {@link
   *     PathFact#LEAKS_ON_NORMAL_PATH} (some normal exit, a {@code return} or falling off the end,
   *     leaves it open) and {@link PathFact#HANDED_OVER_SOMEWHERE} (some path returns, stores,
   *     captures or passes it on, or the engine cannot follow it)
   */
  public static boolean closesOnSomeExitsOnly(PathFacts body) {
    return body.has(CLOSED_SOMEWHERE) && body.has(LEAKS_ON_NORMAL_PATH)
        && !body.has(HANDED_OVER_SOMEWHERE);
  }

  /**
   * A resource the method gives away on some path ({@code return channel;}, {@code
   * selector.register(channel)}, {@code this.in = in}) is the new owner's to close from there on,
   * but until then it is the method's: an exception thrown between the acquisition and the
   * hand-over leaks it ({@code channel.bind(address)} failing before {@code return channel}).
   * Reported only when such a throw is one a reviewer expects (a checked exception, a {@code
   * throw} statement): that every call may throw an unchecked exception is true, but not what a
   * finding should be about. Here an unknown throws clause does not count: the method's hand-over
   * shows the resource's lifetime goes on elsewhere, and this finding never fired on calls the
   * engine could not resolve. Silent too when the method closes the resource where a failure
   * goes, for every exception that leaks it ({@link PathFact#CLOSED_ON_FAILURE}, a {@code catch} or
   * {@code finally} that exception enters): it handles failure itself, typically behind a flag
   * the walks do not follow ({@code finally { if (!success)
   * closeQuietly(pack); }}). A close on a normal branch only ({@code if (!accepted) {
   * closeSockets(socket); return null; }}, commons-net's {@code FTPSClient}) handles a refusal,
   * not a throw, so it excuses nothing. Paths that neither close nor hand over stay silent, as
   * they did: the hand-over and such a path are often told apart by a condition the walks cannot
   * read.
   */
  private static Verdict handedOver(Resource resource, Paths paths) {
    if (!paths.has(LEAKS_ON_EXCEPTION) || !paths.throwExpected().isExpected()
        || paths.has(CLOSED_ON_FAILURE)) {
      return NO_LEAK;
    }
    String call = paths.throwingCall() == null ? "a call" : paths.throwingCall();
    return new Verdict(Kind.NOT_CLOSED_IF_THROWS_BEFORE_HAND_OVER, resource.subject()
        + " is not closed if " + call + " throws before it is handed over: close it when that"
        + " fails (catch, close, rethrow), so the file handle, socket or connection is not lost");
  }

  /**
   * A resource given to a wrapper whose constructor failed ({@code new ObjectInputStream(new
   * FileInputStream(f))} on a truncated file, {@code new GZIPInputStream(in)} on a bad header): no
   * wrapper exists to close it, and try-with-resources around the wrapper never sees it. Named for
   * the wrapper's constructor, with the fix that keeps the shape: the inner resource as its own
   * try-with-resources resource.
   *
   * @param wrapperConstructor the failing constructor as {@link #constructor} describes it
   */
  public static Verdict wrapperFailed(Resource resource, String wrapperConstructor) {
    return new Verdict(Kind.NOT_CLOSED_IF_WRAPPER_THROWS, resource.subject() + " is not closed if "
        + wrapperConstructor + " throws: a wrapper that cannot be built leaves it open; declare it"
        + " as its own try-with-resources resource, or close it when the wrapper fails");
  }

  /**
   * How the paths of one acquisition end, as the engine's walk saw them, over the engine's site
   * type {@code S} (a javac tree, a JavaParser node, a call as the bytecode engine names it):
   * what {@link #judgeWalk} reads. The source engines get it from their shared walk ({@link
   * #walk(PathWalk.Result, ResourceMentions.Uses)}).
   *
   * @param facts {@link PathFact#LEAKS_ON_NORMAL_PATH}, {@link PathFact#LEAKS_ON_EXCEPTION},
   *     {@link PathFact#CLOSED_SOMEWHERE}, {@link PathFact#HANDED_OVER_SOMEWHERE}; whether it is
   *     {@link PathFact#CLOSED_ON_FAILURE} {@link #judgeWalk} tells from the sites
   * @param blamedForException the sites whose exception leaks it, in the order {@link
   *     LeakingThrows#mostPlausible} reads them
   * @param exceptionLeaks the sites whose own exception leaks it ({@link
   *     LeakingThrows#anyExpected})
   * @param notClosedOnFailure the sites among those given whose exception no {@code catch} or
   *     {@code finally} closing it covers, in their order
   * @param causesOf for a {@code throw} in a {@code catch}, the sites whose exceptions entered it
   */
  public record Walk<S>(PathFacts facts, List<S> blamedForException, List<S> exceptionLeaks,
      UnaryOperator<List<S>> notClosedOnFailure, Function<S, List<S>> causesOf) {}

  /**
   * What the engine knows of one throwing site, as {@link #judgeWalk} asks it.
   *
   * @param declaresCheckedException whether its throws clause names a checked exception ({@link
   *     CheckedThrow})
   * @param onResource whether it is a call on the resource itself ({@code in.read()})
   * @param isThrowStatement whether it is a {@code throw} statement
   * @param describe the site as a sentence names it ({@link #call}, {@link #constructor}), or null
   * @param failingWrapperOverIt whether it is the {@code new} of a wrapper built over the resource
   *     (or over the holder the walk follows in its place) whose constructor may fail ({@link
   *     #wrapperMayFail})
   */
  public record Sites<S>(Function<S, CheckedThrow> declaresCheckedException,
      Predicate<S> onResource, Predicate<S> isThrowStatement, Function<S, String> describe,
      Predicate<S> failingWrapperOverIt) {}

  /** The {@link Walk} of the source engines' shared walk, with what the resource's mentions say. */
  public static <S> Walk<S> walk(PathWalk.Result<S> walk, ResourceMentions.Uses<?> uses) {
    PathFacts facts = PathFacts.NONE
        .with(LEAKS_ON_NORMAL_PATH, walk.leaksOnAPathOfItsOwn())
        .with(LEAKS_ON_EXCEPTION, walk.leaksOnException())
        .with(CLOSED_SOMEWHERE, uses.closedSomewhere())
        .with(HANDED_OVER_SOMEWHERE, uses.handedOverSomewhere());
    return new Walk<>(facts, walk.blamedForException(), walk.exceptionLeaks(),
        walk::notClosedOnFailure, walk::causesOf);
  }

  /**
   * What a walk's result means, for every engine: the call to blame ({@link
   * LeakingThrows#mostPlausible}) among the sites whose exception leaks the resource (of one
   * handed over somewhere, only those no {@code catch} or {@code finally} closing it covers,
   * {@link PathFact#CLOSED_ON_FAILURE}), whether a reviewer expects one of them to throw ({@link
   * LeakingThrows#anyExpected}), {@link #judge}, and then {@link #withFailingWrapper}.
   *
   * @param partialCloser the first helper given the resource that closes it on some exits only,
   *     as {@link #call} names it, or null; asked only when a normal path leaks
   */
  public static <S> Verdict judgeWalk(Resource resource, Walk<S> walk, Sites<S> sites,
      Supplier<String> partialCloser) {
    boolean handedOver = walk.facts().has(HANDED_OVER_SOMEWHERE);
    boolean leaksOnNormalPath = walk.facts().has(LEAKS_ON_NORMAL_PATH);
    List<S> blamable = walk.blamedForException();
    List<S> uncovered = walk.notClosedOnFailure().apply(blamable);
    S blamed = walk.facts().has(LEAKS_ON_EXCEPTION) ? LeakingThrows.mostPlausible(
        handedOver ? uncovered : blamable, sites.declaresCheckedException(), sites.onResource())
        : null;
    String throwingCall = blamed == null ? null : sites.describe().apply(blamed);
    List<S> leaks = handedOver ? walk.notClosedOnFailure().apply(walk.exceptionLeaks())
        : walk.exceptionLeaks();
    CheckedThrow expected = LeakingThrows.anyExpected(leaks, sites.declaresCheckedException(),
        sites.isThrowStatement(), walk.causesOf());
    Paths paths = new Paths(walk.facts().without(CLOSED_ON_FAILURE)
        .with(CLOSED_ON_FAILURE, !blamable.isEmpty() && uncovered.isEmpty()), throwingCall,
        expected);
    Verdict verdict = judge(resource, paths, leaksOnNormalPath ? partialCloser.get() : null);
    return withFailingWrapper(verdict, resource, leaksOnNormalPath,
        blamed != null && sites.failingWrapperOverIt().test(blamed) ? throwingCall : null);
  }

  /**
   * A leak blamed on a wrapper built over the resource whose constructor may fail ({@code new
   * GZIPInputStream(in)} on a bad header): the resource was meant to live in the wrapper, so the
   * finding says that the wrapper failed ({@link #wrapperFailed}) and how to keep the resource
   * safe, whether the method then closes the wrapper ("closed, but not if …", try-with-resources
   * around the wrapper never sees the resource) or gives it away ("not closed if … throws before
   * it is handed over"). A resource no path closes, which leaks only when the wrapper fails, is
   * held by that wrapper on every other path, which nothing closes either: the wrapper's own
   * finding covers the line, so none here (the bytecode engine anchors the two apart). A leak on
   * a path the method takes by itself keeps its verdict: that leak is the finding.
   *
   * @param failingWrapper the blamed call as {@link #constructor} names it when it is such a
   *     wrapper, else null
   */
  public static Verdict withFailingWrapper(Verdict verdict, Resource resource,
      boolean leaksOnNormalPath, String failingWrapper) {
    if (failingWrapper == null || !verdict.leaks()) {
      return verdict;
    }
    return switch (verdict.kind()) {
      case CLOSED_BUT_NOT_IF_THROWS, NOT_CLOSED_IF_THROWS_BEFORE_HAND_OVER ->
          wrapperFailed(resource, failingWrapper);
      case NOT_CLOSED -> leaksOnNormalPath ? verdict : NO_LEAK;
      default -> verdict;
    };
  }

  /** The checked exception a charset name the JDK does not know raises. */
  private static final String UNSUPPORTED_ENCODING = "java.io.UnsupportedEncodingException";

  /**
   * JDK constructors (class and number of arguments) whose throws clause names a checked
   * exception their body never throws: {@code JarOutputStream(OutputStream)} only calls {@code
   * super(out)} (the manifest-writing overload can fail).
   */
  private static final java.util.Set<String> DECLARED_BUT_NEVER_THROWN =
      java.util.Set.of("java.util.jar.JarOutputStream/1");

  /**
   * Whether a JDK call (package {@code java.} or {@code javax.}) cannot raise one checked
   * exception its throws clause names, given how it is called: a constructor of {@link
   * #DECLARED_BUT_NEVER_THROWN}, or {@code UnsupportedEncodingException} when the last argument,
   * where the JDK's methods and constructors take a charset name ({@code new
   * InputStreamReader(in, "8859_1")}, {@code text.getBytes("UTF-8")}, {@code new String(bytes,
   * UTF_8)}), is a constant string: a charset fixed in the code is one the JDK has in practice,
   * a name read from configuration may not be. One definition for both questions an engine asks
   * of such a call: whether a wrapper built over a resource may fail ({@link #wrapperMayFail})
   * and whether the call is a throw a reviewer may expect ({@link CheckedThrow}), so an engine
   * leaves such exceptions out of the throws clause it reads.
   *
   * @param declaringType the callee's class, qualified, or null when unknown
   * @param method the callee's name, {@code <init>} for a constructor
   * @param arguments how many arguments the callee takes
   * @param exception the qualified name of the checked exception
   * @param lastArgumentConstant the call's last argument is a string literal or a name spelled
   *     as a constant ({@link #namedLikeConstant})
   */
  public static boolean neverRaised(String declaringType, String method, int arguments,
      String exception, boolean lastArgumentConstant) {
    if (declaringType == null
        || !(declaringType.startsWith("java.") || declaringType.startsWith("javax."))) {
      return false;
    }
    return method.equals("<init>")
        && DECLARED_BUT_NEVER_THROWN.contains(declaringType + "/" + arguments)
        || lastArgumentConstant && exception.equals(UNSUPPORTED_ENCODING);
  }

  /**
   * Whether a field or variable is named as a constant ({@code UTF_8}, {@code DEFAULT_CHARSET}):
   * every letter upper case, at least one letter. A charset given by such a name is taken as
   * fixed in the code ({@link #neverRaised}'s {@code lastArgumentConstant}); the engines
   * see the name, not the value.
   */
  public static boolean namedLikeConstant(String name) {
    return name.equals(name.toUpperCase(Locale.ROOT)) && name.chars().anyMatch(Character::isLetter);
  }

  /**
   * Whether a constructor given the resource as its first argument may fail with the resource
   * still the caller's ({@link #wrapperFailed}): a JDK wrapper (package {@code java.} or {@code
   * javax.}; their constructors do not close their argument when they throw) whose throws clause
   * names a checked exception it may raise ({@link #neverRaised}): {@code ObjectInputStream} and
   * {@code GZIPInputStream} read a header, {@code ObjectOutputStream}, {@code GZIPOutputStream} and
   * {@code JarOutputStream} write one, {@code JarInputStream} reads the manifest. Library
   * wrappers are left out: whether they close their argument on failure differs from one to the
   * next (POI's {@code POIFSFileSystem(InputStream)} does), and no table says which.
   *
   * @param declaringType the constructor's class, qualified
   * @param arguments how many arguments the constructor takes
   * @param checkedExceptions the qualified names of the checked exceptions its throws clause names
   * @param lastArgumentConstant its last argument is a constant string ({@link #neverRaised})
   */
  public static boolean wrapperMayFail(String declaringType, int arguments,
      List<String> checkedExceptions, boolean lastArgumentConstant) {
    return declaringType != null
        && (declaringType.startsWith("java.") || declaringType.startsWith("javax."))
        && checkedExceptions.stream().anyMatch(exception -> !neverRaised(declaringType, "<init>",
            arguments, exception, lastArgumentConstant));
  }

  /**
   * Whether {@code new C(..)} of a class {@code C} of the analysed code opens a resource its
   * creator must close, though no table lists {@code C}: {@code C} implements {@code Closeable}
   * or {@code AutoCloseable} itself, and its own {@code close()} releases something the object
   * holds (closes one of its fields, or gives one to a closing helper). ZooKeeper's {@code
   * FileTxnLog} closes its log streams in {@code close()}, so {@code new FileTxnLog(dir)} never
   * closed leaks them. A class whose {@code close()} releases no field holds nothing the rule
   * cares about (a flag, a listener list): not a resource. Nor is one built over a closeable it
   * is given (H2's {@code new ScriptReader(reader)} over a stream the object's field holds): it
   * holds what it was given, whose owner the existing rules follow. Each engine reads the class's
   * declaration where it sees it (the scanner: the same file).
   *
   * @param implementsCloseable the class names {@code Closeable} or {@code AutoCloseable} among
   *     the interfaces it implements
   * @param closeReleasesAField its {@code close()} (no parameters) closes a field of the object
   * @param givenACloseable the constructor called takes a parameter that is (or, unresolved, may
   *     be) {@code AutoCloseable}
   */
  public static boolean ownClassOpensResource(boolean implementsCloseable,
      boolean closeReleasesAField, boolean givenACloseable) {
    return implementsCloseable && closeReleasesAField && !givenACloseable;
  }

  /**
   * The finding for a resource dropped at once: nothing holds it ({@code new
   * FileInputStream(f);}, {@code props.load(new FileInputStream(f))}), after {@code
   * partialCloser} (a helper closing it on some exits only, or null) left it open. Package
   * private, as the two below: the engines ask {@link #atCarrier}, which calls them.
   */
  static Verdict dropped(Resource resource, String partialCloser) {
    return judge(resource, Paths.of(PathFacts.of(LEAKS_ON_NORMAL_PATH), null), partialCloser);
  }

  /**
   * {@code new FileOutputStream(f).write(data)}: a resource used once as a call's receiver is
   * dropped after the call, unless the call releases it or may hand it back (returns a
   * closeable: a fluent method returning {@code this}).
   */
  static boolean droppedAfterReceiverCall(boolean releasesReceiver,
      BooleanSupplier returnsCloseable) {
    return !releasesReceiver && !returnsCloseable.getAsBoolean();
  }

  /**
   * {@code props.load(new FileInputStream(f))}, {@code new Dumper(new FileInputStream(f))}: a
   * resource given straight to a call is dropped after it when the callee only borrows it, as a
   * table says ({@code borrowedByTable}: asked first; false for a constructor) or its summary
   * ({@link CalleeSummary#borrows}); else the callee has it, and the rule says nothing.
   */
  static boolean droppedAfterCall(boolean borrowedByTable, Supplier<CalleeSummary> summary,
      BooleanSupplier unreadableCallBorrows) {
    return borrowedByTable || summary.get().borrows(unreadableCallBorrows);
  }

  /**
   * The position the acquired value (the outer value of its chain) sits in, as the engine reads
   * its parent; {@link #atCarrier} decides what that means.
   */
  public enum Carrier {
    /** A statement of its own ({@code new FileInputStream(f);}) or a for-each's iterable. */
    STATEMENT,
    /** The receiver of a call ({@code new FileOutputStream(f).write(data)}). */
    RECEIVER,
    /** An argument of a method call ({@code props.load(new FileInputStream(f))}). */
    CALL_ARGUMENT,
    /**
     * An argument of a constructor ({@code new Dumper(new FileInputStream(f))}, the scanner's
     * {@code this(..)}).
     */
    CONSTRUCTOR_ARGUMENT,
    /** Anywhere else: stored in a local (the walk follows it), returned, stored, passed on. */
    HELD
  }

  /**
   * What the engine knows of the call at a {@link Carrier}: the call the value is the receiver of
   * ({@link Carrier#RECEIVER}) or is given to; each asked only for the carrier it concerns.
   *
   * @param releasesReceiver whether the call releases its receiver ({@code close()}, {@code
   *     disconnect()})
   * @param returnsCloseable whether the call returns a closeable, maybe its receiver (a fluent
   *     method)
   * @param borrowedByTable whether a table says the method borrows the argument ({@code
   *     Properties.load})
   * @param summary the callee's ownership summary for the argument
   * @param unreadableCallBorrows whether a call the engine cannot read borrows it by its shape
   *     ({@link UnreadableCallModel})
   * @param partialCloser the method as {@link #call} names it when it closes the argument on some
   *     exits only, else null
   */
  public record CarrierCall(BooleanSupplier releasesReceiver, BooleanSupplier returnsCloseable,
      BooleanSupplier borrowedByTable, Supplier<CalleeSummary> summary,
      BooleanSupplier unreadableCallBorrows, Supplier<String> partialCloser) {}

  /**
   * The finding for a value at {@code carrier}; none for {@link Carrier#HELD}, where the engine
   * follows the local it is stored in, if any (else it is silent): dropped at once as a statement
   * or a for-each's iterable; as a call's receiver, dropped after the call unless the call
   * releases it or may hand it back ({@link #droppedAfterReceiverCall}); as an argument, dropped
   * after the call when the callee only borrows it ({@link #droppedAfterCall}; a method that
   * closes it on some exits only is named), else the callee has it and the rule is silent.
   */
  public static Verdict atCarrier(Resource resource, Carrier carrier, CarrierCall call) {
    return switch (carrier) {
      case STATEMENT -> dropped(resource, null);
      case RECEIVER -> droppedAfterReceiverCall(call.releasesReceiver().getAsBoolean(),
          call.returnsCloseable()) ? dropped(resource, null) : NO_LEAK;
      case CALL_ARGUMENT -> droppedAfterCall(call.borrowedByTable().getAsBoolean(), call.summary(),
          call.unreadableCallBorrows()) ? dropped(resource, call.partialCloser().get()) : NO_LEAK;
      case CONSTRUCTOR_ARGUMENT -> droppedAfterCall(false, call.summary(),
          call.unreadableCallBorrows()) ? dropped(resource, null) : NO_LEAK;
      case HELD -> NO_LEAK;
    };
  }


  /**
   * Whether passing the resource to a method or constructor whose body the engine cannot read
   * (and no table knows) hands it over. Unknown code may keep it, so it does, unless the method
   * closes the resource itself after that call, on the path through it ({@code closesAfter}, as
   * in {@link UnlistedValues#ownsUnlistedValue}): then the call only borrowed it (had the callee taken it, the
   * method would close it twice). A close on another branch ({@code if (bad) s.close(); else
   * start(new Handler(s));}) or in a {@code catch} ("close on failure, hand over on success")
   * proves nothing. A callee whose body the engine reads decides by itself (ownership summary).
   */
  public static boolean argumentHandsOver(boolean closesAfter) {
    return !closesAfter;
  }

  /**
   * Whether a holder built over the resource in a later statement takes the resource's place
   * ({@code in = open(f); reader = new BufferedReader(new InputStreamReader(in));}, H2's {@code
   * transfer = new Transfer(null, socket); ... transfer.close();}): from there on the holder's
   * mentions are the resource's (closing, returning or storing it closes or gives away the
   * resource), and building it is no hand-over. Either the tables know every layer as a wrapper
   * that owns what it wraps ({@link ResourceApis#isWrapperType}), or the method closes the holder
   * after building it, on that path ({@code holderClosedAfter}, as in {@link UnlistedValues#ownsUnlistedValue}:
   * the code says the holder is what releases it). Only for a local the method stores the holder
   * into at that one place ({@code holderAssignedOnlyThere}), in the loop the resource was opened
   * in ({@code sameLoop}): one holder per iteration is not followed. A local declared with the
   * holder, or declared without a value and assigned only there, stands for the resource at every
   * mention (each comes after it is built). One that holds other values too (declared {@code =
   * null} before the branches: Ant's Rpm and BZip2.pack, whose {@code finally} may close it before
   * it holds anything) holds the resource only on the paths through the store ({@link
   * ResourceState#HELD}, {@link SourceSyntax.HolderStore}); the walk follows which.
   */
  public static boolean holderTakesThePlace(boolean everyLayerAKnownWrapper,
      boolean holderClosedAfter, boolean holderAssignedOnlyThere, boolean sameLoop) {
    return (everyLayerAKnownWrapper || holderClosedAfter) && holderAssignedOnlyThere && sameLoop;
  }

  /**
   * Whether a callee's summary follows the holders its body builds over a parameter ({@code
   * Reader r = new InputStreamReader(in, UTF_8); parse(r);}) as the parameter's place, as a
   * method that opens the resource follows its local's: only when every layer is built by a
   * constructor ({@code constructed}). A layer a call returned ({@code out =
   * socket.getOutputStream(); .. return out;}) is a view of the parameter, which the summary reads
   * as returned ({@link CalleeSummary#ofBody}).
   */
  public static <T> boolean parameterHolderFollowed(List<T> layers, Predicate<T> constructed) {
    return layers.stream().allMatch(constructed);
  }

  /** How a holder's local holds the resource ({@link #holderAssignment}). */
  public enum HolderAssignment {
    /** Declared with the holder, or declared without a value and assigned only it: always. */
    ALWAYS,
    /** Stored once among other values: only on the paths through that store. */
    ONCE_ASSIGNED,
    /** {@link #ONCE_ASSIGNED}, every other value {@code null}: not null, it holds the resource. */
    ONCE_ASSIGNED_NULL_ELSEWHERE,
    /** Declared twice or outside the body, a parameter, or given the holder twice: not followed. */
    NOT_FOLLOWED
  }

  /** What a holder's local is declared with. */
  public enum HolderInitializer { THE_HOLDER, NOTHING, NULL, OTHER }

  /**
   * How the local a holder is stored into holds the resource ({@link #holderTakesThePlace}): a
   * local declared once in the body and not a parameter ({@code declaredOnce}), with {@code
   * initializer}, given the holder's {@code new} by {@code storesOfIt} assignments and other
   * values by {@code otherStores}, all {@code null} when {@code otherStoresAllNull}.
   */
  public static HolderAssignment holderAssignment(boolean declaredOnce,
      HolderInitializer initializer, int storesOfIt, int otherStores, boolean otherStoresAllNull) {
    if (!declaredOnce) {
      return HolderAssignment.NOT_FOLLOWED;
    }
    if (initializer == HolderInitializer.THE_HOLDER) {
      return storesOfIt + otherStores == 0 ? HolderAssignment.ALWAYS : HolderAssignment.NOT_FOLLOWED;
    }
    if (storesOfIt != 1) {
      return HolderAssignment.NOT_FOLLOWED;
    }
    if (initializer == HolderInitializer.NOTHING && otherStores == 0) {
      return HolderAssignment.ALWAYS;
    }
    return initializer != HolderInitializer.OTHER && otherStoresAllNull
        ? HolderAssignment.ONCE_ASSIGNED_NULL_ELSEWHERE : HolderAssignment.ONCE_ASSIGNED;
  }

  /** A leaking method call as the sentence names it: "`read()`". */
  public static String call(String methodName) {
    return "`" + methodName + "()`";
  }

  /** A leaking constructor call as the sentence names it: "`new GZIPInputStream(…)`". */
  public static String constructor(String type) {
    return "`new " + simpleName(type) + "(…)`";
  }

  /**
   * The simple name of a type however the engine spells it: qualified ({@code java.io.File}),
   * internal ({@code java/io/File}), binary ({@code a.Outer$Inner}), generic ({@code
   * Stream<String>}).
   */
  public static String simpleName(String type) {
    String name = type;
    int generic = name.indexOf('<');
    if (generic >= 0) {
      name = name.substring(0, generic);
    }
    int cut = Math.max(name.lastIndexOf('.'), Math.max(name.lastIndexOf('/'), name.lastIndexOf('$')));
    return name.substring(cut + 1);
  }
}
