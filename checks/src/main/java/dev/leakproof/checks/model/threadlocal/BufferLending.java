package dev.leakproof.checks.model.threadlocal;

import dev.leakproof.checks.knowledge.ThreadLocalApis;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Whether a per-thread buffer is emptied before every use fills it, following its value from
 * each {@code get()} through the class and into the code it is lent to (issue #11: Undertow's
 * {@code URLDecodingHandler} returns {@code DECODING_BUFFER_CACHE.get()} from a private accessor,
 * keeps it in a local, hands it to three private methods, and each of them lends it to {@code
 * URLUtils.decode(.., buffer)} in another file, whose first statement is {@code
 * buffer.setLength(0)}). Nothing accumulates across uses when every way the value can go ends
 * where it is emptied before anything fills it:
 *
 * <ul>
 *   <li>it is stored in a local whose very next statement empties it ({@code buf = F.get();
 *       buf.setLength(0);}, Jetty's request log), {@link Step.EmptiedNext};
 *   <li>it is passed to a method that cannot be overridden and whose body empties that
 *       parameter in its first statement and keeps it there ({@link Step.Lent}, {@link
 *       #emptiesFirst(Callee)});
 *   <li>it moves on, and each place it reaches ends so too ({@link Step.Moves}): into a local
 *       variable (every mention of it), into a parameter of a private method of the class (every
 *       mention in that body), or out of a private method by {@code return} (every call of it:
 *       only the class can call a private method).
 * </ul>
 *
 * Anything else (a call on it before it is emptied, a field, a method that may be overridden, a
 * lambda's {@code return}, a callee whose body cannot be read) may fill it without emptying it
 * first, {@link Step.Escapes}. The engines say what each mention of the value does; the walk and
 * the callee's verdict are decided here. The walk gives up (not emptied) past {@value #LIMIT}
 * mentions.
 */
public final class BufferLending {
  static final int LIMIT = 200;

  private BufferLending() {}

  /** What one mention of the buffer's value does with it, as an engine reads it. */
  public sealed interface Step<N> {
    /** Stored in a local whose very next statement empties it. */
    record EmptiedNext<N>() implements Step<N> {}

    /** Passed to a method of the analysed code that cannot be overridden. */
    record Lent<N>(Callee callee) implements Step<N> {}

    /** Goes on to these mentions (a local's, a private method's parameter's or its calls). */
    record Moves<N>(List<N> mentions) implements Step<N> {}

    /** Anything else: it may be filled without being emptied first, or kept. */
    record Escapes<N>() implements Step<N> {}
  }

  /** The facts about the body of a method the buffer is lent to, for the parameter it takes. */
  public interface Callee {
    /**
     * Whether the method's first statement empties the parameter ({@code buffer.setLength(0);},
     * {@link ThreadLocalApis#emptiesBuffer}).
     */
    boolean firstStatementEmpties();

    /**
     * Each other mention of the parameter, as the chain of calls made on it (innermost first:
     * {@code buffer.append(c).toString()} gives {@code [append, toString]}), with whether the
     * chain is a statement of its own; {@code null} when some mention is not the receiver of a
     * call (assigned, passed on, returned, stored, captured by a lambda or a local class).
     */
    List<Chain> otherMentions();
  }

  /** The calls made on one mention of a lent parameter, innermost first. */
  public record Chain(List<String> calls, boolean isStatement) {}

  /**
   * Whether every mention reached from {@code gets} (the {@code get()} calls of the thread-local
   * in its class) ends with the buffer emptied before it is filled; false when there is no
   * {@code get()}. {@code step} is asked once per mention, in no particular order; mentions are
   * compared with {@code equals}.
   */
  public static <N> boolean emptiedBeforeEveryFill(List<N> gets, Function<N, Step<N>> step) {
    if (gets.isEmpty()) {
      return false;
    }
    Deque<N> work = new ArrayDeque<>(gets);
    Set<N> seen = new HashSet<>();
    while (!work.isEmpty()) {
      N mention = work.pop();
      if (!seen.add(mention)) {
        continue;
      }
      if (seen.size() > LIMIT) {
        return false;
      }
      Step<N> next = step.apply(mention);
      if (next instanceof Step.Moves<N> moves) {
        work.addAll(moves.mentions());
      } else if (next instanceof Step.Lent<N> lent) {
        if (!emptiesFirst(lent.callee())) {
          return false;
        }
      } else if (!(next instanceof Step.EmptiedNext)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether a method the buffer is lent to empties it before it fills it and keeps it: its first
   * statement empties the parameter, and every other mention only calls the buffer, where a chain
   * of calls that return the buffer itself ({@link ThreadLocalApis#returnsTheBuffer}) is a
   * statement of its own or reaches a call that returns something else ({@code toString()}).
   * So the buffer is not handed back, stored or passed on, and whatever the body appends is one
   * use's output.
   */
  public static boolean emptiesFirst(Callee callee) {
    if (!callee.firstStatementEmpties()) {
      return false;
    }
    List<Chain> others = callee.otherMentions();
    return others != null && others.stream().allMatch(BufferLending::keepsTheBuffer);
  }

  private static boolean keepsTheBuffer(Chain chain) {
    List<String> calls = chain.calls();
    return !calls.isEmpty() && (chain.isStatement()
        || calls.stream().anyMatch(call -> !ThreadLocalApis.returnsTheBuffer(call)));
  }
}
