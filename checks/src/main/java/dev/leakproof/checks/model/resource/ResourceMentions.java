package dev.leakproof.checks.model.resource;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * What each mention of a resource's local variable means, decided once for the source engines
 * (each finds the mentions and reads their parents in its own trees): every mention must keep
 * ownership here ({@code v.read()}, {@code v == null}, {@code v = ...}, {@code for (x : v)},
 * {@code try (v)}, {@code closeQuietly(v)}, {@code props.load(v)}), or hand it over at that point
 * ({@code return v}, a store into a field or array, an argument of code that keeps it): the walk
 * follows the resource up to those {@linkplain Uses#handOvers hand-overs}. Anything else (an
 * alias, a capture by a lambda or class, a shape not listed) lets it escape where the walk cannot
 * follow, so the rule stays silent.
 */
public final class ResourceMentions {
  private ResourceMentions() {}

  /** What one mention does with the resource. */
  public enum Use {
    /** Uses it; it stays this method's. */
    KEEPS,
    /** Closes it ({@code v.close()}, {@code try (v)}, {@code closeQuietly(v)}). */
    CLOSES,
    /** Lets it go where the walk cannot follow. */
    ESCAPES,
    /** Gives it away right there ({@code return v}, {@code this.in = v}, a callee that takes it). */
    HANDS_OVER,
    /**
     * An argument of code the engine cannot read: handed over unless the call borrows by its
     * shape or the method closes it after the call ({@link Tally#add}).
     */
    PASSED,
    /**
     * Escapes, but only as a closeable view of it that the body returns ({@code return
     * conn.getClient()}), which a callee's summary tells apart ({@link
     * Uses#leavesOnlyAsReturnedView}).
     */
    RETURNS_VIEW
  }

  /** Where a mention stands that needs no facts beyond its place in the code. */
  public enum Place {
    /** Inside a lambda or a class body within the method: runs elsewhere, maybe later. */
    CAPTURED,
    /** {@code v::read}: may run anywhere. */
    METHOD_REFERENCE,
    /** {@code v == null}, {@code v != w}, {@code v instanceof T}. */
    COMPARED,
    /** {@code v.field}. */
    FIELD_READ,
    /** {@code v = ...}: the variable is overwritten, not the resource used. */
    ASSIGNED_TO,
    /** {@code for (x : v)}. */
    ITERATED,
    /** {@code synchronized (v)}. */
    SYNCHRONIZED_ON,
    /** {@code try (v) {..}}: closed when the block ends. */
    TRY_RESOURCE,
    /** {@code return v}, also as an arm of a returned {@code ?:}. */
    RETURNED,
    /** {@code this.in = v;}, {@code a[i] = v;} as a statement: the object owns it from here on. */
    STORED,
    /** Any other place (an alias, a cast that is not a call's receiver, an operand). */
    OTHER
  }

  /** What a mention at {@code place} does. */
  public static Use at(Place place) {
    return switch (place) {
      case COMPARED, FIELD_READ, ASSIGNED_TO, ITERATED, SYNCHRONIZED_ON -> Use.KEEPS;
      case TRY_RESOURCE -> Use.CLOSES;
      case RETURNED, STORED -> Use.HANDS_OVER;
      case CAPTURED, METHOD_REFERENCE, OTHER -> Use.ESCAPES;
    };
  }

  /**
   * The facts about a call made on the resource ({@code v.m(..)}), asked lazily in the order
   * {@link #receiverOf} needs them.
   */
  public interface ReceiverCall {
    /** It releases the receiver ({@code close()}, a release method the tables list). */
    boolean releasesReceiver();

    /**
     * Its result is dropped or used at once: the call is a statement ({@code
     * channel.configureBlocking(false);}) or the receiver of another call.
     */
    boolean resultUsedAtOnce();

    /** It returns a closeable. */
    boolean returnsCloseable();

    /** Its closeable result is a resource of its own, whose closing leaves the receiver open ({@code walk.getRepository()}). */
    boolean leavesReceiverOpen();

    /**
     * Asked of a parameter's mention, for a call returning no closeable: the callee gives a value
     * derived from it somewhere that keeps the parameter ({@link CalleeSummary#keptThrough}:
     * {@code this(filesystem.getRoot())}).
     */
    boolean derivedValueKeeps();

