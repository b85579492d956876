#!/usr/bin/env bash
# Load test for `fundbot serve` in HTTP mode, on loopback.
#
# Builds fundbot and tools/loadtest/minimal, starts each with a test signing
# secret and a fake bot token, and drives each with wrk: signed /funding and
# /contact slash commands (pre-signed with valid timestamps, rotating several
# countries and questions: wrk's Lua cannot compute an HMAC). Prints both
# results and fundbot's throughput as a share of the minimal handler's.
#
# Usage: tools/loadtest/run.sh [DURATION] [CONNECTIONS] [THREADS]
#   defaults: 30s 32 2.  Needs wrk (apt-get install -y wrk), openssl, curl.
#   ROUNDS (default 1) alternates that many runs of each server.
#   FUNDBOT_PORT / MINIMAL_PORT (default 18080 / 18081) pick the ports.
#   DISTINCT=N rotates N distinct questions (tools/loadtest/distinct) instead
#   of the 72 requests of 12 command lines: with N above the bot's reply
#   cache (1,024 lines), every answer is computed.
#   KEEP_LOG=FILE keeps fundbot's log.
#   BASE=REV also builds fundbot from the git revision REV (git archive) and
#   runs it in each round too, as "base" on BASE_PORT (default 18082), for
#   a before/after comparison in one run.
#   FUNDBOT_ENV / BASE_ENV (space-separated VAR=VALUE words, such as
#   "GOGC=100 FUNDBOT_WORKERS=2") are added to fundbot's / base's
#   environment: with BASE=HEAD, one binary under two settings in one run.
#   FUNDBOT_CORPUS / FUNDBOT_INDEX are passed to fundbot serve (a corpus
#   folder and a persisted index): the script reports how long serve took to
#   be ready and its resident memory after the runs.
set -euo pipefail

DURATION=${1:-30s}
CONNS=${2:-32}
THREADS=${3:-2}
ROUNDS=${ROUNDS:-1}
FUNDBOT_PORT=${FUNDBOT_PORT:-18080}
MINIMAL_PORT=${MINIMAL_PORT:-18081}
SECRET=loadtest-signing-secret-0123456789abcdef
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
WORK=$(mktemp -d)
PIDS=()

cleanup() {
	for pid in "${PIDS[@]}"; do
		kill "$pid" 2>/dev/null || true
		wait "$pid" 2>/dev/null || true
	done
	rm -rf "$WORK"
}
trap cleanup EXIT

for tool in wrk openssl curl; do
	command -v "$tool" >/dev/null || { echo "loadtest: $tool not found" >&2; exit 2; }
done

echo "== building"
(cd "$ROOT" && go build -o "$WORK/fundbot" ./cmd/fundbot && go build -o "$WORK/minimal" ./tools/loadtest/minimal &&
	go build -o "$WORK/distinct" ./tools/loadtest/distinct)
SERVERS=(fundbot minimal)
if [ -n "${BASE:-}" ]; then
	BASE_PORT=${BASE_PORT:-18082}
	echo "== building base $BASE ($(git -C "$ROOT" rev-parse --short "$BASE"))"
	mkdir "$WORK/base-src"
	git -C "$ROOT" archive "$BASE" | tar -x -C "$WORK/base-src"
	(cd "$WORK/base-src" && go build -o "$WORK/base" ./cmd/fundbot)
	SERVERS=(base fundbot minimal)
fi

# urlencode encodes one form value.
urlencode() {
	local s=$1 out= c i
	for ((i = 0; i < ${#s}; i++)); do
		c=${s:i:1}
		case $c in
		[a-zA-Z0-9.~_-]) out+=$c ;;
		' ') out+=+ ;;
		*) out+=$(printf '%%%02X' "'$c") ;;
		esac
	done
	printf '%s' "$out"
}

echo "== signing requests"
TS=$(date +%s)
LINES=("/funding|Pakistan" "/funding|Kenya" "/funding|Japan" "/funding|all" "/funding|" "/funding|2011"
	"/funding|Sri Lanka" "/funding|tajikstan" "/contact|" "/contact|Tokyo" "/funding|help" "/funding|Somalia")
LUA="$WORK/requests.lua"
if [ -n "${DISTINCT:-}" ]; then
	"$WORK/distinct" "$SECRET" "$TS" "$DISTINCT" >"$LUA"
	echo "== $DISTINCT distinct questions"
