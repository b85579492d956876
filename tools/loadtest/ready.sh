#!/usr/bin/env bash
# Measures how long `fundbot serve` (HTTP mode) takes to be ready: from its
# start to the first /healthz 200, polled every 5 ms with curl.
#
# Usage: tools/loadtest/ready.sh RUNS BINARY:INDEX_DIR...
#   Each BINARY is started RUNS times with FUNDBOT_INDEX=INDEX_DIR, the
#   binaries in turn (so that a change in the machine's load falls on all
#   alike), with FUNDBOT_CORPUS=$CORPUS (empty: the embedded corpus), a
#   fake bot token and SLACK_API_URL on a closed loopback port (auth.test
#   fails at once; nothing leaves the machine). Prints each run's time, the
#   CPU time (user + system) serve had used by then, the engine's own time
#   from the log, and the load average: on a shared machine the CPU time is
#   the steadier figure.
#   PORT (default 18090) picks the port.
set -euo pipefail

RUNS=${1:?usage: ready.sh RUNS BINARY:INDEX_DIR...}
shift
PORT=${PORT:-18090}
SECRET=loadtest-signing-secret-0123456789abcdef
command -v curl >/dev/null || { echo "ready: curl not found" >&2; exit 2; }

for r in $(seq 1 "$RUNS"); do
	for spec in "$@"; do
		bin=${spec%%:*}
		idx=${spec#*:}
		data=$(mktemp -d)
		start=$(date +%s%N)
		env -i PATH="$PATH" HOME="$HOME" SLACK_BOT_TOKEN=xoxb-loadtest-fake SLACK_SIGNING_SECRET="$SECRET" \
			SLACK_API_URL=http://127.0.0.1:9/ PORT="$PORT" LOG_LEVEL=info FUNDBOT_CORPUS="${CORPUS:-}" \
			FUNDBOT_INDEX="$idx" FUNDBOT_DATA="$data" "$bin" serve 2>"$data/log" &
		pid=$!
		for _ in $(seq 1 12000); do
			curl -fsS "http://127.0.0.1:$PORT/healthz" >/dev/null 2>&1 && break
			kill -0 "$pid" 2>/dev/null || { echo "ready: $bin exited:" >&2; cat "$data/log" >&2; exit 1; }
			sleep 0.005
		done
		end=$(date +%s%N)
		cpu=$(awk -v hz="$(getconf CLK_TCK)" '{printf "%d", 1000 * ($14 + $15) / hz}' "/proc/$pid/stat")
		echo "$bin run $r: ready after $(((end - start) / 1000000)) ms, $cpu ms of CPU;" \
			"$(grep -o 'answer engine ready.*' "$data/log" || true); load $(cut -d' ' -f1 /proc/loadavg)"
		kill "$pid"
		wait "$pid" || true
		rm -rf "$data"
	done
done
