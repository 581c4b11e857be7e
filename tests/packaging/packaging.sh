#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Checks of what SpineReview installs, one mode per ctest test (tests/packaging/CMakeLists.txt):
#   desktop FILE                          desktop-file-validate
#   metainfo FILE VERSION                 appstreamcli validate, and the newest release is VERSION
#   manpage FILE BINARY VERSION           groff and man without warnings; every command and option of
#                                         `BINARY --help` is in the page
#   deb-build CPACK CONFIG OUTDIR         cpack -G DEB into OUTDIR
#   deb-contents OUTDIR VERSION           the package's control fields, file list, icons, man page, copyright
#   deb-run OUTDIR VERSION CASE.json      the packaged binary starts: installed with apt-get when this may
#                                         install (root or passwordless sudo), else unpacked with dpkg-deb -x
# Every check prints "ok" or "FAIL" with what it saw; a missing tool is a failure that names its package.
# `ok` always succeeds, so `A && ok … || fail …` is an if-then-else here.
# shellcheck disable=SC2015
# Output is captured before grep reads it: with pipefail, `grep -q` closing a pipe early would fail it.
set -uo pipefail

app_id=org.spinereview.SpineReview
failures=0

ok() { echo "ok    $*"; }
fail() {
    echo "FAIL  $*"
    failures=$((failures + 1))
}
# Prints captured output indented under a failure.
show() {
    local line
    while IFS= read -r line; do
        printf '      | %s\n' "$line"
    done <<<"$1"
}
finish() {
    if [ "$failures" -gt 0 ]; then
        echo "$failures check(s) failed"
        exit 1
    fi
    echo "all checks passed"
    exit 0
}
need() {
    local tool=$1 package=$2
    if ! command -v "$tool" >/dev/null; then
        echo "FAIL  $tool is not installed: install the Debian package $package (scripts/bootstrap test does)"
        exit 1
    fi
}

check_desktop() {
    local file=$1 out
    need desktop-file-validate desktop-file-utils
    # The one hint it gives is that MedicalSoftware could also take Science; Office is the menu a utilization
    # reviewer looks in, and two main categories would list it twice. Errors and warnings fail.
    if out=$(desktop-file-validate "$file" 2>&1) && ! grep -Eq '(error|warning):' <<<"$out"; then
        ok "desktop-file-validate $(basename "$file")"
        [ -z "$out" ] || show "$out"
    else
        fail "desktop-file-validate $(basename "$file")"
        show "$out"
    fi
    grep -qx "Icon=$app_id" "$file" && ok "Icon=$app_id" || fail "the entry's Icon is not $app_id"
    grep -q '^Exec=spinereview\( \|$\)' "$file" && ok "Exec runs spinereview" || fail "Exec does not run spinereview"
}

check_metainfo() {
    local file=$1 version=$2 out
    need appstreamcli appstream
    if out=$(appstreamcli validate --no-net "$file" 2>&1); then
        ok "appstreamcli validate --no-net $(basename "$file")"
    else
        fail "appstreamcli validate --no-net $(basename "$file")"
    fi
    show "$out"
    # Pedantic, for information: it names the id's upper-case letters, kept as the reverse-DNS id is spelled
    # everywhere (desktop entry, icon, QGuiApplication::desktopFileName).
    echo "      appstreamcli validate --pedantic, for information:"
    show "$(appstreamcli validate --no-net --pedantic "$file" 2>&1)"
    grep -q "<id>$app_id</id>" "$file" && ok "id $app_id" || fail "the component id is not $app_id"
    grep -q "<launchable type=\"desktop-id\">$app_id.desktop</launchable>" "$file" &&
        ok "launchable $app_id.desktop" || fail "no launchable $app_id.desktop"
    grep -q '<binary>spinereview</binary>' "$file" && ok "provides binary spinereview" ||
        fail "does not provide the binary spinereview"
    local newest
    newest=$(grep -o '<release version="[^"]*"' "$file" | head -n 1 | cut -d'"' -f2)
    [ "$newest" = "$version" ] && ok "newest release is $version, the project's version" ||
        fail "newest <release> is \"$newest\", but the project's version is $version: add a release entry"
}

