package dev.leakproof.scanner.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * One {@code pom.xml} as written, plus what it inherits from its parents: the simple part of
 * Maven's model that tells which jars a project compiles against. Parents come from
 * {@code <relativePath>} (default {@code ../pom.xml}) or the local repository; {@code ${…}}
 * placeholders are filled from the properties of the pom and its parents, the {@code project.*}
 * coordinates and Java system properties. Not modelled: profiles, {@code settings.xml} mirrors,
 * version ranges, plugins.
 */
final class MavenPom {
  private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}]+)}");

  /** A {@code <dependency>} with its placeholders filled in; version may still be empty. */
  record Dependency(String groupId, String artifactId, String version, String type,
      String classifier, String scope, boolean optional, String systemPath) {
    String key() {
      return groupId + ":" + artifactId + ":" + type + ":" + classifier;
    }

    String coordinates() {
      return groupId + ":" + artifactId + (version.isEmpty() ? "" : ":" + version);
    }
  }

  final Path file;
  final String groupId;
  final String artifactId;
  final String version;
  final String packaging;
  final List<String> modules;
  final Optional<String> sourceDirectory;
  final Optional<String> testSourceDirectory;
  /** Direct and inherited dependencies, in declaration order (parent's first). */
  final List<Dependency> dependencies;
  /** {@code <dependencyManagement>}, own over inherited, by {@link Dependency#key()}. */
  final Map<String, Dependency> managed;
  /** BOMs ({@code scope import}) whose management this pom could not read. */
  final List<String> unreadBoms;
  /** All properties in scope, for children: a parent's properties are inherited. */
  private final Map<String, String> properties = new LinkedHashMap<>();

  private MavenPom(Path file, String groupId, String artifactId, String version,
      String packaging, List<String> modules, Optional<String> sourceDirectory,
      Optional<String> testSourceDirectory, List<Dependency> dependencies,
      Map<String, Dependency> managed, List<String> unreadBoms) {
    this.file = file;
    this.groupId = groupId;
    this.artifactId = artifactId;
    this.version = version;
    this.packaging = packaging;
    this.modules = modules;
    this.sourceDirectory = sourceDirectory;
    this.testSourceDirectory = testSourceDirectory;
    this.dependencies = dependencies;
    this.managed = managed;
    this.unreadBoms = unreadBoms;
  }

  /** Why a pom could not be read. */
  static final class Unreadable extends Exception {
    private static final long serialVersionUID = 1L;

    Unreadable(String message) {
      super(message, null, false, false);
    }
  }

  /** Reads {@code file} and its parents; a parent that cannot be found is left out. */
  static MavenPom read(Path file, LocalRepository repository) throws Unreadable {
    return read(file, repository, 0);
  }

  private static MavenPom read(Path file, LocalRepository repository, int depth)
      throws Unreadable {
    if (depth > 20) {
      throw new Unreadable(file + ": more than 20 levels of parents or BOMs");
    }
    Element project = parse(file);
    Element parentElement = child(project, "parent");
    MavenPom parent = null;
    if (parentElement != null) {
      parent = readParent(file, parentElement, repository, depth).orElse(null);
    }
    Map<String, String> properties = new LinkedHashMap<>();
    if (parent != null) {
      properties.putAll(parent.properties);
    }
    Element own = child(project, "properties");
    if (own != null) {
      for (Element property : children(own)) {
        properties.put(property.getTagName(), property.getTextContent().strip());
      }
    }
    String groupId = text(project, "groupId").or(() -> text(parentElement, "groupId")).orElse("");
    String artifactId = text(project, "artifactId").orElse("");
    String version = text(project, "version").or(() -> text(parentElement, "version")).orElse("");
    properties.put("project.groupId", groupId);
    properties.put("project.artifactId", artifactId);
    properties.put("project.version", version);
    properties.put("pom.version", version);
    properties.put("version", version);
    properties.put("project.basedir", file.toAbsolutePath().getParent().toString());
    properties.put("basedir", file.toAbsolutePath().getParent().toString());
    if (parentElement != null) {
      properties.put("project.parent.groupId", text(parentElement, "groupId").orElse(""));
      properties.put("project.parent.version", text(parentElement, "version").orElse(""));
    }
    Resolver resolver = new Resolver(properties);

    Map<String, Dependency> managed = new LinkedHashMap<>();
    List<String> unreadBoms = new ArrayList<>();
    if (parent != null) {
      managed.putAll(parent.managed);
      unreadBoms.addAll(parent.unreadBoms);
    }
    Element management = child(project, "dependencyManagement");
    for (Dependency dependency : dependencies(child(management, "dependencies"), resolver)) {
      if (dependency.scope().equals("import") && dependency.type().equals("pom")) {
        importBom(dependency, repository, depth, managed, unreadBoms);
      } else {
        managed.put(dependency.key(), dependency);
      }
    }
    List<Dependency> dependencies = new ArrayList<>();
    if (parent != null) {
      dependencies.addAll(parent.dependencies);
    }
    dependencies.addAll(dependencies(child(project, "dependencies"), resolver));

    List<String> modules = new ArrayList<>();
    for (Element module : children(child(project, "modules"))) {
      modules.add(resolver.resolve(module.getTextContent().strip()));
    }
    Element build = child(project, "build");
    MavenPom pom = new MavenPom(file, resolver.resolve(groupId), resolver.resolve(artifactId),
        resolver.resolve(version), text(project, "packaging").orElse("jar"), modules,
        text(build, "sourceDirectory").map(resolver::resolve),
        text(build, "testSourceDirectory").map(resolver::resolve), dependencies, managed,
        unreadBoms);
    pom.properties.putAll(properties);
    return pom;
  }

  private static Optional<MavenPom> readParent(Path file, Element parent,
      LocalRepository repository, int depth) {
    String groupId = text(parent, "groupId").orElse("");
    String artifactId = text(parent, "artifactId").orElse("");
    String version = text(parent, "version").orElse("");
    String relative = text(parent, "relativePath").orElse("../pom.xml");
    if (!relative.isEmpty()) {
      Path local = file.toAbsolutePath().getParent().resolve(relative).normalize();
      if (Files.isDirectory(local)) {
        local = local.resolve("pom.xml");
      }
      if (Files.isRegularFile(local)) {
        try {
          MavenPom candidate = read(local, repository, depth + 1);
          if (candidate.artifactId.equals(artifactId) && candidate.groupId.equals(groupId)) {
            return Optional.of(candidate);
          }
        } catch (Unreadable e) {
          // fall back to the repository
        }
      }
    }
    Path inRepository = repository.pom(groupId, artifactId, version);
    if (Files.isRegularFile(inRepository)) {
      try {
        return Optional.of(read(inRepository, repository, depth + 1));
      } catch (Unreadable e) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  private static void importBom(Dependency bom, LocalRepository repository, int depth,
      Map<String, Dependency> managed, List<String> unreadBoms) {
    Path pom = repository.pom(bom.groupId(), bom.artifactId(), bom.version());
    if (!Files.isRegularFile(pom)) {
      unreadBoms.add(bom.coordinates());
      return;
    }
    try {
      MavenPom imported = read(pom, repository, depth + 1);
      imported.managed.forEach(managed::putIfAbsent);
      unreadBoms.addAll(imported.unreadBoms);
    } catch (Unreadable e) {
      unreadBoms.add(bom.coordinates());
    }
  }

  /** {@code d} with its version from dependency management when it has none of its own. */
  Dependency managedVersionOf(Dependency d) {
    if (!d.version().isEmpty()) {
      return d;
    }
    Dependency managedOne = managed.get(d.key());
    if (managedOne == null) {
      return d;
    }
    return new Dependency(d.groupId(), d.artifactId(), managedOne.version(), d.type(),
        d.classifier(), d.scope().isEmpty() ? managedOne.scope() : d.scope(), d.optional(),
        d.systemPath().isEmpty() ? managedOne.systemPath() : d.systemPath());
  }

  private static List<Dependency> dependencies(Element list, Resolver resolver) {
    List<Dependency> dependencies = new ArrayList<>();
    for (Element dependency : children(list)) {
      if (!dependency.getTagName().equals("dependency")) {
        continue;
      }
      String type = resolver.resolve(text(dependency, "type").orElse("jar"));
      String classifier = resolver.resolve(text(dependency, "classifier")
          .orElse(type.equals("test-jar") ? "tests" : ""));
      dependencies.add(new Dependency(
          resolver.resolve(text(dependency, "groupId").orElse("")),
          resolver.resolve(text(dependency, "artifactId").orElse("")),
          resolver.resolve(text(dependency, "version").orElse("")),
          type, classifier,
          resolver.resolve(text(dependency, "scope").orElse("")),
          resolver.resolve(text(dependency, "optional").orElse("false")).equals("true"),
          resolver.resolve(text(dependency, "systemPath").orElse(""))));
    }
    return dependencies;
  }

  /** Fills {@code ${name}} from the properties, then Java system properties and {@code env.}. */
  private record Resolver(Map<String, String> properties) {
    String resolve(String value) {
      String current = value;
      for (int round = 0; round < 10 && current.contains("${"); round++) {
        Matcher m = PLACEHOLDER.matcher(current);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
          String replacement = lookup(m.group(1));
          m.appendReplacement(out, Matcher.quoteReplacement(
              replacement != null ? replacement : m.group()));
        }
        m.appendTail(out);
        if (out.toString().equals(current)) {
          break;
        }
        current = out.toString();
      }
      return current;
    }

    private String lookup(String name) {
      if (properties.containsKey(name)) {
        return properties.get(name);
      }
      if (name.startsWith("env.")) {
        return System.getenv(name.substring(4));
      }
      return System.getProperty(name);
    }
  }

  private static Element parse(Path file) throws Unreadable {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      // A pom is data: no DTDs, no external entities.
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setExpandEntityReferences(false);
      DocumentBuilder builder = factory.newDocumentBuilder();
      builder.setErrorHandler(null);
      Document document;
      try (var in = Files.newInputStream(file)) {
        document = builder.parse(in, file.toUri().toString());
      }
      Element project = document.getDocumentElement();
      if (!project.getTagName().equals("project")) {
        throw new Unreadable(file + " is not a Maven pom (its root element is <"
            + project.getTagName() + ">)");
      }
      return project;
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("the JDK's XML parser lacks a standard feature", e);
    } catch (SAXException e) {
      throw new Unreadable(file + " is not well-formed XML: " + e.getMessage());
    } catch (IOException e) {
      throw new Unreadable("cannot read " + file + ": " + e);
    }
  }

  private static Element child(Element parent, String name) {
    for (Element child : children(parent)) {
      if (child.getTagName().equals(name)) {
        return child;
      }
    }
    return null;
  }

  private static List<Element> children(Element parent) {
    List<Element> elements = new ArrayList<>();
    if (parent == null) {
      return elements;
    }
    for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
      if (node instanceof Element element) {
        elements.add(element);
      }
    }
    return elements;
  }

  private static Optional<String> text(Element parent, String name) {
    Element element = child(parent, name);
    return element == null ? Optional.empty() : Optional.of(element.getTextContent().strip());
  }
}
