package dev.leakproof.scanner.cli;

/** The help text, shown by {@code --help}. */
final class Usage {
  static final String TEXT = """
      Usage: leakproof scan [--format text|sarif|html] [--output FILE] [--report FORMAT:FILE]
                            [--root DIR] [--config FILE] [--classpath CP] [--project POM]
                            [--include GLOB] [--exclude GLOB] [--rules LIST]
                            [--severity RULE=LEVEL] [--fail-on none|warning|error]
                            [--baseline FILE] [--write-baseline FILE]
                            [--progress|--no-progress] PATH...
             leakproof rules
             leakproof --version
             leakproof --help
      (leakproof is: java -jar leakproof.jar, on Java 17 or newer)

      Finds leak-prone code in Java sources without building them.

      scan     Analyse each PATH: a .java file, a folder searched recursively for .java
               files (hidden folders such as .git are skipped; symbolic links are followed,
               loops are not), or a Maven pom.xml (the source and test folders of it and its
               modules, with its dependencies as with --project).
               Files must be UTF-8.
        --format text   (default) one line per finding on standard output:
                          path:line:col: warning: [RuleName] message
                        (paths relative to the current folder when inside it), then one
                        line per rule: its count and the link to its remediation page
        --format sarif  a SARIF 2.1.0 log, for code scanning and IDEs
        --format html   one self-contained page: findings by rule and file, the code
                        around each, suggested fixes, and each rule's remediation page
        --output FILE   write the report to FILE instead of standard output
        --report FORMAT:FILE  also write a report in FORMAT to FILE, e.g.
                        --report html:leakproof.html. Repeatable.
        --root DIR      the folder SARIF paths are relative to (%SRCROOT%); every PATH must
                        be inside it. Default: the deepest folder containing every PATH
                        (a file PATH counts as its folder).
        --classpath CP  (or -cp) jars whose types the analysis may use, separated by the platform's
                        path separator (: or ;); DIR/* means every jar in DIR. Repeatable.
                        The JDK and the scanned sources are always used.
        --project POM   use the dependencies of this Maven project (a pom.xml or its
                        folder) that are already in the local repository (-Dmaven.repo.local,
                        else <localRepository> in ~/.m2/settings.xml, else ~/.m2/repository);
                        nothing is downloaded. Read: the pom, its parents and imported BOMs
                        found locally, ${property} values, <modules>, and transitive compile
                        and runtime dependencies. Not applied: profiles, exclusions, version
                        ranges. Missing jars only make some types unknown (a note, not an
                        error). Repeatable.
        --config FILE   read settings from FILE instead of .leakproof.yml in the root:
                          rules: [UnclosedResource, ThreadLocalNotRemoved]
                          severity: {UnclosedResource: error}
                          include: ["com/example/**"]
                          exclude: ["**/generated/**"]
                          fail-on: error
                          baseline: leakproof-baseline.sarif   # relative to the root
                        Options given on the command line win over the file.
        --include GLOB  scan only files whose path relative to --root (not to the current
                        folder) matches GLOB (Java glob syntax: * within a folder, **
                        across folders; a leading **/ also matches at the root).
                        Repeatable: any include may match. An include that matches no file
                        is an error (exit status 2), so a typo cannot empty a gate.
        --exclude GLOB  skip files matching GLOB, e.g. --exclude '**/generated/**'.
                        Repeatable; excludes win over includes. One that matches no file
                        is a note: it can only make the scan bigger.
        --rules LIST    run only these rules, comma-separated names (see: leakproof rules)
        --severity RULE=LEVEL  report RULE at LEVEL (warning or error) instead of its
                        default (warning). Repeatable.
        --fail-on LEVEL which findings make the exit status 1: warning (default: any
                        finding), error (only error-level findings), none (never)
        --cache FILE    keep each file's results in FILE and, on the next scan, analyse
                        only files that changed and those whose results may depend on a
                        change; the report is the same as without it. A cache made by
                        another version, rule selection or class path is ignored.
        --baseline FILE report only findings that are not in FILE, a SARIF log of an
                        earlier scan (matched by fingerprints that survive edits elsewhere
                        in the file); the SARIF report marks each result new, unchanged or
                        absent (in the baseline, no longer found)
        --write-baseline FILE  record this scan's findings in FILE, the next --baseline
        --progress, --no-progress  show or hide the progress line on standard error
                        (default: shown when standard error is a terminal)
      rules    List the rules: name, family, what each flags, and its remediation page.

      Exit status: 0 no findings (at or above --fail-on; not counting baselined ones), 1
      findings reported, 2 usage error (unknown option or rule, missing PATH, a PATH that
      does not exist, an unreadable pom.xml, config file or baseline, an --include that
      matches no file) or a report could not be written.
      A file that cannot be analysed (syntax error, unreadable, not UTF-8, binary, larger
      than 16 MiB, nested too deeply) is reported on standard error as
      "path: cannot analyse: reason" and in the SARIF log's toolExecutionNotifications; the
      scan goes on, and the exit status still reflects the findings only.
      Suppress a finding with @SuppressWarnings("RuleName") on the enclosing class, method,
      field or variable.
      """;

  private Usage() {}
}
