package dev.leakproof.checks.model.resource;

import dev.leakproof.checks.knowledge.ClosingResults;
import dev.leakproof.checks.knowledge.ResourceApis;
import java.util.function.BooleanSupplier;

/**
 * Whether a value no knowledge table lists as a resource is the method's own anyway: the value of
 * a {@code new} or a call the engine cannot judge otherwise (a project's or a library's {@code
 * Closeable}, a project method returning a stream, a type the engine cannot even resolve), stored
 * in a local that the method itself closes after acquiring it ({@code fs = new
 * POIFSFileSystem(file); … fs.close();}). The code says it owns the value, so every path must
 * close it. Decided once for the three engines; each finds such values in its own representation
 * (a local's symbol, its name, a local slot) and gives the {@linkplain Value facts}.
 */
public final class UnlistedValues {
  private UnlistedValues() {}

  /**
   * What the first argument of {@code new C(x, ..)} is, when it makes the object one built over a
   * stream someone else owns or over nothing at all: the object then holds what it was given,
   * whose owner the rule follows (or which needs no closing), and is not a resource of its own.
   */
  public enum FirstArgument {
    /**
     * A local the method itself closes: a try-with-resources variable, or a local closed after the
     * value is built ({@code in = new FileInputStream(f); try { p = new Parser(in); … } finally {
     * in.close(); }}). The stream's own verdict covers it; the wrapper holds nothing more.
     */
    CLOSED_LOCAL,
    /**
     * A parameter declared as a stream, reader, writer or channel ({@link
     * ResourceApis#isStreamSimpleName}): the caller's stream ({@code new Parser(in)}).
     */
    STREAM_PARAMETER,
    /**
     * An instance field declared as a stream, reader, writer or channel: the object's, closed as
     * the object is (H2's {@code new ScriptReader(reader)}, closed by {@code closeIO()}).
     */
    STREAM_FIELD,
    /**
     * A local holding only memory ({@code new IndentingWriter(stringWriter)}): declared as, or set
     * to, an in-memory closeable.
     */
    MEMORY_LOCAL,
    /** Anything else, or no argument. */
    OTHER
  }

  /**
   * The facts about one value stored straight into a local ({@code T x = value;}, {@code x =
   * value;}), a {@code new} ({@link Creation}) or a call's result ({@link Call}) that the tables
   * do not know as an acquisition. {@link #mayBeOwn} asks them in the order the interfaces
   * declare them, each only while the answer is still open, so an engine may compute each on
   * demand (the costly ones come late).
   */
  public sealed interface Value permits Creation, Call {
    /**
     * The value's type holds nothing to release ({@link ResourceApis#isNonResource}, an in-memory
     * stream), or is no {@code AutoCloseable} at all, as far as the engine can tell. Asked after
     * the facts of its kind below, before the last one.
     */
    boolean nonResourceType();
  }

  /** The facts of a {@code new C(..)}. */
  public non-sealed interface Creation extends Value {
    /**
     * An anonymous class ({@code new Journal(file) {…}}) the engine does not judge as it judges a
     * named class. Error Prone and SpotBugs answer false: they read the anonymous class's {@code
     * close()}, its own or inherited, as any other class's. The scanner answers true only for an
     * anonymous body that declares its own {@code close()}: its close questions name the class
     * written after {@code new}, whose {@code close()} an anonymous body without one runs.
     */
    boolean anonymousClass();

    /**
     * A constructor the tables know ({@link ResourceApis#constructor} not {@code NOT_KNOWN}: a
     * wrapper, an in-memory stream); they decide. An engine that cannot resolve the constructor
     * answers true.
     */
    boolean knownToTables();

    /** Its first argument, as {@link FirstArgument} names it. */
    FirstArgument firstArgument();

    /**
     * A class of the analysed code whose {@code close()} releases only memory ({@link
     * MemoryOnlyClasses}). Asked last.
     */
    boolean closeReleasesOnlyMemory();
  }

  /** The facts of a method call's result. */
  public non-sealed interface Call extends Value {
    /** The called method's simple name. */
    String methodName();

    /**
     * A view the tables know its receiver owns ({@link ResourceApis#isViewOwnedByReceiver}:
     * {@code process.getOutputStream()}, a servlet response's writer), on the method's class or
     * a class whose method it overrides; or a view whose closing closes its receiver ({@link
     * ClosingResults#closesReceiver}: {@code channel = in.getChannel()}), the receiver's resource
     * carried on, which the receiver's own verdict covers (the engines follow such a view's local
     * in the receiver's place).
     */
    boolean viewOwnedByReceiver();

    /**
     * A factory of the project that returns nothing owned ({@link ResourceFactories}: {@code
     * wrapSystemOut()}, a wrapper of {@code System.out}).
     */
    boolean returnsNothingOwned();

    /**
     * Its result holds only memory, as the tables know it ({@code tokenBuffer.asParser(p)},
     * {@link dev.leakproof.checks.knowledge.MemoryOnlyCloseables}). Asked last.
     */
    boolean returnsOnlyMemory();
  }

  /**
   * Whether {@code value} may be the method's own resource: none of the reasons it holds nothing
   * the method must release applies. Asked before the method is read for its closes (SpotBugs
   * asks it before walking the paths from the value).
   */
  public static boolean mayBeOwn(Value value) {
    if (value instanceof Creation creation) {
      return !creation.anonymousClass() && !creation.knownToTables()
          && creation.firstArgument() == FirstArgument.OTHER && !creation.nonResourceType()
          && !creation.closeReleasesOnlyMemory();
    }
    Call call = (Call) value;
    // statement.getResultSet(): a view its statement closes
    return !ResourceApis.owningViewMethodNames().contains(call.methodName())
        && !call.viewOwnedByReceiver() && !call.returnsNothingOwned() && !call.nonResourceType()
        && !call.returnsOnlyMemory();
  }

  /**
   * Whether {@code value} is the method's own resource: it {@linkplain #mayBeOwn may be}, and the
   * method closes it after acquiring it, on the path that acquired it ({@code closesAfter}, asked
   * last: a later statement, or a {@code finally}, not a branch of its own such as an error case,
   * closes the local outside a {@code catch}). Known in-memory closeables stay exempt: closing them
   * is a habit, not ownership. SpotBugs asks {@link #mayBeOwn} before it walks the paths from the
   * value and takes "the walk closes it on a path no exception started" for {@code closesAfter}.
   */
  public static boolean ownsUnlistedValue(Value value, BooleanSupplier closesAfter) {
    return mayBeOwn(value) && closesAfter.getAsBoolean();
  }
}
