package answer

import (
	"strings"

	"github.com/fundbot/fundbot/corpus"
	"github.com/fundbot/fundbot/internal/lazyre"
)

// smallTalk are the messages that are not questions, each with fundbot's
// one-line reply. A message matches when, lowered and without punctuation,
// it is one of the phrases (a mention alone is "help" and never small
// talk). Order does not matter: phrases do not overlap.
var smallTalk = []struct {
	phrases []string
	reply   string
}{
	{
		phrases: []string{"hi", "hello", "hey", "hiya", "howdy", "yo", "hi there", "hello there", "hey there",
			"good morning", "good afternoon", "good evening", "greetings", "bonjour", "hola"},
		reply: "Hello! I answer questions about humanitarian funding announced in press releases: try “How much did Japan give to IOM in 2011?”, `/funding Pakistan` or `/contact`, and `/funding help` for more.",
	},
	{
		phrases: []string{"thanks", "thank you", "thx", "ty", "cheers", "many thanks", "thanks a lot", "thank you very much",
			"great thanks", "ok thanks", "merci", "gracias"},
		reply: "You're welcome! Ask me anything else about the funding releases, or type `/funding help` to see what I can do.",
	},
}

// SmallTalk returns fundbot's one-line reply to a greeting or a thank-you,
// and whether text is one.
func SmallTalk(text string) (string, bool) {
	t := strings.ToLower(strings.TrimSpace(text))
	t = strings.Join(strings.Fields(strings.Map(func(r rune) rune {
		if strings.ContainsRune("!.,?:;()", r) {
			return ' '
		}
		return r
	}, t)), " ")
	t = strings.TrimSuffix(strings.TrimPrefix(t, "fundbot "), " fundbot")
	for _, s := range smallTalk {
		for _, p := range s.phrases {
			if t == p {
				return s.reply, true
			}
		}
	}
	return "", false
}

// followUps are the ways a message asks the previous question again about
// something else ("and Kenya?", "what about 2012?"); the subject is the
// first group.
var followUps = []*lazyre.Regexp{
	lazyre.New(`(?i)^\s*(?:and|and what about|what about|how about|and how about|same for|and for|now)\s+(.+?)\s*[?.!]*\s*$`),
}

// yearRE matches a year a question names.
var yearRE = lazyre.New(`\b(19|20)\d\d\b`)

// FollowUp turns a follow-up such as "and Kenya?" into the previous question
// asked about the new subject: after "How much does Pakistan get?" it is
// "How much does Kenya get?", after "/funding Pakistan" it is "/funding
// Kenya", and a year replaces the previous question's year. It reports
// false when text is not a follow-up.
func FollowUp(previous, text string) (string, bool) {
	previous = strings.TrimSpace(previous)
	var subject string
	for _, re := range followUps {
		if m := re.FindStringSubmatch(text); m != nil {
			subject = strings.TrimSpace(m[1])
			break
		}
	}
	if subject == "" || previous == "" {
		return "", false
	}
	if yearRE.MatchString(subject) && strings.TrimSpace(yearRE.FindString(subject)) == subject {
		if loc := yearRE.FindStringIndex(previous); loc != nil {
			return previous[:loc[0]] + subject + previous[loc[1]:], true
		}
	}
	for _, m := range corpus.Mentions(previous) {
		if m.Demonym {
			continue // "Japanese funding" names a donor by its adjective
		}
		return previous[:m.Start] + subject + previous[m.End:], true
	}
	if cmd, _, ok := strings.Cut(previous, " "); ok && strings.HasPrefix(cmd, "/") || strings.HasPrefix(previous, "/") && !strings.Contains(previous, " ") {
		if !ok {
			cmd = previous
		}
		return cmd + " " + subject, true
	}
	return subject, true
}

// seeAlsoCommand names, for help on one command, the other.
var seeAlsoCommand = map[string]string{
	"/funding": "Also: `/contact` finds press contacts (`/contact Tokyo`), and you can ask a question in your own words.",
	"/contact": "Also: `/funding` gives the figures the releases state (`/funding Pakistan`), and you can ask a question in your own words.",
}

// SeeAlso is, for help on one command, the line that points to the other;
// "" for any other answer.
func (a *Answer) SeeAlso() string {
	if a.Kind != KindHelp {
		return ""
	}
	cmd, _, _ := strings.Cut(strings.TrimSpace(a.Query), " ")
	return seeAlsoCommand[cmd]
}
