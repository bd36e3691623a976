package dev.leakproof.scanner.engine;

import static com.github.javaparser.ParseStart.COMPILATION_UNIT;
import static com.github.javaparser.Providers.provider;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.resolution.Navigator;
import com.github.javaparser.resolution.cache.Cache;
import com.github.javaparser.resolution.cache.CacheStats;
import com.github.javaparser.resolution.declarations.ResolvedReferenceTypeDeclaration;
import com.github.javaparser.resolution.model.SymbolReference;
import com.github.javaparser.symbolsolver.cache.GuavaCache;
import com.github.javaparser.symbolsolver.javaparsermodel.JavaParserFacade;
import com.github.javaparser.symbolsolver.resolution.typesolvers.JavaParserTypeSolver;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * JavaParser's source-root solver, searching only the files that can declare the name asked
 * for. JavaParser looks for {@code a.b.C.D} at {@code a/b/C/D.java}, then in every file of
 * {@code a/b/C/}, then at {@code a/b/C.java} for {@code C.D}, then in every file of {@code a/b/},
 * and so on: each miss parses a whole folder. Misses are the common case (every simple name is
 * first tried in the file's own package and under each wildcard import; a member type inherited
 * from a supertype is first looked for in the subtype's own file), so those folder-wide parses
 * were a third of the scanner's time. Here a text index of each folder (per file, the names
 * that follow {@code class}, {@code interface}, {@code enum} or {@code record}: a superset of
 * the types it declares, top-level and nested) picks the files whose parse JavaParser's search
 * could find the type in, and only those are parsed, in JavaParser's order: the same answer,
 * and a name no file declares (a JDK or library type) parses nothing.
 */
final class SourceRootTypeSolver extends JavaParserTypeSolver {
  /** The words that introduce a type's name ({@code @interface} contains {@code interface}). */
  private static final List<String> TYPE_KEYWORDS = List.of("class", "interface", "enum", "record");

  private final Path root;
  /** The text index of each folder looked in, shared with the other workers' solvers. */
  private final SharedParses shared;
  /** Per name looked up, what JavaParser's search for it can read and where it can succeed. */
  private final Map<String, Evidence> evidenceByName = new HashMap<>();
  private final SourceReads reads;
  /** JavaParser's cache of the files it parsed, by absolute path; shared to adopt trees. */
  private final Cache<Path, Optional<CompilationUnit>> parsedFiles;
  /** The same, backed by the other workers' parses: what a search reads through. */
  private final Cache<Path, Optional<CompilationUnit>> searchedFiles;
  /** JavaParser's cache of the answers by name, kept by this solver's own search too. */
  private final Cache<String, SymbolReference<ResolvedReferenceTypeDeclaration>> foundTypes;
  private final JavaParser parser;

  SourceRootTypeSolver(Path root, ParserConfiguration configuration, long linesKept) {
    this(root, configuration, linesKept, new SourceReads(), new SharedParses());
  }

  /**
   * A solver whose caches (the files it parsed, the folders it parsed, the types it found) each
   * hold trees of at most {@code linesKept} lines.
   */
  SourceRootTypeSolver(Path root, ParserConfiguration configuration, long linesKept,
      SourceReads reads, SharedParses sharedParses) {
    this(root, configuration, reads,
        new GuavaCache<>(TreeLines.boundedCache(linesKept, SourceRootTypeSolver::lines)),
        linesKept, sharedParses);
  }

  private SourceRootTypeSolver(Path root, ParserConfiguration configuration, SourceReads reads,
      Cache<Path, Optional<CompilationUnit>> parsedFiles, long linesKept,
      SharedParses sharedParses) {
    this(root, new JavaParser(configuration), reads, parsedFiles,
        new SharingParsedFiles(parsedFiles, sharedParses),
        new GuavaCache<>(TreeLines.boundedCache(linesKept, SourceRootTypeSolver::declaringLines)),
        linesKept, sharedParses);
  }

