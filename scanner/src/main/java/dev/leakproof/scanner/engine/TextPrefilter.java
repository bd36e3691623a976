package dev.leakproof.scanner.engine;

import dev.leakproof.checks.catalog.Rule;
import dev.leakproof.checks.knowledge.CollectionApis;
import dev.leakproof.checks.knowledge.ListenerApis;
import dev.leakproof.checks.knowledge.ResourceApis;
import java.util.ArrayList;
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
 * <p>Skipped files are counted as analysed (their text shows they hold no finding), but they
 * are not checked for syntax errors: a broken file no rule could report in gets no "cannot
 * analyse" notification. The type solver still parses a skipped file on demand, when another
 * file's resolution needs one of its types.
 */
final class TextPrefilter {
  /** Parses everything: for comparisons with the filter and for rules it knows nothing of. */
  static final TextPrefilter NONE = new TextPrefilter(List.of(words -> true));

  private static final Map<Rule, Predicate<SourceWords>> EVIDENCE = evidence();

  private final List<Predicate<SourceWords>> enabled;

  private TextPrefilter(List<Predicate<SourceWords>> enabled) {
    this.enabled = enabled;
  }

  /** The filter for {@code rules}: a file is parsed when one of them may report in it. */
  static TextPrefilter forRules(List<SourceRule> rules) {
    List<Predicate<SourceWords>> enabled = new ArrayList<>();
    for (SourceRule rule : rules) {
      Predicate<SourceWords> evidence = EVIDENCE.get(rule.rule());
      if (evidence == null) {
        return NONE;
      }
      enabled.add(evidence);
    }
    return new TextPrefilter(List.copyOf(enabled));
  }

  /** Whether some enabled rule may report in a file with {@code text}: then it is parsed. */
  boolean mayReport(String text) {
    if (this == NONE) {
      return true;
    }
    SourceWords words = SourceWords.of(text);
    if (words == null) {
      return true;
    }
    for (Predicate<SourceWords> evidence : enabled) {
      if (evidence.test(words)) {
        return true;
      }
    }
    return false;
  }

  private static Map<Rule, Predicate<SourceWords>> evidence() {
    Map<Rule, Predicate<SourceWords>> evidence = new EnumMap<>(Rule.class);
    // A judged field is declared with a collection, map or cache type, named by its simple or
    // qualified name: either way the simple name is a word of the code.
    evidence.put(Rule.UNBOUNDED_STATIC_CACHE,
        words -> words.hasAny(CollectionApis.collectionTypeSimpleNames()));
    // Candidates are a `new` of a type the knowledge table knows, or a call of one of its
    // factories (Acquisitions.isCandidate); both names are words of the code. A value no table
    // knows is a resource only when the method closes it (SelfClosedLocals): `close` or a
    // quiet-close helper is then a word of the code.
    Set<String> resourceWords = new HashSet<>(ResourceApis.knownTypeSimpleNames());
    resourceWords.addAll(ResourceApis.factoryMethodNames());
    resourceWords.add("close");
    resourceWords.addAll(ResourceApis.quietCloseHelperNames());
    evidence.put(Rule.UNCLOSED_RESOURCE, words -> words.hasAny(resourceWords));
    // Reported at a call of a registration method, known by its name alone.
    evidence.put(Rule.LISTENER_LEAK,
        words -> words.words().stream().anyMatch(ListenerApis::isRegistration));
    // Something holds the enclosing instance: a lambda, a method reference, an instance of an
    // inner class (a nested `class`: interfaces, enums and records are static) or of an
    // anonymous class.
    evidence.put(Rule.OUTER_INSTANCE_RETENTION,
        words -> words.hasOperator("->") || words.hasOperator("::")
            || words.classKeywords() >= 2 || words.mayHaveAnonymousClass());
    // A thread-local field: ThreadLocal, InheritableThreadLocal, or a subclass, which the rule
    // only resolves when its name ends in "Local" (a local chain of subclasses ends in one of
    // those too).
    evidence.put(Rule.THREAD_LOCAL_NOT_REMOVED,
        words -> words.words().stream().anyMatch(word -> word.contains("Local")));
    // `s += x`, `s = s + x` or `s = s.concat(x)`, in a loop statement or a forEach lambda.
    evidence.put(Rule.STRING_CONCAT_IN_LOOP,
        words -> (words.hasOperator("+") || words.has("concat")) && (words.has("for") || words.has("while")
            || words.has("do") || words.words().stream().anyMatch(w -> w.startsWith("forEach"))));
    return evidence;
  }
}
