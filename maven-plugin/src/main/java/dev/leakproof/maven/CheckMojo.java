package dev.leakproof.maven;

import dev.leakproof.scanner.cli.CommandLine;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Scans like {@code scan} (same reports) and fails the build when a finding is at or above
 * {@code failOnSeverity}.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY,
    requiresDependencyResolution = ResolutionScope.TEST, threadSafe = true)
public class CheckMojo extends AbstractLeakproofMojo {
  /**
   * The lowest severity that fails the build: {@code warning} (any finding), {@code error}, or
   * {@code none} (never; the reports are still written). Default: {@code fail-on} in
   * {@code .leakproof.yml}, else {@code warning}.
   */
  @Parameter(property = "leakproof.failOnSeverity")
  String failOnSeverity;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("Leakproof is skipped");
      return;
    }
    if (scan(failOnSeverity) == CommandLine.FINDINGS) {
      throw new MojoFailureException("Leakproof found leaks"
          + (failOnSeverity == null ? "" : " at or above " + failOnSeverity)
          + " in " + project.getArtifactId() + " (listed above; reports in "
          + outputDirectory + "/leakproof.html, .txt and .sarif)");
    }
  }
}
