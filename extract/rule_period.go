package extract

import (
	"strings"

	"github.com/fundbot/fundbot/internal/lazyre"

	"github.com/fundbot/fundbot/corpus"
)

// periodAfterRe follows an amount stated per period: "NOK 237 million a
// year", "EUR 5 million annually", "$2 million per month", "USD 1 million
// for each of the next three years"; a conversion in brackets may stand
// between ("NOK 237 million (USD 28 million) a year").
var periodAfterRe = lazyre.New(`(?i)^\)?\s*(?:\([^()]{0,40}\)\s*)?(?:(?:a|per|each|every)\s+(year|month)|for\s+each\s+of\s+the\s+(?:next|coming|following)\s+\S+\s+(year)s|(annually|yearly|per\s+annum|monthly))\b([\s,]+\p{L}+)?`)

// periodBeforeRe stands just before an amount stated per year: "an annual
// USD 5 million", "a yearly $2 million".
var periodBeforeRe = lazyre.New(`(?i)\b(?:an\s+annual|a\s+yearly|annually|yearly|an\s+additional\s+annual)\s+$`)

// notPeriodWords after "a year" make it a time, not a period: "a year
// ago", "a year earlier".
var notPeriodWords = map[string]bool{"ago": true, "earlier": true, "before": true, "later": true, "after": true}

// amountPeriod returns the period the sentence s states the amount at
// [start, end) per (corpus.PeriodYear or corpus.PeriodMonth), or "" for
// an amount given once. A span of years after it ("a year for 2016-2019")
// does not change the amount: it is the amount as stated, per year.
func amountPeriod(s string, start, end int) string {
	if m := periodAfterRe.FindStringSubmatch(s[end:]); m != nil {
		if next := strings.ToLower(strings.Trim(m[4], " ,")); notPeriodWords[next] {
			return ""
		}
		switch unit := strings.ToLower(m[1] + m[2] + m[3]); {
		case unit == "month" || unit == "monthly":
			return corpus.PeriodMonth
		default:
			return corpus.PeriodYear
		}
	}
	if periodBeforeRe.MatchString(s[:start]) {
		return corpus.PeriodYear
	}
	return ""
}
