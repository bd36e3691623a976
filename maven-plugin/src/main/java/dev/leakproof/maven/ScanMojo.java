package dev.leakproof.maven;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Scans the module's sources and writes {@code target/leakproof.sarif} (for code scanning and
 * IDEs), {@code target/leakproof.txt} and {@code target/leakproof.html} (one self-contained
 * page); never fails the build on findings (that is {@code check}).
 */
@Mojo(name = "scan", defaultPhase = LifecyclePhase.VERIFY,
    requiresDependencyResolution = ResolutionScope.TEST, threadSafe = true)
public class ScanMojo extends AbstractLeakproofMojo {
  @Override
  public void execute() throws MojoExecutionException {
    if (skip) {
      getLog().info("Leakproof is skipped");
      return;
    }
    scan("none");
  }
}
