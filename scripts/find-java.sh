# Finding a JDK >= 25 with no set-up, for ./workbench and bench/run (sourced by both; not run by itself).
# The default java on a fresh Debian machine is 17: take the newest java of at least MIN_JAVA (default 25) among
# JAVA_HOME, /usr/lib/jvm, ~/.sdkman, ~/.jdks and the PATH.
#   find_java NAME    prints that java's path; else tells NAME's user where it looked, and exits 1

java_major() {
  "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = \([0-9]*\).*/\1/p'
}

find_java() {
  local name="$1" min="${MIN_JAVA:-25}"
  local candidates=()
  [ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME/bin/java")
  for d in /usr/lib/jvm/* "$HOME"/.sdkman/candidates/java/* "$HOME"/.jdks/*; do
    [ -x "$d/bin/java" ] && candidates+=("$d/bin/java")
  done
  command -v java >/dev/null 2>&1 && candidates+=("$(command -v java)")
  local best="" best_major=0 major
  for c in "${candidates[@]}"; do
    major=$(java_major "$c" || true)
    if [ -n "$major" ] && [ "$major" -ge "$min" ] && [ "$major" -gt "$best_major" ]; then
      best="$c"; best_major="$major"
    fi
  done
  [ -n "$best" ] || { echo "$name: no Java $min or newer found (looked at JAVA_HOME, /usr/lib/jvm, ~/.sdkman, ~/.jdks, PATH)." >&2; exit 1; }
  echo "$best"
}
