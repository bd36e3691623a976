package dev.leakproof.checks.model.resource;

import dev.leakproof.checks.catalog.Rule;
import dev.leakproof.checks.knowledge.ResourceApis;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What {@link Rule#UNCLOSED_RESOURCE} decides and says about a resource a class opens into one of
 * its own instance fields: the class owns it, so its release method ({@code close()}, {@code
 * shutdown()}, …) must release it. An engine extracts, per class, the {@link OwnedField}s (a store
 * of a freshly acquired resource into an instance field declared by the class) and, per method of
 * the class, its {@link MethodUses}; {@link #judge} returns one finding per forgotten field, at the
 * release method's declaration (the place to fix), with the sentence every engine says.
 *
 * <p>Silent, precision first, when the class has no release method (a long-lived object whose
 * lifetime is the process's; nothing names the place to fix), when the field leaves the class's
 * hands anywhere (passed to code that may keep or close it, or copied to another variable), when
 * any method of the class releases it (a worker thread's loop that closes the selector once
 * {@code close()} raised a flag: the engines cannot tell that this method runs after the
 * release method, so it counts), and when the release method calls a method of the class whose
 * body the engine cannot see (an abstract hook a subclass implements may well close it).
 */
public final class OwningFieldModel {
  private OwningFieldModel() {}

  /**
   * Names of the methods that end an object's life, in the order a finding prefers them when a
   * class has several that all forget the field.
   */
  private static final List<String> RELEASE_METHODS =
      List.of("close", "shutdown", "stop", "release", "dispose", "destroy");

  /** Calls on a resource that release it: {@code close()}, an executor's or event loop's shutdown. */
  private static final Set<String> RELEASING_CALLS = Set.of("close", "shutdown", "shutdownNow",
      "shutdownGracefully", "stop", "release", "dispose", "destroy", "disconnect", "terminate",
      "closeQuietly");

  /**
   * Whether a method of this name and parameter count ends the object's life: a no-argument
   * {@code close}, {@code shutdown}, {@code stop}, {@code release}, {@code dispose} or {@code
   * destroy}.
   */
  public static boolean isReleaseMethod(String name, int parameterCount) {
    return parameterCount == 0 && RELEASE_METHODS.contains(name);
  }

  /** What one mention of an owned field does with its value, as {@link MethodUses} records it. */
  public enum Use {
    /** Releases it: {@code file.close()}, {@code closeQuietly(file)}, {@code try (file)}. */
    RELEASES,
    /** Gives it to code that may keep or close it, or copies it: followed no further. */
    HANDS_OVER,
    /** Only uses it ({@code file.read(buffer)}, {@code props.load(in)}, a null check). */
    USES
  }

  /** The field's value as the receiver of {@code methodName}: {@code file.close()} releases it. */
  public static Use asReceiverOf(String methodName) {
    return RELEASING_CALLS.contains(methodName) ? Use.RELEASES : Use.USES;
  }

  /**
   * The field's value as an argument of {@code methodName}: a quiet-close helper or a releasing
   * call ({@code closeQuietly(f)}, {@code AutoCloseables.close(a, b)}) releases it; a method named
   * to keep what it is given ({@code closeables.add(f)}, {@code closer.register(f)}, {@code
   * executor.submit(f)}, {@code other.setInput(f)}) may take it over; any other call only uses it
   * ({@code authenticate(sock)}, {@code props.load(in)}): unlike a local, the field still holds
   * the value afterwards, so the class stays its owner.
   */
  public static Use asArgumentOf(String methodName) {
    if (RELEASING_CALLS.contains(methodName) || ResourceApis.isQuietCloseHelper(methodName)) {
      return Use.RELEASES;
    }
    for (String keeps : KEEPING_CALL_PREFIXES) {
      if (methodName.startsWith(keeps)) {
        return Use.HANDS_OVER;
      }
    }
    return Use.USES;
  }

  /** Names of calls that may keep what they are given: collections, registries, setters, executors. */
  private static final List<String> KEEPING_CALL_PREFIXES = List.of("add", "put", "offer", "push",
      "register", "set", "attach", "submit", "execute", "schedule", "adopt", "manage", "own",
      "track", "start");

  /** Adds {@code field} to the set of {@link MethodUses} that {@code use} belongs in. */
  public static void record(Use use, String field, Set<String> releases, Set<String> handsOver) {
    if (use == Use.RELEASES) {
      releases.add(field);
    } else if (use == Use.HANDS_OVER) {
      handsOver.add(field);
    }
  }

  /**
   * A resource stored into an instance field the class declares: the field's name, the
   * acquisition's type as the finding names it ({@code FileChannel}) and the line that opened it.
   */
  public record OwnedField(String field, String type, int openedAtLine) {
    public OwnedField {
      type = type == null ? null : UnclosedResourceModel.simpleName(type);
    }
  }

  /**
   * How one method (or constructor, or initializer) of the class uses the class's fields.
   *
   * @param name the method's name ({@code <init>} for constructors and initializers)
   * @param parameterCount its parameter count
   * @param line the line a finding at this method points to (its declaration), or 0
   * @param releases fields it releases: {@code f.close()}, {@code f.shutdown()}, {@code
   *     closeQuietly(f)}, {@code try (f)}
   * @param handsOver fields whose value it gives away: passed to a constructor (a wrapper) or to
   *     a call that may keep it ({@link #asArgumentOf}), or copied to a local, another field or an
   *     array
   * @param calls names of the class's own methods it calls (on {@code this}, written or not)
   * @param callsUnseen whether it calls a method of {@code this} the class does not declare with
   *     a body (abstract, or inherited): what that does is unknown
   */
  public record MethodUses(String name, int parameterCount, int line, Set<String> releases,
      Set<String> handsOver, Set<String> calls, boolean callsUnseen) {}

  /**
   * The release method that forgets fields: its name and line (where to point), the forgotten
   * fields, and the sentence.
   */
  public record Finding(String releaseMethod, int line, List<String> fields, String sentence) {}

  /**
   * The finding for a class whose release method forgets owned fields (one finding naming them
   * all: one place to fix), if any.
   */
  public static Optional<Finding> judge(List<OwnedField> owned, List<MethodUses> methods) {
    if (owned.isEmpty()) {
      return Optional.empty();
    }
    MethodUses release = methods.stream()
        .filter(m -> isReleaseMethod(m.name(), m.parameterCount()))
        .min(Comparator.comparingInt(m -> RELEASE_METHODS.indexOf(m.name())))
        .orElse(null);
    if (release == null) {
      return Optional.empty(); // no lifecycle end to fix: a process-long object, or a subclass's business
    }
    Set<String> handedOver = new HashSet<>();
    methods.forEach(m -> handedOver.addAll(m.handsOver()));
    Set<String> released = new HashSet<>();
    methods.forEach(m -> released.addAll(m.releases()));
    for (MethodUses start : methods) {
      if (isReleaseMethod(start.name(), start.parameterCount()) && runsUnseenCode(start, methods)) {
        return Optional.empty(); // a release path runs code we cannot see: it may close anything
      }
    }
    Map<String, OwnedField> firstStore = new LinkedHashMap<>();
    owned.stream().sorted(Comparator.comparingInt(OwnedField::openedAtLine))
        .forEach(f -> firstStore.putIfAbsent(f.field(), f));
    List<OwnedField> forgotten = new ArrayList<>();
    for (OwnedField field : firstStore.values()) {
      if (!released.contains(field.field()) && !handedOver.contains(field.field())) {
        forgotten.add(field);
      }
    }
    if (forgotten.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Finding(release.name(), release.line(),
        forgotten.stream().map(OwnedField::field).toList(), sentence(release.name(), forgotten)));
  }

  /**
   * Whether {@code start}, or a method of the class it calls, transitively, calls a method the
   * engine cannot see.
   */
  private static boolean runsUnseenCode(MethodUses start, List<MethodUses> methods) {
    Deque<MethodUses> work = new ArrayDeque<>(List.of(start));
    Set<MethodUses> seen = new HashSet<>();
    while (!work.isEmpty()) {
      MethodUses method = work.pop();
      if (!seen.add(method)) {
        continue;
      }
      if (method.callsUnseen()) {
        return true;
      }
      for (MethodUses callee : methods) {
        if (!callee.name().equals("<init>") && method.calls().contains(callee.name())) {
          work.push(callee);
        }
      }
    }
    return false;
  }

  /**
   * "`close()` does not close `file`, the `FileChannel` opened at line 42: …"; several fields in
   * the order they were opened, joined by "nor".
   */
  static String sentence(String releaseMethod, List<OwnedField> fields) {
    StringBuilder sentence = new StringBuilder(UnclosedResourceModel.call(releaseMethod))
        .append(" does not close ");
    for (int i = 0; i < fields.size(); i++) {
      OwnedField field = fields.get(i);
      String what = field.type() == null ? "the resource" : "the `" + field.type() + "`";
      sentence.append(i == 0 ? "" : ", nor ").append('`').append(field.field()).append("`, ")
          .append(what).append(" opened at line ").append(field.openedAtLine());
    }
    return sentence.append(fields.size() == 1
        ? ": close it there too, so it does not outlive the object that owns it"
        : ": close them there too, so they do not outlive the object that owns them").toString();
  }
}
