package cases.concat;

/**
 * Silent: each iteration extends a different array element once; nothing is carried from one
 * iteration to the next (array elements are not carried targets: only locals and fields are).
 */
class ArrayElementExtendedInLoop {
  String[] suffixed(String[] names, String suffix) {
    String[] out = names.clone();
    for (int i = 0; i < out.length; i++) {
      out[i] += suffix;
    }
    return out;
  }
}
