# Sourced by the scanner's bench scripts after they set $repo: the JDK ./build picks (Java 21+),
# so every script measures on the same java as the build, without a hand-configured shell.
java_home="$(sed -n 's/^\[leakproof\] building with JDK at //p' < <(LEAKPROOF_QUIET_JDK= "$repo/build" -v 2>&1 | head -1))"
java="${java_home:+$java_home/bin/}java"
javac="${java_home:+$java_home/bin/}javac"
