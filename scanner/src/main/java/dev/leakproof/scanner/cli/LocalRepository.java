package dev.leakproof.scanner.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The local Maven repository, where a project's dependencies already are once it has been built:
 * {@code -Dmaven.repo.local}, else {@code <localRepository>} in {@code ~/.m2/settings.xml},
 * else {@code ~/.m2/repository}. Nothing is ever downloaded.
 */
record LocalRepository(Path root) {
  private static final Pattern SETTING =
      Pattern.compile("<localRepository>\\s*([^<]+?)\\s*</localRepository>");

  static LocalRepository find() {
    String property = System.getProperty("maven.repo.local");
    if (property != null && !property.isBlank()) {
      return new LocalRepository(Path.of(property));
    }
    Path m2 = Path.of(System.getProperty("user.home"), ".m2");
    try {
      Path settings = m2.resolve("settings.xml");
      if (Files.isRegularFile(settings)) {
        Matcher setting = SETTING.matcher(Files.readString(settings));
        if (setting.find() && !setting.group(1).contains("${")) {
          return new LocalRepository(Path.of(setting.group(1)));
        }
      }
    } catch (IOException | RuntimeException e) {
      // an unreadable settings file: the default place
    }
    return new LocalRepository(m2.resolve("repository"));
  }

  Path pom(String groupId, String artifactId, String version) {
    return folder(groupId, artifactId, version).resolve(artifactId + "-" + version + ".pom");
  }

  Path jar(String groupId, String artifactId, String version, String classifier) {
    return folder(groupId, artifactId, version).resolve(
        artifactId + "-" + version + (classifier.isEmpty() ? "" : "-" + classifier) + ".jar");
  }

  private Path folder(String groupId, String artifactId, String version) {
    return root.resolve(groupId.replace('.', '/')).resolve(artifactId).resolve(version);
  }
}
