package dev.leakproof.maven;

import java.io.File;
import java.util.Locale;
import org.apache.maven.doxia.sink.Sink;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.reporting.MavenReport;
import org.apache.maven.reporting.MavenReportException;

/**
 * The HTML report in the Maven site ({@code <reporting>}): {@code leakproof.html} among the
 * project reports. The page is Leakproof's own self-contained report (an external report to the
 * site), the same as {@code scan} writes into {@code target/}.
 */
@Mojo(name = "report", defaultPhase = LifecyclePhase.SITE,
    requiresDependencyResolution = ResolutionScope.TEST, threadSafe = true)
public class ReportMojo extends AbstractLeakproofMojo implements MavenReport {
  private static final String OUTPUT_NAME = "leakproof";

  @Parameter(defaultValue = "${project.reporting.outputDirectory}", readonly = true,
      required = true)
  File reportOutputDirectory;

  @Override
  public void execute() throws MojoExecutionException {
    if (skip) {
      getLog().info("Leakproof is skipped");
      return;
    }
    scan("none", reportOutputDirectory.toPath().resolve(OUTPUT_NAME + ".html"));
  }

  /** The site hands a sink; an external report writes its own page instead. */
  @Override
  public void generate(Sink sink, Locale locale) throws MavenReportException {
    try {
      execute();
    } catch (MojoExecutionException e) {
      throw new MavenReportException(e.getMessage(), e);
    }
  }

  @Override
  public String getOutputName() {
    return OUTPUT_NAME;
  }

  @Override
  public String getOutputPath() {
    return OUTPUT_NAME;
  }

  @Override
  public String getCategoryName() {
    return CATEGORY_PROJECT_REPORTS;
  }

  @Override
  public String getName(Locale locale) {
    return "Leakproof";
  }

  @Override
  public String getDescription(Locale locale) {
    return "Memory and OS-handle leaks found by Leakproof's source scanner, with the code, the"
        + " fixes and each rule's remediation page.";
  }

  @Override
  public void setReportOutputDirectory(File directory) {
    reportOutputDirectory = directory;
  }

  @Override
  public File getReportOutputDirectory() {
    return reportOutputDirectory;
  }

  @Override
  public boolean isExternalReport() {
    return true;
  }

  @Override
  public boolean canGenerateReport() {
    return !skip && hasSources();
  }
}