check_manpage() {
    local file=$1 binary=$2 version=$3 out
    need groff groff-base
    need man man-db
    if out=$(LC_ALL=C.UTF-8 groff -man -ww -z -t "$file" 2>&1) && [ -z "$out" ]; then
        ok "groff -man -ww -z: no warnings"
    else
        fail "groff -man -ww -z"
        show "$out"
    fi
    if out=$(LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -l "$file" 2>&1 >/dev/null) && [ -z "$out" ]; then
        ok "man --warnings -l: no warnings"
    else
        fail "man --warnings -l"
        show "$out"
    fi
    grep -q "^\.TH SPINEREVIEW 1 .*\"SpineReview $version\"" "$file" && ok ".TH names version $version" ||
        fail ".TH does not name SpineReview $version"
    local section
    for section in NAME SYNOPSIS DESCRIPTION OPTIONS "EXIT STATUS" ENVIRONMENT FILES; do
        grep -q "^\.SH \"\?$section\"\?$" "$file" || fail "no $section section"
    done

    # The usage text is the reference: every command and every option it names must be in the page.
    local usage source
    if ! usage=$("$binary" --help 2>&1); then
        fail "$binary --help"
        show "$usage"
        return
    fi
    source=$(sed 's/\\-/-/g; s/\\f[BIRP]//g' "$file")
    local commands options missing=""
    # "spinereview db backup PATH | db restore PATH" names two commands: the lower-case words after
    # "spinereview" or after " | ", up to the first argument.
    # The synopsis is the usage text up to its first empty line, continuation lines included.
    local synopsis
    synopsis=$(sed '/^$/q' <<<"$usage")
    commands=$(sed -n 's/^\(Usage:\)\? *spinereview //p' <<<"$synopsis" | sed 's/ | /\n/g' |
        sed -n 's/^\([a-z][a-z-]*\( [a-z][a-z-]*\)*\)\( .*\)\?$/\1/p' | sort -u)
    options=$(grep -oE '(^|[[ |])--?[a-z][a-z-]*' <<<"$synopsis" | sed 's/^[[ |]//' | sort -u)
    local item
    while IFS= read -r item; do
        [ -n "$item" ] || continue
        grep -q "spinereview $item\b" <<<"$source" || missing+=" \"spinereview $item\""
    done <<<"$commands"
    while IFS= read -r item; do
        [ -n "$item" ] || continue
        grep -q -- "$item\b" <<<"$source" || missing+=" $item"
    done <<<"$options"
    if [ -z "$missing" ]; then
        ok "every command and option of --help is in the page ($(wc -w <<<"$commands $options") names)"
    else
        fail "in \`spinereview --help\` but not in $(basename "$file"):$missing"
    fi
}

single_deb() {
    local dir=$1 debs
    debs=("$dir"/spinereview_*.deb)
    if [ "${#debs[@]}" -ne 1 ] || [ ! -f "${debs[0]}" ]; then
        echo "FAIL  expected one spinereview_*.deb in $dir (made by the packaging_deb_build test)," \
            "found: ${debs[*]}" >&2
        exit 1
    fi
    echo "${debs[0]}"
}

build_deb() {
    local cpack=$1 config=$2 outdir=$3 log
    need dpkg-shlibdeps dpkg-dev
    rm -rf "$outdir"
    mkdir -p "$outdir"
    echo "      $cpack -G DEB --config $config -B $outdir"
    if log=$("$cpack" -G DEB --config "$config" -B "$outdir" 2>&1); then
        ok "cpack -G DEB"
        show "$(grep -E 'CPack: - package|[Ww]arning' <<<"$log")"
    else
        fail "cpack -G DEB (everything must be built first: cmake --build)"
        show "$log"
        finish
    fi
    local deb
    deb=$(single_deb "$outdir") || exit 1
    ok "made $(basename "$deb") ($(du -k "$deb" | cut -f1) KiB)"
}