  private SourceRootTypeSolver(Path root, JavaParser parser, SourceReads reads,
      Cache<Path, Optional<CompilationUnit>> parsedFiles,
      Cache<Path, Optional<CompilationUnit>> searchedFiles,
      Cache<String, SymbolReference<ResolvedReferenceTypeDeclaration>> foundTypes,
      long linesKept, SharedParses shared) {
    super(root, parser, searchedFiles,
        new GuavaCache<>(TreeLines.boundedCache(linesKept,
            (List<CompilationUnit> units) -> units.stream().mapToInt(TreeLines::of).sum())),
        foundTypes);
    this.root = root.toAbsolutePath().normalize();
    this.parser = parser;
    this.reads = reads;
    this.parsedFiles = parsedFiles;
    this.searchedFiles = searchedFiles;
    this.foundTypes = foundTypes;
    this.shared = shared;
  }

  private static int lines(Optional<CompilationUnit> parsed) {
    return parsed.map(TreeLines::of).orElse(1);
  }

  /**
   * The lines of the tree a found type holds on to (its declaration's parents reach the whole
   * file); a type found in a jar or not found holds no tree.
   */
  private static int declaringLines(SymbolReference<ResolvedReferenceTypeDeclaration> found) {
    if (!found.isSolved()) {
      return 1;
    }
    return found.getCorrespondingDeclaration().toAst()
        .flatMap(Node::findCompilationUnit).map(TreeLines::of).orElse(1);
  }

  /**
   * JavaParser's cache of the files it parsed, backed by the other workers' parses: a file
   * missing here is a copy of another worker's parse when there is one (JavaParser parses it
   * otherwise), and a file JavaParser has just parsed is offered to the other workers before
   * anyone resolves on it. Adopted trees go to the local cache only (they have been used).
   */
  private record SharingParsedFiles(Cache<Path, Optional<CompilationUnit>> local,
      SharedParses shared) implements Cache<Path, Optional<CompilationUnit>> {
    @Override
    public void put(Path file, Optional<CompilationUnit> parsed) {
      local.put(file, parsed);
      parsed.ifPresent(unit -> shared.keepCopyOf(file, unit));
    }

    @Override
    public Optional<Optional<CompilationUnit>> get(Path file) {
      Optional<Optional<CompilationUnit>> kept = local.get(file);
      if (kept.isPresent()) {
        return kept;
      }
      Optional<CompilationUnit> copy = shared.copyOf(file);
      if (copy.isEmpty()) {
        return Optional.empty();
      }
      local.put(file, copy);
      return Optional.of(copy);
    }

    @Override
    public void remove(Path file) {
      local.remove(file);
    }

    @Override
    public void removeAll() {
      local.removeAll();
    }

    @Override
    public boolean contains(Path file) {
      return local.contains(file);
    }

    @Override
    public long size() {
      return local.size();
    }

    @Override
    public boolean isEmpty() {
      return local.isEmpty();
    }

    @Override
    public CacheStats stats() {
      return local.stats();
    }
  }

  /**
   * Keeps {@code unit} as the parsed tree of {@code file}, so that resolving a name it declares
   * does not parse the file again. The caller vouches that the tree is what this solver's parse
   * of the file would give (same text, same configuration, no data left on its nodes). A tree
   * the solver has already is kept, so that every type keeps one declaration; false then.
   */
  boolean adopt(Path file, CompilationUnit unit) {
    Path key = key(file);
    if (!key.startsWith(root) || parsedFiles.contains(key)) {
      return false;
    }
    unit.setStorage(key);
    parsedFiles.put(key, Optional.of(unit));
    return true;
  }

  /**
   * The tree this solver holds for {@code file}, parsed, copied or adopted by it, if it still
   * holds one; possibly with problems, and with the data of the resolving done on it.
   */
  Optional<CompilationUnit> heldTreeOf(Path file) {
    return parsedFiles.get(key(file)).flatMap(parsed -> parsed);
  }

  /**
   * Drops the tree kept for {@code file}, adopted or parsed: only a cache, the solver parses the
   * file again when it needs it. (The folder listings and found types JavaParser caches may
   * still hold on to it, within their own bounds.)
   */
  void forget(Path file) {
    parsedFiles.remove(key(file));
  }

