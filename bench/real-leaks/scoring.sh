# Scoring shared by run.sh and errorprone.sh (sourced, not run).

# The "side/id" keys of the findings in $2 ("side/id<TAB>line" a line) whose line lies in a range
# of the leaking method in $1 (ranges.tsv: "side/id<TAB>first<TAB>last", one line per overload).
in_method() {
  awk -F'\t' 'FNR == NR { lo[$1] = lo[$1] " " $2; hi[$1] = hi[$1] " " $3; next }
    { n = split(lo[$1], l, " "); split(hi[$1], h, " ")
      for (i = 1; i <= n; i++) if ($2 >= l[i] && $2 <= h[i]) { print $1; break } }' \
    "$1" "$2" | sort -u
}
