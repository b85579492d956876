// Package questions holds the load test's rotation of distinct questions:
// slash commands made from the donors, recipients, countries and years of
// the synthetic corpus (corpustest) and of the seed release, every one a
// different question, so that with more of them than the bot's reply cache
// holds every answer is computed. tools/loadtest/distinct signs them for
// wrk; the bot's BenchmarkHandlerDistinct sends them in-process.
package questions

import "strconv"

var (
	donors = []string{
		"Japan", "United States", "United Kingdom", "Germany", "Canada", "Australia", "Norway", "Sweden",
		"Denmark", "Netherlands", "Switzerland", "European Union", "Republic of Korea", "France", "Italy",
	}
	recipients = []string{"IOM", "UNHCR", "WFP", "UNICEF", "WHO", "UNFPA", "FAO"}
	countries  = []string{
		"Afghanistan", "Bangladesh", "Burkina Faso", "Chad", "Colombia", "Ethiopia", "Haiti", "Iraq",
		"Jordan", "Kenya", "Kyrgyzstan", "Lebanon", "Mali", "Myanmar", "Nepal", "Niger", "Nigeria",
		"Pakistan", "Philippines", "Rwanda", "Somalia", "South Sudan", "Sri Lanka", "Sudan", "Syria",
		"Tajikistan", "Tanzania", "Uganda", "Ukraine", "Yemen",
	}
)

// Distinct returns n distinct slash commands (command, text), or fewer
// when the shapes run out.
func Distinct(n int) [][2]string {
	var out [][2]string
	seen := map[[2]string]bool{}
	add := func(cmd, text string) {
		q := [2]string{cmd, text}
		if len(out) < n && !seen[q] {
			seen[q] = true
			out = append(out, q)
		}
	}
	for year := 2005; len(out) < n && year <= 2025; year++ {
		y := strconv.Itoa(year)
		for i, d := range donors {
			add("/funding", "How much did "+d+" give to "+recipients[(i+year)%len(recipients)]+" in "+y+"?")
			add("/funding", d+" "+y)
		}
		for _, c := range countries {
			add("/funding", c+" "+y)
			add("/funding", "How much does "+c+" get in "+y+"?")
		}
		for _, r := range recipients {
			add("/contact", r+" "+y)
		}
	}
	for i := 0; len(out) < n; i++ { // past the combinations above: more donor, recipient and year triples
		d, r := donors[i%len(donors)], recipients[(i/len(donors))%len(recipients)]
		y := strconv.Itoa(2005 + (i/(len(donors)*len(recipients)))%21)
		add("/funding", "What did "+d+" give "+r+" in "+y+"?")
		add("/funding", d+" "+r+" "+y)
		if i > 100*n {
			break
		}
	}
	return out
}
