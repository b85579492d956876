package extract

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/fundbot/fundbot/internal/lazyre"
)

// Periods a release's funding is for, read from its title and announcing
// sentence only, where the years name what the money is for (corpus
// Release.Period). A body sentence that names two years ("in 2023 and 2024
// the agency served ...") is not read: it tells of what was done, not of
// the funding; nor is "since 2016" (a cumulative sum's start) or a range
// that dates an event ("the 2019-2021 drought").
var (
	// periodRangeRe names the years after a word that ties them to the
	// money: "for 2023-2025", "covering 2021–2023", "for the period
	// 2021/22", "over three years (2019-2021)", "from 2020 to 2022",
	// "fiscal year 2020-21".
	periodRangeRe = lazyre.New(`(?i)(?:\b(?:for|covering|over|spanning|throughout)\s+(?:the\s+(?:period|years)\s+|(?:the\s+)?(?:fiscal|financial)\s+years?\s+)?|\b(?:fiscal|financial)\s+years?\s+|\bFY\s?|\b(?:period|years)\s+(?:of\s+)?|\b(?:two|three|four|five|\d)[\s-]years?\s*\(\s*)((?:19|20)\d{2})\s*(?:[-–/]|\bto\b|\buntil\b|\bthrough\b|\bthru\b)\s*((?:19|20)\d{2}|\d{2})\b`)
	// periodFromRe names the years as "from 2020 to 2022" after the money.
	periodFromRe = lazyre.New(`(?i)\bfrom\s+((?:19|20)\d{2})\s+(?:to|until|through|till)\s+((?:19|20)\d{2})\b`)
	// periodPairRe names two years together: "for 2023 and 2024", "for
	// the years 2023 and 2024".
	periodPairRe = lazyre.New(`(?i)\bfor\s+(?:the\s+years\s+)?((?:19|20)\d{2})\s*(?:and|&)\s*((?:19|20)\d{2})\b`)
	// periodCountRe gives a count of years without naming them: "over the
	// next three years", "for the coming two years", "a three-year grant",
	// "a 4-year contribution".
	periodCountRe = lazyre.New(`(?i)\b(?:(?:over|for|during|in)\s+the\s+(?:next|coming|following)\s+(two|three|four|five|\d)\s+years\b|(?:over|for)\s+(two|three|four|five|\d)\s+years\b|\b(two|three|four|five|\d)[\s-]year\s+(?:grant|contribution|pledge|commitment|funding|agreement|partnership|allocation|programme|program|package|support|deal))`)
)

// periodInferredCheck opens the check reason of a period counted rather
// than named.
const periodInferredCheck = "period inferred: "

// fundPeriod returns the period ("2023-2024") the title or the announcing
// sentence states the release's funding for, its first year, and a check
// reason when the years are inferred rather than named: a count of years
// ("over the next three years") starting at the stated funding year, or,
// when none is stated, the publication year. year and stated are the
// funding year read so far; published the publication date.
func fundPeriod(title, lead string, year int, stated bool, published string) (period string, first int, check string) {
	for _, text := range []string{stripAmounts(title), stripAmounts(lead)} {
		text = comparedYearRe.ReplaceAllString(text, " ")
		text = earlierClauseRe.ReplaceAllString(text, " ")
		for _, re := range []*lazyre.Regexp{periodRangeRe, periodFromRe, periodPairRe} {
			m := re.FindStringSubmatch(text)
			if m == nil {
				continue
			}
			a, _ := strconv.Atoi(m[1])
			b, _ := strconv.Atoi(m[2])
			if b < 100 {
				b += a / 100 * 100
			}
			// "for 2023 and 2025" names two years apart, not a span; a
			// span of more than ten years is no funding period.
			if b <= a || b-a > 10 || re == periodPairRe && b != a+1 {
				return "", 0, ""
			}
			return fmt.Sprintf("%d-%d", a, b), a, ""
		}
	}
	for _, text := range []string{stripAmounts(title), stripAmounts(lead)} {
		m := periodCountRe.FindStringSubmatch(text)
		if m == nil {
			continue
		}
		w := strings.ToLower(m[1] + m[2] + m[3])
		n := int(smallNumbers[w])
		if n == 0 {
			n, _ = strconv.Atoi(w)
		}
		if n < 2 || n > 10 || year == 0 {
			return "", 0, ""
		}
		from := "the publication year"
		if stated {
			from = "the funding year the release states"
		} else if published == "" {
			return "", 0, ""
		}
		return fmt.Sprintf("%d-%d", year, year+n-1), year,
			fmt.Sprintf(periodInferredCheck+"%q counted from %s (%d); the release does not name the years", strings.TrimSpace(m[0]), from, year)
	}
	return "", 0, ""
}
