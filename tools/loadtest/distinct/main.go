// Command distinct writes the load test's wrk script of distinct questions:
// n signed slash commands, every one a different question (so that with n
// above the bot's reply cache no answer is served from it), made from the
// donors, recipients, countries and years of the synthetic corpus
// (corpustest) and of the seed release (tools/loadtest/questions). Each request carries its own
// response_url and trigger_id, signed with the secret at the timestamp, as
// Slack signs them (wrk's Lua cannot compute an HMAC).
//
// Usage: distinct SECRET UNIX-TIME [N] > requests.lua   (N defaults to 5000)
//
// It takes its arguments by position: only cmd/fundbot parses flags
// (internal/importtest).
package main

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"net/url"
	"os"
	"strconv"

	"github.com/fundbot/fundbot/tools/loadtest/questions"
)

func main() {
	args := os.Args[1:]
	var (
		ts  int64
		n   = 5000
		err error
	)
	if len(args) == 2 || len(args) == 3 {
		ts, err = strconv.ParseInt(args[1], 10, 64)
		if err == nil && len(args) == 3 {
			n, err = strconv.Atoi(args[2])
		}
	}
	if len(args) < 2 || len(args) > 3 || args[0] == "" || err != nil || ts <= 0 || n < 1 {
		fmt.Fprintln(os.Stderr, "usage: distinct SECRET UNIX-TIME [N] > requests.lua")
		os.Exit(2)
	}
	qs := questions.Distinct(n)
	if len(qs) < n {
		fmt.Fprintf(os.Stderr, "distinct: only %d distinct questions\n", len(qs))
		os.Exit(1)
	}
	if err := write(os.Stdout, args[0], ts, qs); err != nil {
		fmt.Fprintln(os.Stderr, "distinct:", err)
		os.Exit(1)
	}
}

// write writes the wrk script: the signed bodies, then the request
// function that rotates through them.
func write(w io.Writer, secret string, ts int64, qs [][2]string) error {
	stamp := strconv.FormatInt(ts, 10)
	if _, err := fmt.Fprintln(w, "local bodies, sigs = {}, {}"); err != nil {
		return err
	}
	for i, q := range qs {
		form := url.Values{
			"token": {"gIkuvaNzQIHg97ATvDxqgjtO"}, "team_id": {"T0001"}, "team_domain": {"example"},
			"channel_id": {"C2147483705"}, "channel_name": {"test"}, "user_id": {"U2147483697"},
			"user_name": {"Steve"}, "command": {q[0]}, "text": {q[1]}, "api_app_id": {"A123456"},
			"response_url": {fmt.Sprintf("https://hooks.slack.com/commands/T0001/%d/loadtest", i)},
			"trigger_id":   {fmt.Sprintf("%d.loadtest", i)},
		}
		body := form.Encode()
		mac := hmac.New(sha256.New, []byte(secret))
		io.WriteString(mac, "v0:"+stamp+":"+body)
		if _, err := fmt.Fprintf(w, "bodies[%d] = %q\nsigs[%d] = \"v0=%s\"\n", i+1, body, i+1, hex.EncodeToString(mac.Sum(nil))); err != nil {
			return err
		}
	}
	_, err := fmt.Fprintf(w, `local reqs = {}
init = function(args)
  for i = 1, #bodies do
    reqs[i] = wrk.format("POST", "/slack/events", {
      ["Content-Type"] = "application/x-www-form-urlencoded",
      ["X-Slack-Request-Timestamp"] = "%s",
      ["X-Slack-Signature"] = sigs[i],
    }, bodies[i])
  end
end
local i = math.random(#bodies)
request = function()
  i = i + 1
  return reqs[(i %% #reqs) + 1]
end
`, stamp)
	return err
}
