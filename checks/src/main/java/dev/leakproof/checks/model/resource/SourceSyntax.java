package dev.leakproof.checks.model.resource;

import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * What {@link PathWalk} needs to know about a source tree, for one resource held in one local
 * variable: each engine (javac trees, JavaParser nodes) says what shape a node has, and the walk
 * does the rest. Shapes name child nodes; the walk asks for their shapes in turn.
 *
 * <p>An adapter throws {@link PathWalk.Unsupported} for a statement it cannot describe; the walk
 * then gives up and the rule stays silent (precision first).
 *
 * @param <N> the engine's node type
 */
public interface SourceSyntax<N> {

  /** The shape of a statement (or of an expression where a statement may stand: a loop update). */
  Statement<N> statement(N node);

  /** The shape of an expression. */
  Expression<N> expression(N node);

  /** What a condition says about the variable, for the branches an {@code if} takes. */
  Condition condition(N node);

  /** Statement shapes. */
  sealed interface Statement<N> {}

  /** Statements run in order. */
  record Block<N>(List<N> statements) implements Statement<N> {}

  /** Expressions evaluated in order: an expression statement, a declaration's initializers. */
  record Evaluate<N>(List<N> expressions) implements Statement<N> {}

  /** Does nothing to the resource: empty, {@code assert}, a local class. */
  record Skip<N>() implements Statement<N> {}

  /** {@code if (condition) then else otherwise}; {@code otherwise} may be null. */
  record If<N>(N condition, N then, N otherwise) implements Statement<N> {}

  /** {@code return value;} ({@code value} may be null). */
  record Return<N>(N value) implements Statement<N> {}

  /** {@code throw value;}, itself the site of the exception. */
  record Throw<N>(N value, N site) implements Statement<N> {}

  /** {@code break label;} ("" when unlabeled). */
  record Break<N>(String label) implements Statement<N> {}

  /** {@code continue label;} ("" when unlabeled). */
  record Continue<N>(String label) implements Statement<N> {}

  /** {@code yield value;} out of a {@code switch} expression. */
  record Yield<N>(N value) implements Statement<N> {}

  /** {@code label: body}. */
  record Labeled<N>(String label, N body) implements Statement<N> {}

  /** {@code synchronized (lock) body}. */
  record Synchronized<N>(N lock, N body) implements Statement<N> {}

  /** Which loop; a {@code for} loop without condition and a {@code while (true)} are endless. */
  enum LoopKind { WHILE, DO_WHILE, FOR, FOR_EACH }

  /**
   * A loop: {@code initializers} and {@code updates} are statements or expressions ({@link
   * #statement} describes either), {@code condition} may be null ({@code for (;;)}), {@code
   * iterable} is the for-each's expression, {@code endless} when the condition is absent or the
   * literal {@code true}.
   */
  record Loop<N>(LoopKind kind, List<N> initializers, N condition, List<N> updates, N iterable,
      N body, boolean endless) implements Statement<N> {}

  /**
   * {@code try (resources) block catch... finally}: {@code resourceInitializers} are evaluated in
   * order; {@code closesVariable} when a resource names the followed variable ({@code try (in)}),
   * which closes it on every exit. {@code finallyBlock} may be null.
   */
  record Try<N>(List<N> resourceInitializers, boolean closesVariable, N block,
      List<Catch<N>> catches, N finallyBlock) implements Statement<N> {}

  /** A {@code catch} clause's block (its type does not matter: see {@link PathWalk}). */
  record Catch<N>(N body) {}

  /** A {@code switch} statement (an expression: {@link SwitchExpression}). */
  record Switch<N>(N selector, List<Case<N>> cases) implements Statement<N> {}

  /**
   * One {@code case} (or {@code default}, {@code isDefault}): its statements; an arrow case
   * ({@code arrow}) does not fall through, and in a {@code switch} expression {@code value} (may be
   * null) is the expression an arrow case yields.
   */
  record Case<N>(boolean isDefault, boolean arrow, List<N> statements, N value) {}

  /** Expression shapes. */
  sealed interface Expression<N> {}