  /** JavaParser's key: the root's absolute path with the name's folders and ".java" appended. */
  private static Path key(Path file) {
    return file.toAbsolutePath().normalize();
  }

  /**
   * The files JavaParser's search for a name can read, whether it can find anything, and where:
   * for each split of the name into a folder and a type name, the files of the folder whose
   * text declares that type name, as many as could hold it. A search JavaParser's cannot be
   * foreseen for (a folder that cannot be listed, a name the file system refuses) is "unknown":
   * JavaParser's own search answers it, reading unknown files.
   */
  private record Evidence(List<Path> files, List<Split> splits, boolean unknown) {
    static final Evidence UNKNOWN = new Evidence(List.of(), List.of(), true);

    boolean possible() {
      return unknown || splits.stream().anyMatch(split -> !split.candidates().isEmpty());
    }
  }

  /**
   * One step of JavaParser's search: the type name ({@code C.D}) looked for in the files of one
   * folder, the canonical file ({@code C.java}) first, the others in the folder's order; only
   * files whose text could declare it.
   */
  private record Split(String typeName, List<Path> candidates) {}

  @Override
  public SymbolReference<ResolvedReferenceTypeDeclaration> tryToSolveType(String name) {
    Evidence evidence = lookedUp(name);
    if (evidence.unknown()) {
      return super.tryToSolveType(name);
    }
    if (!evidence.possible()) {
      return SymbolReference.unsolved();
    }
    Optional<SymbolReference<ResolvedReferenceTypeDeclaration>> found = foundTypes.get(name);
    if (found.isPresent()) {
      return found.get();
    }
    SymbolReference<ResolvedReferenceTypeDeclaration> result = search(evidence);
    foundTypes.put(name, result);
    return result;
  }

  /**
   * JavaParser's search over the files that could succeed: the first file, in its order,
   * whose parse declares the split's type gives the answer.
   */
  private SymbolReference<ResolvedReferenceTypeDeclaration> search(Evidence evidence) {
    for (Split split : evidence.splits()) {
      for (Path file : split.candidates()) {
        Optional<TypeDeclaration<?>> type =
            parse(file).flatMap(unit -> Navigator.findType(unit, split.typeName()));
        if (type.isPresent()) {
          return SymbolReference.solved(JavaParserFacade.get(this).getTypeDeclaration(type.get()));
        }
      }
    }
    return SymbolReference.unsolved();
  }