else
{
	echo 'local bodies, sigs = {}, {}'
	n=0
	for round in 1 2 3 4 5 6; do
		for line in "${LINES[@]}"; do
			cmd=${line%%|*}
			text=${line#*|}
			n=$((n + 1))
			body="token=gIkuvaNzQIHg97ATvDxqgjtO&team_id=T0001&team_domain=example&channel_id=C2147483705&channel_name=test&user_id=U2147483697&user_name=Steve&command=$(urlencode "$cmd")&text=$(urlencode "$text")&api_app_id=A123456&response_url=$(urlencode "https://hooks.slack.com/commands/T0001/$n/loadtest$round")&trigger_id=$n.$round.loadtest"
			sig=$(printf 'v0:%s:%s' "$TS" "$body" | openssl dgst -sha256 -hmac "$SECRET" -r | cut -d' ' -f1)
			printf 'bodies[%d] = "%s"\nsigs[%d] = "v0=%s"\n' "$n" "$body" "$n" "$sig"
		done
	done
	cat <<LUA
local reqs = {}
init = function(args)
  for i = 1, #bodies do
    reqs[i] = wrk.format("POST", "/slack/events", {
      ["Content-Type"] = "application/x-www-form-urlencoded",
      ["X-Slack-Request-Timestamp"] = "$TS",
      ["X-Slack-Signature"] = sigs[i],
    }, bodies[i])
  end
end
local i = 0
request = function()
  i = i + 1
  return reqs[(i % #reqs) + 1]
end
LUA
} >"$LUA"
fi

wait_healthy() {
	local port=$1
	for _ in $(seq 1 6000); do
		curl -fsS "http://127.0.0.1:$port/healthz" >/dev/null 2>&1 && return 0
		sleep 0.01
	done
	echo "loadtest: server on $port did not become healthy" >&2
	exit 1
}

# check_once sends one signed request with curl and shows the reply.
check_once() {
	local port=$1 body sig
	body="command=%2Ffunding&text=Pakistan&user_id=U1&channel_id=C1&response_url=https%3A%2F%2Fhooks.slack.com%2Fx"
	sig=$(printf 'v0:%s:%s' "$TS" "$body" | openssl dgst -sha256 -hmac "$SECRET" -r | cut -d' ' -f1)
	# The whole reply is read before it is cut: with pipefail, a curl
	# whose output a head closed early would stop the script.
	reply=$(curl -fsS -X POST "http://127.0.0.1:$port/slack/events" -H 'Content-Type: application/x-www-form-urlencoded' \
		-H "X-Slack-Request-Timestamp: $TS" -H "X-Slack-Signature: v0=$sig" --data "$body")
	echo "${reply:0:300}"
}

# cpu_ticks prints the user+system CPU time of a process, in clock ticks.
cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }

# run_wrk runs wrk against a server and records its throughput, its
# latency and the CPU time the server used per request: on a machine shared
# with other work, CPU per request is the steadier figure.
run_wrk() {
	local name=$1 port=$2 pid=$3 round=$4 out t0 t1 n
	out="$WORK/$name.$round.out"
	echo "== $name (round $round): wrk -t$THREADS -c$CONNS -d$DURATION --latency; load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
	t0=$(cpu_ticks "$pid")
	wrk -t"$THREADS" -c"$CONNS" -d"$DURATION" --latency -s "$LUA" "http://127.0.0.1:$port/slack/events" | tee "$out"
	grep -E '^(VmHWM|VmRSS)' "/proc/$pid/status" | tr -s ' \n' ' ' | tee -a "$out"
	echo
	t1=$(cpu_ticks "$pid")
	n=$(awk '/requests in/ {print $1}' "$out")
	awk -v t="$((t1 - t0))" -v hz="$(getconf CLK_TCK)" -v n="$n" \
		'BEGIN { printf "server CPU: %.1f s, %.1f us per request\n", t / hz, 1e6 * t / hz / n }' | tee -a "$out"
}

# start_fundbot starts a fundbot binary on a port and waits until it is
# healthy; it sets STARTED_PID.
start_fundbot() {
	local name=$1 bin=$2 port=$3 extra=$4 start_ns
	echo "== starting $name serve on 127.0.0.1:$port${extra:+ with $extra}"
	# SLACK_API_URL points at a closed loopback port: auth.test fails at once
	# and nothing leaves the machine. Commands are answered in the response body.
	start_ns=$(date +%s%N)
	env -i PATH="$PATH" HOME="$HOME" SLACK_BOT_TOKEN=xoxb-loadtest-fake SLACK_SIGNING_SECRET="$SECRET" \
		SLACK_API_URL=http://127.0.0.1:9/ PORT="$port" LOG_LEVEL=info \
		FUNDBOT_CORPUS="${FUNDBOT_CORPUS:-}" FUNDBOT_INDEX="${FUNDBOT_INDEX:-}" FUNDBOT_DATA="$WORK/data-$name" \
		$extra "$bin" serve 2>"$WORK/$name.log" &
	STARTED_PID=$!
	PIDS+=("$STARTED_PID")
	wait_healthy "$port"
	echo "== $name serve ready (healthz 200) after $(( ($(date +%s%N) - start_ns) / 1000000 )) ms; its log says: $(grep -o 'answer engine ready.*' "$WORK/$name.log")"
}
start_fundbot fundbot "$WORK/fundbot" "$FUNDBOT_PORT" "${FUNDBOT_ENV:-}"
FUNDBOT_PID=$STARTED_PID
if [ -n "${BASE:-}" ]; then
	start_fundbot base "$WORK/base" "$BASE_PORT" "${BASE_ENV:-}"
	BASE_PID=$STARTED_PID
fi
echo "== starting minimal handler on 127.0.0.1:$MINIMAL_PORT"
env -i PATH="$PATH" SLACK_SIGNING_SECRET="$SECRET" PORT="$MINIMAL_PORT" "$WORK/minimal" &
MINIMAL_PID=$!
PIDS+=("$MINIMAL_PID")
wait_healthy "$FUNDBOT_PORT"
wait_healthy "$MINIMAL_PORT"
check_once "$FUNDBOT_PORT"
check_once "$MINIMAL_PORT"

echo "== warm-up: 3 s each"
wrk -t"$THREADS" -c"$CONNS" -d3s -s "$LUA" "http://127.0.0.1:$FUNDBOT_PORT/slack/events" >/dev/null
if [ -n "${BASE:-}" ]; then
	wrk -t"$THREADS" -c"$CONNS" -d3s -s "$LUA" "http://127.0.0.1:$BASE_PORT/slack/events" >/dev/null
fi
wrk -t"$THREADS" -c"$CONNS" -d3s -s "$LUA" "http://127.0.0.1:$MINIMAL_PORT/slack/events" >/dev/null

# Rounds alternate, so that a change in the machine's other load falls on
# both servers alike.
for round in $(seq 1 "$ROUNDS"); do
	if [ -n "${BASE:-}" ]; then
		run_wrk base "$BASE_PORT" "$BASE_PID" "$round"
	fi
	run_wrk fundbot "$FUNDBOT_PORT" "$FUNDBOT_PID" "$round"
	run_wrk minimal "$MINIMAL_PORT" "$MINIMAL_PID" "$round"
done

echo "== summary (wrk -t$THREADS -c$CONNS -d$DURATION, $ROUNDS round(s), $(nproc) cores, load generator on the same machine)"
for round in $(seq 1 "$ROUNDS"); do
	for name in "${SERVERS[@]}"; do
		f="$WORK/$name.$round.out"
		printf '%-8s round %d: %8.0f req/s  p50 %-8s p99 %-8s max %-8s %s  %s\n' "$name" "$round" \
			"$(awk '/^Requests\/sec:/ {print $2}' "$f")" "$(awk '$1 == "50%" {print $2}' "$f")" \
			"$(awk '$1 == "99%" {print $2}' "$f")" "$(awk '$1 == "Latency" {print $4}' "$f")" \
			"$(awk '/server CPU/ {print $(NF-3), "us/req"}' "$f")" \
			"$(awk '/Non-2xx|Socket errors/' "$f" | tr '\n' ' ')"
	done
	awk -v f="$(awk '/^Requests\/sec:/ {print $2}' "$WORK/fundbot.$round.out")" \
		-v m="$(awk '/^Requests\/sec:/ {print $2}' "$WORK/minimal.$round.out")" \
		-v fc="$(awk '/server CPU/ {print $(NF-3)}' "$WORK/fundbot.$round.out")" \
		-v mc="$(awk '/server CPU/ {print $(NF-3)}' "$WORK/minimal.$round.out")" \
		'BEGIN { printf "round %d: fundbot / minimal throughput %.1f%%; minimal / fundbot CPU per request %.1f%%\n", '"$round"', 100 * f / m, 100 * mc / fc }'
	if [ -n "${BASE:-}" ]; then
		awk -v f="$(awk '/^Requests\/sec:/ {print $2}' "$WORK/base.$round.out")" \
			-v m="$(awk '/^Requests\/sec:/ {print $2}' "$WORK/minimal.$round.out")" \
			'BEGIN { printf "round %d: base / minimal throughput %.1f%%\n", '"$round"', 100 * f / m }'
	fi
done
if grep -q 'level=ERROR' "$WORK/fundbot.log"; then
	echo "fundbot logged errors:"
	grep 'level=ERROR' "$WORK/fundbot.log" | head -5
fi
if [ -n "${KEEP_LOG:-}" ]; then cp "$WORK/fundbot.log" "$KEEP_LOG"; fi
echo "fundbot memory after the runs: $(grep -E '^(VmHWM|VmRSS)' "/proc/$FUNDBOT_PID/status" | tr -s ' \n' ' ')"
