package dev.leakproof.errorprone;

import com.sun.source.tree.Tree;
import com.sun.tools.javac.tree.EndPosTable;
import com.sun.tools.javac.tree.JCTree;
import com.sun.tools.javac.tree.TreeInfo;
import com.sun.tools.javac.util.JCDiagnostic.DiagnosticPosition;

/**
 * A tree as a finding's position, reported at its first character. javac reports a call at its
 * {@code (}, so a call wrapped before its dot would be on its last line in javac's output and on
 * its first in SARIF (which takes the span's start); every engine reports the first line.
 */
record TreeStart(JCTree tree) implements DiagnosticPosition {
  static TreeStart of(Tree tree) {
    return new TreeStart((JCTree) tree);
  }

  @Override
  public JCTree getTree() {
    return tree;
  }

  @Override
  public int getStartPosition() {
    return TreeInfo.getStartPos(tree);
  }

  @Override
  public int getPreferredPosition() {
    return TreeInfo.getStartPos(tree);
  }

  @Override
  public int getEndPosition(EndPosTable endPosTable) {
    return TreeInfo.getEndPos(tree, endPosTable);
  }
}
