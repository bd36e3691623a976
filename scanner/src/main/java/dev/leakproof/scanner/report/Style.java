package dev.leakproof.scanner.report;

/** The report's style sheet, inline so the page is one file. */
final class Style {
  static final String CSS = """
      body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;\
      color:#1f2328;background:#fff}
      header{background:#0d1117;color:#f0f6fc;padding:1em 2em}
      header h1{margin:0;font-size:1.5em}
      header p{margin:.3em 0 0}
      .version{opacity:.7;font-size:.85em}
      main{padding:1em 2em;max-width:72em}
      h2{border-bottom:1px solid #d0d7de;padding-bottom:.2em;margin-top:1.5em}
      h3{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:1em;\
      background:#f6f8fa;padding:.3em .6em;border-radius:4px}
      table{border-collapse:collapse}
      th,td{border:1px solid #d0d7de;padding:.3em .8em;text-align:left}
      .count{font-size:.7em;font-weight:normal;color:#59636e}
      .level{display:inline-block;border-radius:1em;padding:0 .6em;font-size:.8em;\
      font-weight:600;color:#fff;background:#9a6700}
      .level.error{background:#cf222e}
      .level.note{background:#59636e}
      .finding{margin:0 0 1.2em 1em}
      .message{font-weight:500}
      pre{background:#f6f8fa;border:1px solid #d0d7de;border-radius:4px;padding:.5em 0;\
      overflow-x:auto;font:13px/1.45 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace}
      pre .line{display:block;padding:0 .8em;white-space:pre}
      pre .line.flagged{background:#fff8c5;border-left:3px solid #9a6700}
      pre .number{display:inline-block;width:3.5em;color:#59636e;user-select:none}
      .diff{padding:.5em .8em}
      .fix p{margin:.3em 0}
      details.remediation{margin:.5em 0 1em;border:1px solid #d0d7de;border-radius:4px;\
      padding:.3em .8em}
      details.remediation summary{cursor:pointer;font-weight:600}
      .page pre{padding:.5em .8em}
      .clean{color:#1a7f37;font-weight:600}
      """;

  private Style() {}
}
