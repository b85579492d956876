package extract

import (
	"github.com/fundbot/fundbot/corpus"
	"github.com/fundbot/fundbot/internal/lazyre"
)

// channelRe names the organisation or scheme a part goes through:
// "through the World Food Programme (WFP)", "via UNICEF", "implemented by".
var channelRe = lazyre.New(`(?i)\b(?:through|via|channell?ed (?:to|through)|implemented by|by way of)\b`)

// fundOrChannelRe names a fund or a channel in a part's sentence.
var fundOrChannelRe = lazyre.New(`(?i)\b(?:fund|facility|appeal|through|via)\b`)

// siblingRe opens a part that is another share of the same whole: "The
// other DKK 25 million", "The remaining", "The rest".
var siblingRe = lazyre.New(`(?i)\b(?:the other|another|the remaining|the rest|the remainder|a further|an additional|additional)\b`)

// nestedParts keeps a place's part from being listed beside the parts it
// is made of. "EUR 4 million ... will be channelled to Ukraine. EUR 2
// million will be channelled to Ukraine through the World Food Programme.
// In addition, EUR 1 million ... through the Grain from Ukraine
// initiative": the smaller amounts that follow, for the same place, each
// through an organisation, are the EUR 4 million broken down by channel,
// not more money for Ukraine. Listed side by side they would read as EUR 7
// million. Such a sub-part keeps its recipient and loses the place, which
// the larger part already gives.
//
// A sub-part stands in the larger part's paragraph or the next, no part
// for another place between them, in the same currency, and all of them
// together add up to no more than the larger part.
func nestedParts(amounts []corpus.Fact) {
	for i := range amounts {
		parent := amounts[i]
		// The larger part goes to the place alone: one that names a fund
		// or an organisation ("DKK 35 million ... goes to the UN
		// humanitarian Countries Fund for Somalia") is a sibling of the
		// parts after it ("The other DKK 25 million goes to the WFP").
		if !isPlacePart(parent) || parent.Recipient != "" || len(orgMentions(parent.Sentence)) > 0 || fundOrChannelRe.MatchString(parent.Sentence) {
			continue
		}
		var subs []int
		sum := 0.0
		for j := i + 1; j < len(amounts); j++ {
			f := amounts[j]
			if f.Paragraph > parent.Paragraph+1 {
				break
			}
			if f.Context != "" || f.Total {
				continue
			}
			if !samePlace(f, parent) {
				if f.Country != "" || f.Region != "" {
					break
				}
				continue
			}
			if f.Amount.Currency != parent.Amount.Currency || siblingRe.MatchString(f.Sentence) || f.Amount.Period != parent.Amount.Period ||
				f.Amount.Value >= parent.Amount.Value || f.Recipient == "" && !channelRe.MatchString(f.Sentence) {
				subs = nil
				break
			}
			subs = append(subs, j)
			sum += f.Amount.Value
		}
		if len(subs) == 0 || sum > parent.Amount.Value*outsizedMargin {
			continue
		}
		for _, j := range subs {
			f := &amounts[j]
			f.Country, f.CountryName, f.Region = "", "", ""
		}
	}
}

// isPlacePart reports whether f is a part of the gift for a place.
func isPlacePart(f corpus.Fact) bool {
	return !f.Total && f.Context == "" && f.Amount != nil && (f.Country != "" || f.Region != "")
}

// samePlace reports whether a and b are for the same country or region.
func samePlace(a, b corpus.Fact) bool {
	return a.Country == b.Country && a.Region == b.Region
}