    /** It derives an owning view ({@code stmt.executeQuery()}): the view decides for it. */
    boolean derivesOwningView();

    /** Its result, a closeable view, only ever leaves by being returned. */
    boolean viewOnlyReturned();

    /** The owning view it derives leaves the method (returned, stored, kept by a callee). */
    boolean owningViewLeaves();

    /** Its result is tied to the receiver: closing the result leaves the receiver open ({@link TiedResults}). */
    boolean returnsTied();

    /** The tied result lets the receiver go: it is returned, stored or given to code that keeps it. */
    boolean tiedResultLetsGo();
  }

  /**
   * A mention that is the receiver of a call. Its release closes it; a result dropped at once or
   * not closeable, or a closeable of its own, leaves it here (for a parameter's summary, unless
   * a value derived from it is kept); a closeable view tied to it ({@code return
   * v.getResultSet()}, {@code stream.filter(..)}) is kept or handed on, and the resource may have
   * to stay open for it: an owning view is followed (read only here, it leaves the statement
   * here), a view only returned is told apart, and a result tied to it ({@code itr =
   * txn.read(zxid)}: closing itr leaves txn open) lets it go only where the result goes (a
   * parameter's summary keeps the alias, as SpotBugs' does).
   *
   * @param parameter the mention is of a parameter being summarised
   */
  public static Use receiverOf(ReceiverCall call, boolean parameter) {
    if (call.releasesReceiver()) {
      return Use.CLOSES;
    }
    if (call.resultUsedAtOnce()) {
      return Use.KEEPS;
    }
    if (!call.returnsCloseable()) {
      return parameter && call.derivedValueKeeps() ? Use.ESCAPES : Use.KEEPS;
    }
    if (call.leavesReceiverOpen()) {
      return Use.KEEPS;
    }
    boolean owningView = call.derivesOwningView();
    if (!owningView && call.viewOnlyReturned()) {
      return Use.RETURNS_VIEW;
    }
    if (owningView) {
      return call.owningViewLeaves() ? Use.ESCAPES : Use.KEEPS;
    }
    return parameter || !call.returnsTied() || call.tiedResultLetsGo() ? Use.ESCAPES : Use.KEEPS;
  }

  /**
   * {@code ((HiveConnection) connection).getDelegationToken(user)}: the receiver of a call seen
   * as a subtype keeps it when the call neither releases it nor returns a closeable (then a cast
   * in between stays an escape: the plain receiver's rules cannot follow it).
   */
  public static Use castReceiverOf(ReceiverCall call) {
    return !call.releasesReceiver() && !call.returnsCloseable() ? Use.KEEPS : Use.ESCAPES;
  }

  /**
   * An argument of a method call: a closing helper closes it, a method that borrows by the
   * tables ({@code props.load(v)}) keeps it, else the callee's summary decides ({@link
   * #passedTo}).
   */
  public static Use argumentOf(boolean closesArguments, BooleanSupplier borrows,
      Supplier<CalleeSummary> summary) {
    if (closesArguments) {
      return Use.CLOSES;
    }
    return borrows.getAsBoolean() ? Use.KEEPS : passedTo(summary.get());
  }

  /**
   * An argument of a callee whose summary is known: still this method's where the callee leaves
   * it open, given away where it takes it, and {@link Use#PASSED} where its body is not in view.
   */
  public static Use passedTo(CalleeSummary summary) {
    return switch (summary) {
      case BORROWS, CLOSES_ON_SOME_EXITS, CLOSES_UNLESS_IT_THROWS -> Use.KEEPS;
      case TAKES, CLOSES -> Use.HANDS_OVER;
      case UNKNOWN -> Use.PASSED;
    };
  }

