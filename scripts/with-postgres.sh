#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# A throw-away PostgreSQL server for the storage tests and benchmarks (Debian's package; no systemd needed).
#
#   scripts/with-postgres.sh start STATE_DIR   initdb + pg_ctl start on a free 127.0.0.1 port, trust login as
#                                              user postgres; writes the server's URL to STATE_DIR/url
#   scripts/with-postgres.sh stop STATE_DIR    stops that server and deletes its cluster
#   scripts/with-postgres.sh run CMD [ARG…]    start, run CMD with SPINEREVIEW_TEST_POSTGRES_URL set, stop
#
# ctest runs `start` and `stop` as the fixture of every storage test (tests/storage/CMakeLists.txt). The cluster
# lives in a fresh directory under /tmp (a Unix socket path must stay short); STATE_DIR only records where.
# initdb and pg_ctl refuse to run as root, so as root they run as the `postgres` user.
set -euo pipefail

usage() {
    echo "usage: scripts/with-postgres.sh start STATE_DIR | stop STATE_DIR | run CMD [ARG…]" >&2
    exit 1
}

find_bin() {
    local version
    version=$(ls /usr/lib/postgresql 2>/dev/null | sort -V | tail -1)
    if [ -z "$version" ] || [ ! -x "/usr/lib/postgresql/$version/bin/initdb" ]; then
        echo "with-postgres: PostgreSQL server binaries not found under /usr/lib/postgresql" \
            "(install Debian's postgresql package: scripts/bootstrap test does)" >&2
        exit 1
    fi
    echo "/usr/lib/postgresql/$version/bin"
}

as_server_user() {
    if [ "$(id -u)" = 0 ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

port_in_use() {
    (echo >"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

stop_server() {
    local state=$1
    [ -f "$state/cluster" ] || return 0
    local cluster
    cluster=$(cat "$state/cluster")
    if [ -f "$cluster/data/postmaster.pid" ]; then
        as_server_user "$(find_bin)/pg_ctl" -D "$cluster/data" -m immediate -w -t 30 stop >/dev/null || true
    fi
    rm -rf "$cluster"
    rm -f "$state/cluster" "$state/url"
}

start_server() {
    local state=$1
    mkdir -p "$state"
    # A cluster left by an interrupted run is stopped first, never reused.
    stop_server "$state"
    local bin cluster
    bin=$(find_bin)
    cluster=$(mktemp -d /tmp/spinereview-pg.XXXXXX)
    echo "$cluster" >"$state/cluster"
    if [ "$(id -u)" = 0 ]; then
        chown postgres:postgres "$cluster"
    fi
    if ! as_server_user "$bin/initdb" -D "$cluster/data" -U postgres --auth=trust -E UTF8 --no-locale \
        >"$cluster/initdb.log" 2>&1; then
        cat "$cluster/initdb.log" >&2
        echo "with-postgres: initdb failed" >&2
        exit 1
    fi
    # A free port: another build's server may be running on this machine at the same time.
    local attempt port
    for attempt in 1 2 3 4 5 6 7 8; do
        port=$((20000 + RANDOM % 40000))
        if port_in_use "$port"; then
            continue
        fi
        # fsync off: a test cluster is thrown away, and the tests measure behaviour, not durability of the server.
        if as_server_user "$bin/pg_ctl" -D "$cluster/data" -l "$cluster/server.log" -w -t 30 \
            -o "-p $port -k $cluster -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200" \
            start >/dev/null 2>&1; then
            echo "postgresql://postgres@127.0.0.1:$port/postgres" >"$state/url"
            echo "with-postgres: PostgreSQL $(basename "$(dirname "$bin")") on 127.0.0.1:$port ($cluster)"
            return 0
        fi
        echo "with-postgres: attempt $attempt on port $port failed" >&2
    done
    cat "$cluster/server.log" >&2 || true
    echo "with-postgres: could not start PostgreSQL" >&2
    exit 1
}

command=${1:-}
case "$command" in
start)
    [ $# -eq 2 ] || usage
    start_server "$2"
    ;;
stop)
    [ $# -eq 2 ] || usage
    stop_server "$2"
    ;;
run)
    [ $# -ge 2 ] || usage
    shift
    state=$(mktemp -d)
    trap 'stop_server "$state"; rm -rf "$state"' EXIT
    start_server "$state" >&2
    SPINEREVIEW_TEST_POSTGRES_URL=$(cat "$state/url")
    export SPINEREVIEW_TEST_POSTGRES_URL
    "$@"
    ;;
*)
    usage
    ;;
esac
