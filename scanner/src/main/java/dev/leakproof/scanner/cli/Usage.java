package dev.leakproof.scanner.cli;

/** The help text, shown by {@code --help} and after every usage error. */
final class Usage {
  static final String TEXT = """
      Usage: leakproof scan [--format text|sarif] [--output FILE] [--root DIR] PATH...
             leakproof rules
             leakproof --version
             leakproof --help
      (leakproof is: java -jar leakproof.jar, on Java 17 or newer)

      Finds leak-prone code in Java sources without building them.

      scan     Analyse each PATH: a .java file, or a folder searched recursively for .java
               files (hidden folders such as .git are skipped; symbolic links are followed,
               loops are not). Files must be UTF-8.
        --format text   (default) one line per finding on standard output:
                          path:line:col: RuleName: message (link to the rule's page)
                        paths are relative to the current folder when inside it
        --format sarif  a SARIF 2.1.0 log, for code scanning and IDEs
        --output FILE   write the report to FILE instead of standard output
        --root DIR      the folder SARIF paths are relative to (%SRCROOT%); every PATH must
                        be inside it. Default: the deepest folder containing every PATH
                        (a file PATH counts as its folder).
      rules    List the rules: name, family, what each flags, and its remediation page.

      Exit status: 0 no findings, 1 findings reported, 2 usage error (unknown option,
      missing PATH, a PATH that does not exist) or the report could not be written.
      A file that cannot be analysed (syntax error, unreadable, not UTF-8) is reported on
      standard error as "path: cannot analyse: reason" and in the SARIF log; the scan goes
      on, and the exit status still reflects the findings only.
      Suppress a finding with @SuppressWarnings("RuleName") on the enclosing class, method,
      field or variable.
      """;

  private Usage() {}
}