  /**
   * Whether a mention wrapped inline by library wrappers that own what they wrap ({@code
   * xml.read(new InputStreamReader(is, UTF_8))}: {@code ResourceApis.isWrapperType}) is judged
   * where the outermost wrapper stands: that wrapper is at once an argument of a method call, which
   * borrows, keeps or closes it, and with it the resource (closing the wrapper closes it; a wrapper
   * only read and dropped leaves it open: CXF's {@code getUserResources(InputStream)}, real-leak
   * cxf-b5). Anywhere else the wrapper's construction still takes the resource (a wrapper in a
   * local is a later holder, {@link UnclosedResourceModel}; returned or stored, it leaves).
   *
   * @param wrappedByKnownWrappers the mention is an argument of one or more nested constructions
   *     of known wrappers
   * @param outermostIsCallArgument the outermost of them is an argument of a method call
   */
  public static boolean judgedAsItsWrapper(boolean wrappedByKnownWrappers,
      boolean outermostIsCallArgument) {
    return wrappedByKnownWrappers && outermostIsCallArgument;
  }

  /**
   * An argument of {@code this(..)} as the scanner reads it: the delegated constructor's body, if
   * read, decides ({@link #passedTo}); else it may keep it, and the walk cannot follow. (Error
   * Prone reads {@code this(..)} as any call: {@link #argumentOf}.)
   */
  public static Use argumentOfThisCall(CalleeSummary summary) {
    return summary == CalleeSummary.UNKNOWN ? Use.ESCAPES : passedTo(summary);
  }

  /**
   * What a method's mentions of the resource tell together.
   *
   * @param <M> the engine's mention node
   * @param handOvers the mentions that give the resource away, compared by identity
   * @param leavesOnlyAsReturnedView it escapes, and only as a closeable view of it that the body
   *     returns ({@code return conn.getClient()}): what a callee's summary asks ({@link
   *     CalleeSummary#ofBody(Uses, boolean, Supplier)})
   */
  public record Uses<M>(boolean escapes, boolean closedSomewhere, List<M> handOvers,
      boolean leavesOnlyAsReturnedView) {
    /** Names alone cannot tell which variable a mention is (shadowed or reused): it may escape. */
    public static <M> Uses<M> unknown() {
      return new Uses<>(true, false, List.of(), false);
    }

    /** Whether the resource may leave the method's hands somewhere: escapes, or is handed over. */
    public boolean leavesSomewhere() {
      return escapes || handedOverSomewhere();
    }

    /** Whether some path gives the resource away. */
    public boolean handedOverSomewhere() {
      return !handOvers.isEmpty();
    }

    /** Whether {@code mention} is one of the {@link #handOvers}. */
    public boolean handsOverAt(Object mention) {
      return handOvers.stream().anyMatch(h -> h == mention);
    }

    /**
     * These uses and those of a holder that takes the resource's place ({@link
     * UnclosedResourceModel}'s later holders): it escapes, is closed or handed over where either is.
     */
    public Uses<M> with(Uses<M> held) {
      List<M> all = new ArrayList<>(handOvers);
      all.addAll(held.handOvers);
      return new Uses<>(escapes || held.escapes, closedSomewhere || held.closedSomewhere,
          List.copyOf(all), false);
    }
  }

  /** Adds up a method's mentions, in the order the engine finds them. */
  public static final class Tally<M> {
    private boolean escapes;
    private boolean returnedView;
    private boolean closed;
    private final List<M> handOvers = new ArrayList<>();

    /**
     * One mention and what it does.
     *
     * @param borrowedByShape for {@link Use#PASSED}: the unreadable call borrows by its shape
     *     ({@link UnreadableCallModel}); asked only then
     * @param closedAfter for {@link Use#PASSED}: the method closes the resource after the call,
     *     on the path through it ({@link UnclosedResourceModel#argumentHandsOver}); asked only
     *     then
     */
    public void add(M mention, Use use, BooleanSupplier borrowedByShape,
        BooleanSupplier closedAfter) {
      switch (use) {
        case ESCAPES -> escapes = true;
        case RETURNS_VIEW -> returnedView = true;
        case HANDS_OVER -> handOvers.add(mention);
        case PASSED -> {
          if (!borrowedByShape.getAsBoolean()
              && UnclosedResourceModel.argumentHandsOver(closedAfter.getAsBoolean())) {
            handOvers.add(mention);
          }
        }
        case CLOSES -> closed = true;
        case KEEPS -> { }
      }
    }

    /** What the mentions added tell together. */
    public Uses<M> uses() {
      return new Uses<>(escapes || returnedView, closed, List.copyOf(handOvers),
          returnedView && !escapes && handOvers.isEmpty());
    }
  }
}
