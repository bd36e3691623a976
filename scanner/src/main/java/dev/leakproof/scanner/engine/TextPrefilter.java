package dev.leakproof.scanner.engine;

import dev.leakproof.checks.catalog.Rule;
import dev.leakproof.checks.knowledge.RetentionSinks;
import dev.leakproof.checks.knowledge.RetentionSinks.Kind;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Decides from a file's text, before parsing it, whether any enabled rule could report in it;
 * a file none could is not parsed at all (most of a scan's time is parsing). Each rule's
 * evidence below is a token its findings cannot do without, whatever the solver says, so that
 * skipping a file without it never drops a finding: this must stay a necessary condition of the
 * rule, never a guess. The evidence is read from the code outside comments and literals (see
 * {@link SourceWords}); a rule without an entry here, or a text that cannot be read that way,
 * means "parse it".
 *
 * <p>When a rule learns to report more (a new shape, a new knowledge table), its entry must
 * cover it. Where a rule starts from a knowledge table, the entry reads the same table, so new
 * names there are covered at once; {@code ScannerPrefilterTest} scans the corpus and real code
 * with and without this filter and fails on any difference.
 *
 * <p>A parsed file is checked only by the rules whose evidence it shows, by the same argument.
 *
 * <p>Skipped files are counted as analysed (their text shows they hold no finding), but they
 * are not checked for syntax errors: a broken file no rule could report in gets no "cannot
 * analyse" notification. The type solver still parses a skipped file on demand, when another
 * file's resolution needs one of its types.
 */
final class TextPrefilter {
  private static final Map<Rule, Predicate<SourceWords>> EVIDENCE = evidence();

  private final List<SourceRule> rules;
  /** Per rule, in the same order, what a file must show for it to report; null: no filter. */
  private final List<Predicate<SourceWords>> evidence;

  private TextPrefilter(List<SourceRule> rules, List<Predicate<SourceWords>> evidence) {
    this.rules = List.copyOf(rules);
    this.evidence = evidence;
  }

  /** Parses every file and runs every rule on it: for comparisons with the filter. */
  static TextPrefilter none(List<SourceRule> rules) {
    return new TextPrefilter(rules, null);
  }

  /**
   * The filter for {@code rules}: a file is parsed when one of them may report in it, and only
   * those run on it. A rule this class knows nothing of runs on every file.
   */
  static TextPrefilter forRules(List<SourceRule> rules) {
    List<Predicate<SourceWords>> evidence = new ArrayList<>();
    for (SourceRule rule : rules) {
      evidence.add(EVIDENCE.getOrDefault(rule.rule(), words -> true));
    }
    return new TextPrefilter(rules, List.copyOf(evidence));
  }

  /** Whether some enabled rule may report in a file with {@code text}: then it is parsed. */
  boolean mayReport(String text) {
    return !rulesThatMayReport(text).isEmpty();
  }

  /**
   * The enabled rules that may report in a file with {@code text}, in their order: the file is
   * parsed when there is one, and only these run on it (a rule whose evidence is missing cannot
   * report there, so running it could only cost time).
   */
  List<SourceRule> rulesThatMayReport(String text) {
    if (evidence == null) {
      return rules;
    }
    List<SourceWords> readings = SourceWords.readings(text);
    if (readings == null) {
      return rules;
    }
    List<SourceRule> mayReport = new ArrayList<>(rules.size());
    for (int i = 0; i < rules.size(); i++) {
      Predicate<SourceWords> shows = evidence.get(i);
      for (SourceWords reading : readings) {
        if (shows.test(reading)) {
          mayReport.add(rules.get(i));
          break;
        }
      }
    }
    return mayReport;
  }

  private static Map<Rule, Predicate<SourceWords>> evidence() {
    Map<Rule, Predicate<SourceWords>> evidence = new EnumMap<>(Rule.class);
    evidence.put(Rule.UNBOUNDED_STATIC_CACHE, StaticCacheEvidence::mayReport);
    evidence.put(Rule.UNCLOSED_RESOURCE, UnclosedResourceEvidence::mayReport);
    evidence.put(Rule.LISTENER_LEAK, ListenerEvidence::mayReport);
    // Something holds the enclosing instance (a lambda, a method reference, an instance of an
    // inner or local class (see mayDeclareAnInnerClass) or of an anonymous class), and it is
    // handed to a place that outlives it.
    evidence.put(Rule.OUTER_INSTANCE_RETENTION,
        words -> (words.hasLambdaOrMethodReference()
            || mayDeclareAnInnerClass(words) || words.mayHaveAnonymousClass())
            && mayHoldLonger(words));
    evidence.put(Rule.THREAD_LOCAL_NOT_REMOVED, ThreadLocalEvidence::mayReport);
    // `s += x`, `s = s + x` or `s = s.concat(x)`, in a loop statement or a forEach lambda.
    evidence.put(Rule.STRING_CONCAT_IN_LOOP, StringConcatEvidence::mayReport);
    return evidence;
  }

  /** Whether one of {@code words} passes {@code test} (a loop: no stream per file). */
  static boolean anyWord(Collection<String> words, Predicate<String> test) {
    for (String word : words) {
      if (test.test(word)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a listener in the file may hold the object that registers it. */
  static boolean mayHoldTheRegisteringObject(SourceWords words) {
    return words.has("this") || words.hasLambdaOrMethodReference()
        || words.mayHaveAnonymousClass() || mayDeclareAnInnerClass(words);
  }

  /**
   * Whether the file may declare an inner (non-static) or local class: a `class` inside
   * another type, so a second `class`, or an enum, record or interface around it (a local
   * class in a record's or an enum's method has a `this`; a `class` nested in an interface
   * without `static` written is taken for an inner one by ListenerLeak).
   */
  private static boolean mayDeclareAnInnerClass(SourceWords words) {
    return words.classKeywords() >= 2 || words.classKeywords() >= 1
        && (words.has("enum") || words.has("record") || words.has("interface"));
  }

  /**
   * The sinks OuterInstanceRetention reports, each with the object that holds the enclosing
   * instance written where the rule reads it (EnclosingInstance.of takes the value itself, never
   * a variable holding it): a static field of the file assigned such a value (one declared with
   * {@code static} and without {@code final}: a final one is assigned only in a static
   * initializer (JLS 8.3.1.2, 16), where there is no enclosing instance, and an interface's
   * fields are final); a shutdown hook
   * ({@code Runtime.getRuntime().addShutdownHook(..)}, given a new {@code Thread}); and, with the
   * receiver's type spelled in the file (the rule knows a sink's type by the receiver's declared
   * type, KnownType) and the receiver declared with it, a timer's or a cleaner's call, or a
   * periodic schedule on an executor or an add to a collection held in a static field (static
   * written, or any field when an interface may declare it), given such an object among its
   * arguments. A started thread is never reported (OuterInstanceRetentionModel.judge).
   */
  private static boolean mayHoldLonger(SourceWords words) {
    Set<String> sinkTypes = new HashSet<>();
    for (String word : words.words()) {
      RetentionSinks.knownTypeBySimpleName(word).ifPresent(sinkTypes::add);
    }
    if (words.has("static") && words.mayStoreTheEnclosingInstance(words.staticNonFinalFieldNames())
        || sinkTypes.contains(RetentionSinks.THREAD) && words.has("addShutdownHook")
            && words.has("getRuntime")) {
      return true;
    }
    if (sinkTypes.isEmpty()) {
      return false; // no call below can be a sink's
    }
    boolean staticFields = words.has("static") || words.has("interface");
    Set<String> declared = null;
    Set<String> staticDeclared = null;
    for (String method : words.calledNames()) { // the hand-over is a call of the sink's method
      boolean anyReceiver = false; // a timer's or a cleaner's call
      boolean staticReceiver = false; // an executor's or a collection's, held in a static field
      for (String type : sinkTypes) {
        Kind kind = RetentionSinks.callSink(type, method).orElse(null);
        if (kind == Kind.TIMER || kind == Kind.CLEANER) {
          anyReceiver = true;
        } else if (staticFields
            && (kind == Kind.STATIC_EXECUTOR || kind == Kind.STATIC_COLLECTION)) {
          staticReceiver = true;
        }
      }
      if (!anyReceiver && !staticReceiver) {
        continue;
      }
      if (declared == null) {
        declared = words.namesDeclaredWithType(SINK_TYPE_SIMPLE_NAME);
        staticDeclared = words.has("interface") ? declared
            : words.namesDeclaredWithType(SINK_TYPE_SIMPLE_NAME, "static");
      }
      if (words.mayHandOverTheEnclosingInstance(method, anyReceiver ? declared : staticDeclared)) {
        return true;
      }
    }
    return false;
  }

  private static final Predicate<String> SINK_TYPE_SIMPLE_NAME =
      name -> RetentionSinks.knownTypeBySimpleName(name).isPresent();

  static String simpleName(String owner) {
    String dotted = owner.replace('$', '.');
    return dotted.substring(dotted.lastIndexOf('.') + 1);
  }
}