  /** Code that runs later, if at all: a lambda, a method reference, a class body. */
  record Deferred<N>() implements Expression<N> {}

  /**
   * A method call, {@code new} or explicit constructor call {@code site}: its {@code operands}
   * (receiver, arguments) run first; {@code releases} when it closes the variable ({@code
   * v.close()}, {@code closeQuietly(v)}); {@code mayThrow} unless it swallows what it runs into
   * (a quiet-close helper); {@code takesOnReturn} when it takes the variable over only once it
   * completes (a JDK wrapper's constructor that may fail, {@code new GZIPInputStream(in)}): its own
   * exception leaves the resource with the method. The adapter then leaves the variable's mention
   * out of {@code operands}. {@code throughHolder} when what it closes is a holder that holds the
   * resource only once assigned ({@link HolderStore}): it closes the resource only on the paths
   * where the holder holds it.
   */
  record Invocation<N>(N site, List<N> operands, boolean releases, boolean mayThrow,
      boolean takesOnReturn, boolean throughHolder) implements Expression<N> {

    /** A call that does not take the variable over. */
    public Invocation(N site, List<N> operands, boolean releases, boolean mayThrow) {
      this(site, operands, releases, mayThrow, false, false);
    }

    /** A call that may take the variable over once it completes, closing the variable itself. */
    public Invocation(N site, List<N> operands, boolean releases, boolean mayThrow,
        boolean takesOnReturn) {
      this(site, operands, releases, mayThrow, takesOnReturn, false);
    }
  }

  /**
   * A mention of the variable that gives the resource away ({@code return v}, {@code this.f = v},
   * an argument of code that keeps it): from here on, on this path, it is another owner's. An
   * exception the mention's own call throws leaves it with that owner too. {@code throughHolder}
   * when the mention is a holder's that holds the resource only once assigned ({@link
   * HolderStore}): it gives the resource away only on the paths where the holder holds it.
   */
  record HandOver<N>(boolean throughHolder) implements Expression<N> {

    /** A mention of the variable itself. */
    public HandOver() {
      this(false);
    }
  }

  /**
   * An assignment into a holder that takes the resource's place only once it is assigned: a local
   * declared before with another value ({@code OutputStream out = null;}, Ant's {@code Rpm}), whose
   * one assignment of the wrapper over the resource is followed ({@link
   * UnclosedResourceModel#holderTakesThePlace}). {@code value} runs first; then, when {@code
   * storesTheResource}, the holder holds the resource ({@link ResourceState#HELD}), else it holds
   * something else and closing it no longer closes the resource.
   */
  record HolderStore<N>(N value, boolean storesTheResource) implements Expression<N> {}

  /**
   * An assignment: {@code value} runs first; {@code overwritesVariable} when it stores into the
   * variable anything but the acquisition (the old reference is lost); else {@code target} runs.
   * {@code wrapsTheVariable} when the value is a wrapper built over the variable itself ({@code f
   * = new GZIPInputStream(f)}, hsqldb's FileArchiver): the variable still reaches the resource,
   * through the wrapper that owns it, so nothing is lost.
   */
  record Assign<N>(N value, boolean overwritesVariable, boolean wrapsTheVariable, N target)
      implements Expression<N> {

    /** An assignment whose value is no wrapper over the variable. */
    public Assign(N value, boolean overwritesVariable, N target) {
      this(value, overwritesVariable, false, target);
    }
  }

  /**
   * A store into a local {@code boolean} (a declaration's initializer included) or a {@code final}
   * field of type {@code boolean} ({@link FlagTest}): {@code value}
   * runs first (may be null: a declaration without one); the local, named by {@code flag} (the
   * engine's key for its declaration, compared with {@code equals}), then holds {@code constant}
   * ({@code close = true}), or a value the walk does not know when {@code constant} is null ({@code
   * close = ready()}, {@code close |= x}). An engine says so for every store into such a local, so
   * that the walk may follow one that a condition tests ({@link FlagTest}).
   */
  record FlagStore<N>(Object flag, Boolean constant, N value) implements Expression<N> {}