# PNG width and height from the IHDR chunk.
png_size() { od -An -tu1 -j16 -N8 "$1" | awk '{ print $3 * 256 + $4 "x" $7 * 256 + $8 }'; }

check_deb_contents() {
    local outdir=$1 version=$2 deb arch
    need dpkg-deb dpkg
    need appstreamcli appstream
    deb=$(single_deb "$outdir") || exit 1
    arch=$(dpkg --print-architecture)
    [ "$(basename "$deb")" = "spinereview_${version}_${arch}.deb" ] && ok "file name $(basename "$deb")" ||
        fail "file name $(basename "$deb"), expected spinereview_${version}_${arch}.deb"

    echo "      dpkg-deb -I:"
    show "$(dpkg-deb -I "$deb")"
    local field expected
    for field in Package:spinereview Version:"$version" Architecture:"$arch" Section:science Priority:optional; do
        expected=${field#*:}
        field=${field%%:*}
        [ "$(dpkg-deb -f "$deb" "$field")" = "$expected" ] && ok "$field: $expected" ||
            fail "$field is \"$(dpkg-deb -f "$deb" "$field")\", expected \"$expected\""
    done
    [ -n "$(dpkg-deb -f "$deb" Maintainer)" ] && ok "Maintainer is set" || fail "no Maintainer"
    grep -q 'decision support for a qualified reviewer' <<<"$(dpkg-deb -f "$deb" Description)" &&
        ok "Description says it is decision support" || fail "the Description does not say it is decision support"
    local long
    long=$(dpkg-deb -f "$deb" Description | awk 'length($0) > 80')
    [ -z "$long" ] && ok "Description lines fit in 80 columns" || {
        fail "Description lines longer than 80 columns"
        show "$long"
    }
    local depends package
    depends=$(dpkg-deb -f "$deb" Depends)
    # The plugins Qt loads at run time (named in packaging/CMakeLists.txt) and what dpkg-shlibdeps found.
    for package in libqt6sql6-sqlite libqt6sql6-psql qt6-qpa-plugins libqt6svg6 libqt6core6 libqt6widgets6 \
        libqt6sql6 libc6; do
        grep -Eq "(^|, )$package( |,|$)" <<<"$depends" && ok "Depends: $package" ||
            fail "Depends lacks $package: $depends"
    done
    [ "$(dpkg-deb -f "$deb" Recommends)" = qt6-translations-l10n ] && ok "Recommends: qt6-translations-l10n" ||
        fail "Recommends is not qt6-translations-l10n: $(dpkg-deb -f "$deb" Recommends)"
    grep -Eq '^ +[0-9]+ bytes, +[0-9]+ lines +md5sums' <<<"$(dpkg-deb -I "$deb")" && ok "control has md5sums" ||
        fail "control has no md5sums"

    local listing files expected_files size
    listing=$(dpkg-deb -c "$deb")
    files=$(awk '$1 !~ /^d/ { print $6 }' <<<"$listing" | sort)
    expected_files=$(
        {
            echo ./usr/bin/spinereview
            echo "./usr/share/applications/$app_id.desktop"
            echo "./usr/share/metainfo/$app_id.metainfo.xml"
            echo "./usr/share/icons/hicolor/scalable/apps/$app_id.svg"
            for size in 16 32 48 64 128 256; do
                echo "./usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png"
            done
            echo ./usr/share/man/man1/spinereview.1.gz
            echo ./usr/share/doc/spinereview/copyright
            echo ./usr/share/doc/spinereview/changelog.gz
        } | sort
    )
    if [ "$files" = "$expected_files" ]; then
        ok "the package holds exactly the $(wc -l <<<"$files") expected files"
    else
        fail "the package's files differ from the expected list (< expected, > packaged)"
        show "$(diff <(echo "$expected_files") <(echo "$files"))"
    fi
    local owners
    owners=$(awk '$2 != "root/root" { print }' <<<"$listing")
    [ -z "$owners" ] && ok "every entry is owned by root/root" || {
        fail "entries not owned by root/root"
        show "$owners"
    }
    local modes
    modes=$(awk '$1 !~ /^d/ && !(($6 == "./usr/bin/spinereview" && $1 == "-rwxr-xr-x") ||
                                 ($6 != "./usr/bin/spinereview" && $1 == "-rw-r--r--")) { print }' <<<"$listing")
    [ -z "$modes" ] && ok "modes: 0755 for the executable, 0644 for the rest" || {
        fail "unexpected file modes"
        show "$modes"
    }

    local root
    root=$(mktemp -d)
    # shellcheck disable=SC2064 # expand now: root is local
    trap "rm -rf '$root'" EXIT
    dpkg-deb -x "$deb" "$root"
    for size in 16 32 48 64 128 256; do
        local png="$root/usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png" got
        got=$(png_size "$png" 2>/dev/null)
        [ "$got" = "${size}x${size}" ] && ok "icon ${size}x${size} is a ${got} PNG" ||
            fail "icon ${size}x${size}: the PNG is \"$got\""
    done
    local out
    local manpage="$root/usr/share/man/man1/spinereview.1.gz"
    if out=$(gzip -t "$manpage" 2>&1 && zcat "$manpage" | LC_ALL=C.UTF-8 groff -man -ww -z -t 2>&1) &&
        [ -z "$out" ]; then
        ok "man page is gzip'd and formats without warnings"
    else
        fail "the packaged man page"
        show "$out"
    fi
    if command -v dpkg-parsechangelog >/dev/null; then
        local changelog="$root/changelog" got
        zcat "$root/usr/share/doc/spinereview/changelog.gz" >"$changelog"
        got=$(dpkg-parsechangelog -l "$changelog" -S Version 2>&1)
        [ "$got" = "$version" ] && ok "changelog.gz is a Debian changelog, newest entry $version" ||
            fail "changelog.gz: newest version \"$got\", expected $version"
        rm -f "$changelog"
    else
        fail "dpkg-parsechangelog is not installed: install dpkg-dev"
    fi
    head -n 1 "$root/usr/share/doc/spinereview/copyright" |
        grep -qx 'Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/' &&
        grep -q '^License: GPL-3+$' "$root/usr/share/doc/spinereview/copyright" &&
        ok "copyright is machine-readable, GPL-3+" || fail "copyright is not a machine-readable GPL-3+ file"
    local rpath
    rpath=$(readelf -d "$root/usr/bin/spinereview" | grep -E 'R(UN)?PATH')
    [ -z "$rpath" ] && ok "the executable has no RPATH or RUNPATH" || {
        fail "the executable carries a library search path"
        show "$rpath"
    }
    # Hardened as Debian's own packages (cmake/BuildPolicy.cmake): read-only relocations bound at start, a
    # position-independent executable, stack protector and fortified libc calls.
    local dynamic headers symbols
    dynamic=$(readelf -d "$root/usr/bin/spinereview")
    headers=$(readelf -lh "$root/usr/bin/spinereview")
    symbols=$(readelf --dyn-syms -W "$root/usr/bin/spinereview")
    grep -q GNU_RELRO <<<"$headers" && grep -Eq 'BIND_NOW|FLAGS.*NOW' <<<"$dynamic" &&
        ok "full RELRO (relro, now)" || fail "the executable lacks full RELRO"
    grep -Eq 'Type: +DYN' <<<"$headers" && grep -Eq 'FLAGS_1.*PIE' <<<"$dynamic" &&
        ok "a position-independent executable" || fail "the executable is not PIE"
    grep -q '__stack_chk_fail' <<<"$symbols" && ok "stack protector" || fail "no stack protector"
    grep -Eq '__[a-z_]+_chk\b' <<<"$(grep -v __stack_chk_fail <<<"$symbols")" &&
        ok "fortified libc calls" || fail "no fortified libc calls (_FORTIFY_SOURCE)"
    if grep -q '\.debug_info' <<<"$(readelf -S "$root/usr/bin/spinereview")"; then
        fail "the executable is not stripped"
    else
        ok "the executable is stripped"
    fi
    # The installed tree as AppStream sees it: metainfo, desktop entry and icons together.
    if out=$(appstreamcli validate-tree --no-net "$root" 2>&1); then
        ok "appstreamcli validate-tree of the unpacked package"
    else
        fail "appstreamcli validate-tree of the unpacked package"
    fi
    show "$out"
}

# Runs the packaged executable BIN (on PATH as spinereview) the way a user would, in a throw-away home.
run_installed() {
    local bin=$1 version=$2 case_file=$3 home out status
    home=$(mktemp -d)
    mkdir -p "$home/runtime" && chmod 700 "$home/runtime"
    local -a environment=(QT_QPA_PLATFORM=offscreen XDG_DATA_HOME="$home/data" XDG_CONFIG_HOME="$home/config"
        XDG_CACHE_HOME="$home/cache" XDG_RUNTIME_DIR="$home/runtime" PATH="$(dirname "$bin"):$PATH")

    out=$(env "${environment[@]}" timeout 60 "$bin" --version 2>&1)
    [ "$out" = "spinereview $version" ] && ok "$bin --version: $out" || {
        fail "$bin --version printed something else than \"spinereview $version\""
        show "$out"
    }
    out=$(env "${environment[@]}" timeout 60 spinereview criteria list 2>&1)
    status=$?
    if [ "$status" -eq 0 ] && grep -q '(default)' <<<"$out"; then
        ok "spinereview criteria list: the built-in sets are there"
        show "$out"
    else
        fail "spinereview criteria list (exit status $status)"
        show "$out"
    fi
    out=$(env "${environment[@]}" timeout 60 spinereview evaluate "$case_file" --all-criteria --format json 2>&1)
    status=$?
    [ "$status" -eq 0 ] && grep -q 'spinereview-comparison/1' <<<"$out" &&
        ok "spinereview evaluate $(basename "$case_file") --all-criteria" || {
        fail "spinereview evaluate $(basename "$case_file") --all-criteria (exit status $status)"
        show "$(head -n 20 <<<"$out")"
    }
    out=$(env "${environment[@]}" timeout 120 "$bin" --exit-when-shown 2>&1)
    status=$?
    if [ "$status" -eq 0 ] && grep -Eq '^shown [0-9.]+ ms after main$' <<<"$out"; then
        ok "$bin --exit-when-shown: $(grep -E '^shown' <<<"$out")"
    else
        fail "$bin --exit-when-shown (exit status $status; 124 is a timeout)"
        show "$out"
    fi
    local database="$home/data/SpineReview/SpineReview/spinereview.sqlite"
    if [ -f "$database" ] && [ "$(stat -c %a "$database")" = 600 ]; then
        ok "the window made its database in XDG_DATA_HOME/SpineReview/SpineReview, mode 0600"
    else
        fail "no database at $database (mode 0600) after the window started"
        show "$(find "$home" -print 2>&1)"
    fi
    rm -rf "$home"
}

installed_by_test=0
remove_installed() {
    if [ "$installed_by_test" = 1 ]; then
        echo "      leaving the machine as found: apt-get purge -y spinereview"
        "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get purge -y -q -o DPkg::Lock::Timeout=300 spinereview \
            >/dev/null 2>&1 && ok "spinereview removed again" || fail "apt-get purge spinereview"
        installed_by_test=0
    fi
}

run_deb() {
    local outdir=$1 version=$2 case_file=$3 deb
    need dpkg-deb dpkg
    deb=$(single_deb "$outdir") || exit 1
    deb=$(readlink -f "$deb")
    # One package test on this machine at a time: another build tree's run must not remove what this one
    # installed, or find it installed half way.
    local lock=/tmp/spinereview-packaging-test.lock
    [ -e "$lock" ] || { : >"$lock" && chmod 666 "$lock"; } 2>/dev/null
    exec 9<"$lock"
    flock -w 900 9 || {
        echo "FAIL  another packaging test held the lock for 15 minutes"
        exit 1
    }

    as_root=()
    local why_not=""
    if [ "$(dpkg-query -W -f='${Status}' spinereview 2>/dev/null)" = "install ok installed" ]; then
        why_not="spinereview is already installed on this machine, and the test does not replace it"
    elif [ "$(id -u)" = 0 ]; then
        as_root=()
    elif command -v sudo >/dev/null && sudo -n true 2>/dev/null; then
        as_root=(sudo -n)
    else
        why_not="this user is not root and has no passwordless sudo"
    fi

    if [ -z "$why_not" ]; then
        echo "==> way: installing $(basename "$deb") with apt-get ($([ "${#as_root[@]}" -eq 0 ] && echo "as root" ||
            echo "through sudo")), then running /usr/bin/spinereview"
        trap remove_installed EXIT
        trap 'exit 1' INT TERM
        local out others
        # The dependencies (Qt and its plugins) must be here already: the test installs SpineReview and nothing
        # else, so that removing it leaves the machine as it found it.
        out=$(apt-get install -s -q "$deb" 2>&1)
        others=$(grep -E '^(Inst|Remv) ' <<<"$out" | grep -v '^Inst spinereview ')
        if [ -n "$others" ]; then
            fail "installing the package would change other packages too (its dependencies are not all installed)"
            show "$others"
            finish
        fi
        if out=$("${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q \
            -o DPkg::Lock::Timeout=300 "$deb" 2>&1); then
            installed_by_test=1
            ok "apt-get install $(basename "$deb")"
        else
            fail "apt-get install $(basename "$deb")"
            show "$out"
            finish
        fi
        [ "$(command -v spinereview)" = /usr/bin/spinereview ] && ok "spinereview on PATH is /usr/bin/spinereview" ||
            fail "spinereview on PATH is \"$(command -v spinereview)\""
        grep -qx "/usr/share/applications/$app_id.desktop" <<<"$(dpkg -L spinereview)" &&
            ok "dpkg -L lists the desktop entry" || fail "dpkg -L does not list the desktop entry"
        run_installed /usr/bin/spinereview "$version" "$case_file"
        remove_installed
    else
        local root
        root=$(mktemp -d)
        # shellcheck disable=SC2064 # expand now: root is local
        trap "rm -rf '$root'" EXIT
        echo "==> way: not installing ($why_not); unpacking $(basename "$deb") with dpkg-deb -x into $root" \
            "and running $root/usr/bin/spinereview"
        dpkg-deb -x "$deb" "$root" && ok "dpkg-deb -x" || fail "dpkg-deb -x"
        run_installed "$root/usr/bin/spinereview" "$version" "$case_file"
    fi
}

mode=${1:-}
shift || true
case "$mode" in
desktop) check_desktop "$@" ;;
metainfo) check_metainfo "$@" ;;
manpage) check_manpage "$@" ;;
deb-build) build_deb "$@" ;;
deb-contents) check_deb_contents "$@" ;;
deb-run) run_deb "$@" ;;
*)
    echo "usage: $0 desktop|metainfo|manpage|deb-build|deb-contents|deb-run ARGS..." >&2
    exit 2
    ;;
esac
finish
