#!/usr/bin/env bash
# Installs op-boot from this checkout:
#   - builds the Maven reactor (tests are not run: that is 'mvn -B install'),
#   - installs op-boot's artifacts into the local Maven repository, where scaffolded projects find them,
#   - installs the runnable jar and a launcher 'op-boot' into ${PREFIX:-$HOME/.local},
#   - and there the bash/zsh completion script (share/bash-completion/completions/op-boot) and
#     the man pages (share/man/man1/op-boot*.1).
# Running it again replaces what it installed before.
#
#   ./install.sh [--no-build]
#
# --no-build skips the Maven build and installs what the last build of this checkout made (the
# runnable jar and man pages under cli/target); that build ('mvn -B install') also put the Maven
# artifacts into the local repository. CI uses it so that the reactor is built only once.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
prefix="${PREFIX:-$HOME/.local}"

die() {
  echo "install.sh: error: $*" >&2
  exit 1
}

build=true
for arg in "$@"; do
  case "$arg" in
    --no-build) build=false ;;
    -h|--help) sed -n '2,/^set -euo/{/^set -euo/d;s/^# \{0,1\}//;p;}' "${BASH_SOURCE[0]}"; exit 0 ;;
    *) echo "install.sh: error: unknown argument '$arg' (usage: ./install.sh [--no-build])" >&2; exit 2 ;;
  esac
done

java_cmd="java"
if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ]; then
  java_cmd="$JAVA_HOME/bin/java"
fi
command -v "$java_cmd" >/dev/null 2>&1 \
  || die "Java was not found. Install a JDK 17 or newer (for example 'apt-get install openjdk-17-jdk') and put it on PATH or set JAVA_HOME."
java_version=$("$java_cmd" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2}')
java_major=${java_version%%.*}
if [ -z "$java_major" ] || [ "$java_major" = "1" ] || [ "$java_major" -lt 17 ]; then
  die "op-boot needs Java 17 or newer, but '$java_cmd' is Java ${java_version:-unknown}. Install a JDK 17+ and set JAVA_HOME to it."
fi

if $build; then
  command -v mvn >/dev/null 2>&1 \
    || die "Maven was not found. Install Maven 3.8 or newer (for example 'apt-get install maven') and put 'mvn' on PATH."
  mvn_version=$(mvn -v 2>/dev/null | sed -n 's/.*Apache Maven \([0-9][0-9.]*\).*/\1/p' | head -n 1)
  mvn_major=${mvn_version%%.*}
  mvn_minor=${mvn_version#*.}
  mvn_minor=${mvn_minor%%.*}
  if [ -z "$mvn_version" ] || [ "$mvn_major" -lt 3 ] || { [ "$mvn_major" -eq 3 ] && [ "$mvn_minor" -lt 8 ]; }; then
    die "op-boot needs Maven 3.8 or newer, but found '${mvn_version:-unknown}'. Install a newer Maven."
  fi

  echo "Building op-boot with Java $java_version and Maven $mvn_version ..."
  log=$(mktemp)
  trap 'rm -f "$log"' EXIT
  if ! mvn -B -f "$here/pom.xml" install -DskipTests >"$log" 2>&1; then
    tail -n 60 "$log" >&2
    die "the Maven build failed (its output is above)."
  fi
fi

built="the build did not produce"
$build || built="--no-build: nothing to install, run 'mvn -B install' (or ./install.sh without --no-build) first:"
versions="$here/core/target/classes/dev/opboot/core/versions.properties"
[ -f "$versions" ] || die "$built no $versions."
version=$(sed -n 's/^opBoot=//p' "$versions")
jar="$here/cli/target/op-boot-cli-$version-all.jar"
[ -f "$jar" ] || die "$built no $jar."

launcher="$prefix/bin/op-boot"
# the jar, a class-data sharing archive from a training run, and the launcher (see cli/install-launcher)
"$here/cli/install-launcher" "$jar" "$prefix" "$java_cmd"

# Shell completion, written by op-boot itself (picocli's AutoComplete), where bash-completion 2
# looks for it on demand (it searches <prefix>/share/bash-completion/completions for prefixes on PATH).
completions="$prefix/share/bash-completion/completions"
mkdir -p "$completions"
"$java_cmd" -jar "$prefix/share/op-boot/op-boot.jar" generate-completion >"$completions/op-boot.tmp" \
  || die "op-boot generate-completion failed."
mv -f "$completions/op-boot.tmp" "$completions/op-boot"

# Man pages, made by the build (cli/pom.xml): op-boot(1) and one per command, e.g. op-boot-init(1).
man1="$prefix/share/man/man1"
pages="$here/cli/target/classes/META-INF/man/man1"
ls "$pages"/op-boot*.1 >/dev/null 2>&1 || die "$built no man pages in $pages."
mkdir -p "$man1"
rm -f "$man1"/op-boot.1 "$man1"/op-boot-*.1
cp "$pages"/op-boot*.1 "$man1/"

echo "Installed op-boot $version:"
echo "  launcher        $launcher"
echo "  runnable jar    $prefix/share/op-boot/op-boot.jar"
echo "  completion      $completions/op-boot"
echo "  man pages       $man1/op-boot.1 and op-boot-<command>.1 (man op-boot-init)"
if $build; then
  echo "  Maven artifacts dev.opboot:op-boot-*:$version in the local Maven repository"
else
  echo "  Maven artifacts (--no-build) as the last 'mvn -B install' put them in the local Maven repository"
fi
echo "Completion: bash-completion 2 loads it by itself while $prefix/bin is on PATH. If it does not,"
echo "put this line in ~/.bashrc (or, for zsh, in ~/.zshrc after"
echo "'autoload -U +X compinit && compinit && autoload -U +X bashcompinit && bashcompinit'):"
echo "  source \"$completions/op-boot\""
case ":$PATH:" in
  *":$prefix/bin:"*) ;;
  *) echo "Note: $prefix/bin is not on your PATH. Add it, for example:"
     echo "  export PATH=\"$prefix/bin:\$PATH\"" ;;
esac
