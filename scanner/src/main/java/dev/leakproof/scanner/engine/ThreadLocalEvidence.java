package dev.leakproof.scanner.engine;

import dev.leakproof.checks.knowledge.ThreadLocalApis;
import dev.leakproof.checks.knowledge.ThreadLocalApis.Operation;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * What ThreadLocalNotRemoved needs to see in a file's code before it can report there (see
 * {@link TextPrefilter}: a necessary condition of the rule, read from the rule's code).
 *
 * <p>The rule reports a call that puts a value into a static thread-local field of the file
 * (ThreadLocalCalls.of): {@code F.set(v)}, {@code this.F.set(v)}, {@code Owner.F.set(v)} or
 * {@code (F).set(v)}, with one argument, or a {@code get()} without arguments on such a field
 * whose declaration gives it an initial value ({@code withInitial(..)}, or a {@code new} of a
 * class that overrides {@code initialValue()}). The field is declared {@code static} (or in an
 * interface) with {@code ThreadLocal}, {@code InheritableThreadLocal}, a class whose simple name
 * ends in {@code Local} (the only ones the rule asks the solver about), or a class of the file
 * (whose chain of superclasses ends in one of those), by a simple or qualified name whose last
 * word is that name. So the name right before the call's dot is such a field's, or the receiver
 * is written in a shape that is no plain name.
 */
final class ThreadLocalEvidence {
  private ThreadLocalEvidence() {}

  private static final String SET = Operation.SET.methodName();
  private static final String GET = Operation.GET.methodName();

  static boolean mayReport(SourceWords words) {
    boolean inInterface = words.has("interface");
    if (!(words.has("static") || inInterface) || !(words.has(SET) || words.has(GET))
        || !TextPrefilter.anyWord(words.words(), ThreadLocalEvidence::endsInLocal)) {
      return false;
    }
    Set<String> declaredClasses = WrittenCode.declaredClasses(words);
    Predicate<String> threadLocalType =
        type -> endsInLocal(type) || declaredClasses.contains(type);
    Set<String> fields = inInterface ? words.namesDeclaredWithType(threadLocalType)
        : words.namesDeclaredWithType(threadLocalType, "static");
    if (fields.isEmpty()) {
      return false;
    }
    if (calledOnAField(words, SET, Operation.SET.parameterCount(), fields::contains)) {
      return true;
    }
    // A get() puts a value in only on a field declared with an initial value.
    return calledOnAField(words, GET, Operation.GET.parameterCount(),
        field -> fields.contains(field) && WrittenCode.anyValueStoredInto(words, field,
            (from, to) -> WrittenCode.anyWordIn(words, from, to, MAY_GIVE_AN_INITIAL_VALUE)));
  }

  /**
   * Whether some call of {@code method} with {@code arguments} arguments (or a count this reading
   * cannot tell) is made on a name {@code field} accepts, or on a receiver that is no plain name.
   */
  private static boolean calledOnAField(SourceWords words, String method, int arguments,
      Predicate<String> field) {
    List<String> receivers = words.receiversOf(method);
    List<Integer> counts = receivers.isEmpty() ? List.of() : words.argumentCountsOf(method);
    for (int i = 0; i < receivers.size(); i++) {
      String receiver = receivers.get(i);
      int count = counts.get(i);
      if ((count == arguments || count == SourceWords.ANY_ARGUMENT_COUNT)
          && !receiver.equals(SourceWords.NO_RECEIVER)
          && (receiver.equals(SourceWords.OTHER_RECEIVER)
              || receiver.equals(SourceWords.ANY_RECEIVER) || field.test(receiver))) {
        return true;
      }
    }
    return false;
  }

  private static boolean endsInLocal(String word) {
    return word.endsWith("Local");
  }

  /**
   * A word an initializer that gives a thread-local an initial value writes: {@code
   * ThreadLocal.withInitial(..)} or a {@code new} (ThreadLocalCalls.hasInitialValue).
   */
  private static final Predicate<String> MAY_GIVE_AN_INITIAL_VALUE =
      word -> word.equals(ThreadLocalApis.WITH_INITIAL) || word.equals("new");
}
