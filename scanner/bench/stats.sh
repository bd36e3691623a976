# Sourced by the scanner's bench scripts: the median, minimum and maximum of a list of numbers.
stats() { # median min max of the numbers in $1
  local sorted=($(tr ' ' '\n' <<< "$1" | grep . | sort -g))
  local n=${#sorted[@]}
  echo "${sorted[$((n / 2))]} ${sorted[0]} ${sorted[$((n - 1))]}"
}