  /** JavaParser's parse of a file for its search, through the same cache. */
  private Optional<CompilationUnit> parse(Path file) {
    Path key = file.toAbsolutePath();
    Optional<Optional<CompilationUnit>> kept = searchedFiles.get(key);
    if (kept.isPresent()) {
      return kept.get();
    }
    Optional<CompilationUnit> parsed = Optional.empty();
    if (Files.isRegularFile(file)) {
      try {
        parsed = parseDeclarations(file).map(unit -> unit.setStorage(file));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + key + " to resolve a type in it", e);
      }
    }
    searchedFiles.put(key, parsed);
    return parsed;
  }

  /**
   * The file parsed for its declarations, its method and constructor bodies blanked ({@link
   * DeclarationsOnly}), marked for {@link Bodies} to read them in when a rule asks; the file as
   * it is when blanking changes nothing or its parse reports a problem (then the parse of the
   * whole text is what JavaParser's own search would have kept).
   */
  private Optional<CompilationUnit> parseDeclarations(Path file) throws IOException {
    String text = new String(Files.readAllBytes(file),
        parser.getParserConfiguration().getCharacterEncoding());
    Optional<DeclarationsOnly.Blanked> blanked = DeclarationsOnly.of(text);
    if (blanked.isPresent()) {
      ParseResult<CompilationUnit> result =
          parser.parse(COMPILATION_UNIT, provider(blanked.get().declarations()));
      if (result.isSuccessful() && result.getResult().isPresent()) {
        CompilationUnit unit = result.getResult().get();
        unit.setData(Bodies.BLANKED, blanked.get());
        return Optional.of(unit);
      }
    }
    return parser.parse(COMPILATION_UNIT, provider(text)).getResult();
  }

  /**
   * Records what a lookup of {@code name} can read, for a lookup that is answered without
   * asking this solver (from the combined solver's cache of earlier answers).
   */
  void noteLookup(String name) {
    lookedUp(name);
  }

  private Evidence lookedUp(String name) {
    Evidence evidence = evidenceByName.computeIfAbsent(name, this::evidence);
    if (evidence.unknown()) {
      reads.addUnknown();
    }
    for (Path file : evidence.files()) {
      reads.add(file);
    }
    return evidence;
  }

  /**
   * What JavaParser's search for {@code name} can read: for each split of the name into a path
   * and a type ({@code a.b.C.D}: {@code a/b/C/D.java}, then {@code a/b/C.java} for {@code C.D},
   * ...), the canonical file if it exists and the files of its folder that declare the type's
   * first name at top level (what a re-scan's cache must watch); of those, the ones whose text
   * also declares the type's nested names are where the search can succeed.
   */
  private Evidence evidence(String name) {
    String[] elements = name.split("\\.");
    List<Path> files = new ArrayList<>();
    List<Split> splits = new ArrayList<>();
    for (int i = elements.length; i > 0; i--) {
      Path folder = root;
      for (int j = 0; j < i - 1; j++) {
        folder = folder.resolve(elements[j]);
      }
      List<String> nested = List.of(elements).subList(i, elements.length);
      List<Path> candidates = new ArrayList<>();
      FolderIndex index = indexOf(folder);
      if (index.unreadable()) {
        return Evidence.UNKNOWN;
      }
      try {
        Path canonical = folder.resolve(elements[i - 1] + ".java");
        if (Files.exists(canonical)) {
          files.add(canonical);
          if (index.declares(canonical, elements[i - 1], nested)) {
            candidates.add(canonical);
          }
        }
      } catch (RuntimeException e) {
        return Evidence.UNKNOWN; // an odd name for the file system: let JavaParser decide
      }
      for (Path file : index.topLevel().getOrDefault(elements[i - 1], List.of())) {
        files.add(file);
        if (!candidates.contains(file) && index.declares(file, elements[i - 1], nested)) {
          candidates.add(file);
        }
      }
      splits.add(new Split(String.join(".", List.of(elements).subList(i - 1, elements.length)),
          List.copyOf(candidates)));
    }
    return new Evidence(List.copyOf(files), List.copyOf(splits), false);
  }

  private FolderIndex indexOf(Path folder) {
    return shared.folderIndex(folder);
  }

  /**
   * What the text of a folder's Java files declares: per simple name, the files that declare a
   * top-level type of that name (the only ones JavaParser's search matches a name's first part
   * against), and, read when a nested name is asked for, per file every name it declares a type
   * of at any depth; both supersets. "Unreadable" when the folder could not be listed. Read
   * once per scan and shared by every worker's solvers (the files do not change during a scan;
   * each worker's own index read each folder's files again): only read after it is made, but for
   * {@code anywhere}, a concurrent map.
   */
  record FolderIndex(Map<String, List<Path>> topLevel, Map<Path, Set<String>> anywhere,
      boolean unreadable) {
    static final FolderIndex UNREADABLE = new FolderIndex(Map.of(), Map.of(), true);

    /** Whether {@code file}'s text may declare {@code first} at top level with these members. */
    boolean declares(Path file, String first, List<String> nested) {
      if (!topLevel.getOrDefault(first, List.of()).contains(file)) {
        return false;
      }
      if (nested.isEmpty()) {
        return true;
      }
      Set<String> names = anywhere.computeIfAbsent(file, FolderIndex::declaredAnywhere);
      return names == null || names.containsAll(nested); // unreadable now: let the parse decide
    }

    private static Set<String> declaredAnywhere(Path file) {
      try {
        Set<String> names = new HashSet<>();
        addDeclaredNames(new String(Files.readAllBytes(file), StandardCharsets.UTF_8), names);
        return names;
      } catch (IOException | RuntimeException e) {
        return null;
      }
    }

    static FolderIndex of(Path folder) {
      Map<String, List<Path>> topLevel = new HashMap<>();
      if (!Files.isDirectory(folder)) {
        return new FolderIndex(topLevel, new ConcurrentHashMap<>(), false);
      }
      try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
        for (Path file : files) {
          // The same test as JavaParser's when it lists the folder.
          if (!file.getFileName().toString().toLowerCase().endsWith(".java")) {
            continue;
          }
          String text;
          try {
            text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
          } catch (IOException e) {
            continue; // JavaParser could not parse it either
          }
          Set<String> declared = topLevelNames(text);
          if (declared == null) {
            declared = new HashSet<>();
            addDeclaredNames(text, declared);
          }
          for (String name : declared) {
            topLevel.computeIfAbsent(name, n -> new ArrayList<>()).add(file);
          }
        }
      } catch (IOException | RuntimeException e) {
        return UNREADABLE; // cannot list it: let JavaParser try
      }
      return new FolderIndex(topLevel, new ConcurrentHashMap<>(), false);
    }
  }

  /**
   * The simple names of the top-level types {@code text} declares, as the solver's search sees
   * them (a superset), or null when the text is too odd to tell them from nested ones.
   */
  static Set<String> topLevelNames(String text) {
    String topLevel = topLevelText(text);
    if (topLevel == null) {
      return null;
    }
    Set<String> names = new HashSet<>();
    addDeclaredNames(topLevel, names);
    return names;
  }

  /**
   * Adds every identifier that follows a whole word {@code class}, {@code interface}, {@code
   * enum} or {@code record} and white space: a superset of the type names the text declares
   * (comments and strings may add more, which only costs a parse). A plain search, since a
   * regular expression over every folder's text was a noticeable cost of its own.
   */
  static void addDeclaredNames(String text, Set<String> names) {
    for (String keyword : TYPE_KEYWORDS) {
      for (int at = text.indexOf(keyword); at >= 0; at = text.indexOf(keyword, at + 1)) {
        if (at > 0 && Character.isJavaIdentifierPart(text.charAt(at - 1))) {
          continue;
        }
        int i = at + keyword.length();
        int spaceStart = i;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
          i++;
        }
        if (i == spaceStart || i >= text.length()
            || !Character.isJavaIdentifierStart(text.charAt(i))) {
          continue;
        }
        int start = i;
        while (i < text.length() && Character.isJavaIdentifierPart(text.charAt(i))) {
          i++;
        }
        names.add(text.substring(start, i));
      }
    }
  }

  /**
   * The text outside every brace, comment and literal: where the file's top-level types are
   * declared, the only ones JavaParser's folder search looks for (it would parse the whole
   * folder for a nested class's name, e.g. each {@code Builder}, and find nothing). Null when the
   * text is not simple enough to tell (a text block, unbalanced braces, an unterminated
   * literal): then the whole text is used, which can only find more names.
   */
  static String topLevelText(String text) {
    StringBuilder out = new StringBuilder();
    int depth = 0;
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c == '/' && i + 1 < n && text.charAt(i + 1) == '/') {
        int end = text.indexOf('\n', i);
        i = end < 0 ? n : end;
        out.append(' ');
      } else if (c == '/' && i + 1 < n && text.charAt(i + 1) == '*') {
        int end = text.indexOf("*/", i + 2);
        if (end < 0) {
          return null;
        }
        i = end + 1;
        out.append(' ');
      } else if (c == '"' || c == '\'') {
        if (text.startsWith("\"\"\"", i)) {
          return null;
        }
        int j = i + 1;
        while (j < n && text.charAt(j) != c) {
          if (text.charAt(j) == '\\') {
            j++;
          }
          if (j < n && text.charAt(j) == '\n') {
            return null;
          }
          j++;
        }
        if (j >= n) {
          return null;
        }
        i = j;
        out.append(' ');
      } else if (c == '{') {
        depth++;
        out.append(' ');
      } else if (c == '}') {
        if (--depth < 0) {
          return null;
        }
        out.append(' ');
      } else if (depth == 0) {
        out.append(c);
      }
    }
    return depth == 0 ? out.toString() : null;
  }
}