  /** {@code condition ? whenTrue : whenFalse}. */
  record Conditional<N>(N condition, N whenTrue, N whenFalse) implements Expression<N> {}

  /** {@code left && right} or {@code left || right}: {@code right} may not run. */
  record ShortCircuit<N>(N left, N right) implements Expression<N> {}

  /** A {@code switch} expression: its arms yield. */
  record SwitchExpression<N>(N selector, List<Case<N>> cases) implements Expression<N> {}

  /** Anything else: its {@code operands} run in order. */
  record Operands<N>(List<N> operands) implements Expression<N> {}

  /** What a condition tells about the followed variable. */
  sealed interface Condition {}

  /**
   * {@code v != null} ({@code nonNull}) or {@code v == null}; {@code ofHolder} when {@code v} is
   * a holder that holds the resource only once assigned ({@link HolderStore}): null, it does not
   * hold it, but the resource may still be open. {@code holderNullElsewhere} when that holder is
   * given nothing but {@code null} besides the resource's wrapper: not null, it holds it (or held
   * it, closed since).
   */
  record NullTest(boolean nonNull, boolean ofHolder, boolean holderNullElsewhere)
      implements Condition {

    /** A test of the variable itself. */
    public NullTest(boolean nonNull) {
      this(nonNull, false, false);
    }
  }

  /** {@code v.isClosed()}. */
  record IsClosed() implements Condition {
    /**
     * What a no-argument call of {@code methodName} on the followed variable tells: {@code
     * isClosed()} is {@link IsClosed}, {@code isOpen()} its negation (channels and XNIO
     * connections guard their close with it); null for any other method. The bytecode engine
     * reads the same two names ({@link #isQuery}).
     */
    public static Condition ofQuery(String methodName) {
      return switch (methodName) {
        case "isClosed" -> new IsClosed();
        case "isOpen" -> new Not(new IsClosed());
        default -> null;
      };
    }

    /** Whether {@code methodName} is one of the queries {@link #ofQuery} reads. */
    public static boolean isQuery(String methodName) {
      return ofQuery(methodName) != null;
    }
  }

  /**
   * A query, without arguments, on the object the resource was taken from ({@code if
   * (!info.isShared()) em.close();} after {@code em = info.getEntityManager()}, jBPM's {@code
   * JPAMapper}): the holder's word on who owns the resource. When only one branch of such a
   * condition closes it, the other branch leaves it to the holder's owner ({@link PathWalk}): the
   * method borrowed it there. An engine says so only when {@link #applies}.
   */
  record HolderQuery() implements Condition {
    /**
     * Whether a condition is a {@link HolderQuery}: the resource came from a call on a variable
     * named plainly (a local, parameter or field: {@code acquiredFromLocalsMethod}), the condition
     * is a call with {@code arguments} arguments on that same variable, and no table or factory
     * shape lists the resource's call as opening one ({@code acquisitionListed}: a factory's
     * result is always the caller's, whatever the factory says). The tables are asked last, only
     * for a condition of that shape.
     */
    public static boolean applies(boolean acquiredFromLocalsMethod, boolean onTheSameLocal,
        int arguments, BooleanSupplier acquisitionListed) {
      return acquiredFromLocalsMethod && onTheSameLocal && arguments == 0
          && !acquisitionListed.getAsBoolean();
    }
  }

  /**
   * A {@code boolean} the walk may follow, itself the condition ({@code if (close)}): a local, or a
   * {@code final} field, whose value a method does not change (its one store in a constructor is
   * a {@link FlagStore}); {@code flag} as in {@link FlagStore}.
   */
  record FlagTest(Object flag) implements Condition {}

  /** {@code !c}. */
  record Not(Condition negated) implements Condition {}

  /** {@code left && right}. */
  record And(Condition left, Condition right) implements Condition {}

  /** {@code left || right}. */
  record Or(Condition left, Condition right) implements Condition {}

  /** A condition that says nothing about the variable. */
  record Opaque() implements Condition {}
}
