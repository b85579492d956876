package corpus

import (
	"strings"
	"sync"
)

// Sector is what a part of the money is for, as a kind of humanitarian
// work: its label, kept as specific as the release is ("maternal health",
// "child protection"), and the broad sector it belongs to ("health",
// "protection"), which a question naming the broad sector covers.
type Sector struct {
	Label  string
	Family string
}

// sectorRow is one row of the sector table: a sector and the terms
// releases use for it, matched folded and as whole words. A term written
// in capitals ("WASH", "GBV") matches only as written.
type sectorRow struct {
	Sector
	terms []string
}

// sectorRows is the sector vocabulary. The first term of a row is its
// label. Where terms overlap, the longest one in a text wins ("mine risk
// education" is mine action, not education). Qualifiers such as
// "emergency" or "life-saving" are no part of a term: extraction reads
// past them, and a term that held one would hide a longer term after it
// ("emergency food and nutrition assistance").
var sectorRows = []sectorRow{
	{Sector{"food assistance", "food"}, []string{"food assistance", "food aid", "food", "food distribution", "food distributions", "food rations", "food parcels", "food baskets", "food vouchers", "in-kind food", "food relief"}},
	{Sector{"food and nutrition assistance", "food"}, []string{"food and nutrition assistance", "food and nutritional assistance", "food and nutrition support", "food and nutrition", "food assistance and nutrition", "food aid and nutrition", "nutrition and food assistance"}},
	{Sector{"food security", "food"}, []string{"food security", "food security and livelihoods", "food and nutrition security"}},
	{Sector{"school feeding", "food"}, []string{"school feeding", "school meals"}},
	{Sector{"health", "health"}, []string{"health", "health care", "healthcare", "health services", "health assistance", "primary health care", "medical", "medical care", "medical assistance", "medical supplies", "medicines", "medical equipment", "hospitals", "health facilities", "health centres", "health centers", "clinics"}},
	{Sector{"maternal health", "health"}, []string{"maternal health", "maternal and newborn health", "maternal and child health", "maternal, newborn and child health", "safe motherhood", "midwifery"}},
	{Sector{"reproductive health", "health"}, []string{"reproductive health", "sexual and reproductive health", "family planning"}},
	{Sector{"UNFPA Supplies", "health"}, []string{"UNFPA Supplies"}},
	{Sector{"epidemic response", "health"}, []string{"epidemic response", "outbreak response", "Ebola response", "cholera response", "COVID-19 response", "disease outbreak response"}},
	{Sector{"vaccination", "health"}, []string{"vaccination", "vaccinations", "vaccine", "vaccines", "immunization", "immunisation"}},
	{Sector{"HIV/AIDS", "health"}, []string{"HIV/AIDS", "HIV", "HIV and AIDS", "HIV/AIDS prevention and treatment", "HIV prevention"}},
	{Sector{"mental health", "health"}, []string{"mental health", "psychosocial support", "mental health and psychosocial support", "MHPSS", "psychosocial care", "psychosocial services"}},
	{Sector{"nutrition", "nutrition"}, []string{"nutrition", "nutrition assistance", "nutrition support", "nutritional support", "malnutrition", "treatment of malnutrition", "malnutrition treatment", "therapeutic feeding", "therapeutic food", "ready-to-use therapeutic food", "RUTF", "micronutrients", "micronutrient supplements"}},
	{Sector{"water, sanitation and hygiene", "water, sanitation and hygiene"}, []string{"water, sanitation and hygiene", "WASH", "water and sanitation", "water", "clean water", "safe water", "drinking water", "water supply", "sanitation", "hygiene", "hygiene kits", "latrines", "water trucking", "sanitation facilities"}},
	{Sector{"shelter", "shelter"}, []string{"shelter", "shelters", "shelter assistance", "shelter kits", "housing"}},
	{Sector{"shelter and non-food items", "shelter"}, []string{"shelter and non-food items", "shelter and NFIs", "shelter and NFI"}},
	{Sector{"winterization", "shelter"}, []string{"winterization", "winterisation", "winter assistance"}},
	{Sector{"non-food items", "non-food items"}, []string{"non-food items", "NFIs", "NFI", "core relief items", "relief items", "household items"}},
	{Sector{"protection", "protection"}, []string{"protection", "protection services", "protection assistance", "refugee protection"}},
	{Sector{"child protection", "protection"}, []string{"child protection", "protecting children", "protection of children", "children's protection"}},
	{Sector{"gender-based violence", "protection"}, []string{"gender-based violence", "GBV", "SGBV", "sexual and gender-based violence", "violence against women", "violence against women and girls"}},
	{Sector{"counter-trafficking", "protection"}, []string{"counter-trafficking", "anti-trafficking", "combating trafficking", "human trafficking"}},
	{Sector{"education", "education"}, []string{"education", "schooling", "schools", "education in emergencies", "school supplies", "learning materials", "teacher training", "non-formal education", "informal education"}},
	{Sector{"cash assistance", "cash assistance"}, []string{"cash assistance", "cash transfers", "cash transfer", "cash-based assistance", "cash-based transfers", "cash grants", "multipurpose cash", "multi-purpose cash", "multipurpose cash assistance", "multi-purpose cash assistance", "cash and voucher assistance"}},
	{Sector{"logistics", "logistics"}, []string{"logistics", "logistics support", "supply chain"}},
	{Sector{"humanitarian air service", "logistics"}, []string{"humanitarian air service", "UN Humanitarian Air Service", "UNHAS", "air service", "air operations"}},
	{Sector{"emergency telecommunications", "logistics"}, []string{"emergency telecommunications"}},
	{Sector{"core funds", "core funds"}, []string{"core funds", "core funding", "core resources", "core support", "core contribution", "core contributions", "unearmarked", "unearmarked funds", "unearmarked funding", "unearmarked support", "unearmarked contribution", "unearmarked contributions", "non-earmarked", "non-earmarked funds", "non-earmarked funding", "non-earmarked contribution", "un-earmarked", "flexible funding", "regular resources"}},
	{Sector{"mine action", "mine action"}, []string{"mine action", "demining", "humanitarian demining", "mine clearance", "landmine clearance", "explosive ordnance disposal", "mine risk education", "explosive ordnance risk education"}},
	{Sector{"livelihoods", "livelihoods"}, []string{"livelihoods", "livelihood", "livelihood support", "income generation", "income-generating activities", "cash-for-work", "cash for work", "vocational training"}},
	{Sector{"early recovery", "early recovery"}, []string{"early recovery"}},
	{Sector{"agriculture", "agriculture"}, []string{"agriculture", "agricultural inputs", "seeds and tools", "farming", "livestock", "seeds", "seed support", "seeds and fertilizers", "seeds and fertilisers", "fertilizer", "fertiliser"}},
	{Sector{"camp management", "camp management"}, []string{"camp management", "camp coordination and camp management", "CCCM", "site management"}},
	{Sector{"humanitarian coordination", "humanitarian coordination"}, []string{"humanitarian coordination", "coordination services"}},
	{Sector{"disaster risk reduction", "disaster risk reduction"}, []string{"disaster risk reduction", "DRR", "disaster preparedness", "emergency preparedness", "preparedness", "anticipatory action", "early warning"}},
	{Sector{"rapid response", "rapid response"}, []string{"rapid response", "rapid response mechanism"}},
	{Sector{"governance", "governance"}, []string{"governance", "good governance"}},
	{Sector{"resettlement", "resettlement"}, []string{"resettlement", "refugee resettlement"}},
	{Sector{"return and reintegration", "return and reintegration"}, []string{"return and reintegration", "voluntary return", "voluntary returns", "assisted voluntary return", "reintegration"}},
	{Sector{"migration management", "migration management"}, []string{"migration management", "border management"}},
	{Sector{"reconstruction", "reconstruction"}, []string{"reconstruction"}},
}

// notSectors are phrases that hold a sector's term and name no sector but
// a need or a cause: "food crises" are what the money answers, not food
// assistance.
var notSectors = []string{
	"food crisis", "food crises", "food insecurity", "food insecure", "food shortage", "food shortages",
	"food price", "food prices", "water levels", "health crisis",
	// Names the organisations table does not hold: a fund, a donor's
	// department, a service that is a recipient.
	// Protection of things, land or income, not of people at risk:
	// "flood protection", "risk protection" (insurance), "social
	// protection" (welfare schemes).
	"flood protection", "coastal protection", "risk protection", "crop protection", "environmental protection",
	"social protection", "financial protection", "data protection",
	"civil protection", "Education Cannot Wait", "Global Partnership for Education", "Mine Action Service",
}

// sectorTable indexes sectorRows by folded term. Names of organisations
// and donor bodies, and notSectors, are in it too, as shields: a term
// inside one ("World Health Organization", "European Civil Protection
// ...", "food crises") names no sector.
type sectorTable struct {
	byTerm   map[string]int    // folded term -> row, or -1 for a shield
	capOnly  map[string]string // folded term -> the only way it is written
	first    map[string]bool   // folded word prefixes of every term and shield
	maxWords int
}

var sectors = sync.OnceValue(func() *sectorTable {
	t := &sectorTable{byTerm: map[string]int{}, capOnly: map[string]string{}, first: map[string]bool{}}
	add := func(term string, row int) {
		f := Fold(term)
		if _, ok := t.byTerm[f]; ok {
			return
		}
		t.byTerm[f] = row
		if row >= 0 && strings.ToUpper(term) == term {
			t.capOnly[f] = term
		}
		ws := strings.Fields(f)
		t.maxWords = max(t.maxWords, len(ws))
		for i := range ws {
			t.first[strings.Join(ws[:i+1], " ")] = true
		}
	}
	for i, r := range sectorRows {
		for _, term := range append([]string{r.Label}, r.terms...) {
			add(term, i)
		}
	}
	for _, n := range notSectors {
		add(n, -1)
	}
	for _, o := range organisations {
		for _, n := range o.Names {
			// Either spelling: "World Health Organisation".
			add(n, -1)
			add(strings.ReplaceAll(n, "Organization", "Organisation"), -1)
		}
	}
	for _, b := range donorBodies {
		if strings.Contains(b.Name, " ") {
			add(b.Name, -1)
		}
	}
	return t
})

// LookupSector finds the sector a term or label stands for ("food aid",
// "maternal health", "WASH").
func LookupSector(s string) (Sector, bool) {
	t := sectors()
	f := Fold(s)
	row, ok := t.byTerm[f]
	if !ok || row < 0 {
		return Sector{}, false
	}
	if c, cap := t.capOnly[f]; cap && strings.TrimSpace(s) != c {
		return Sector{}, false
	}
	return sectorRows[row].Sector, true
}

// SectorMention is a sector named in a text, with the byte span of the
// term that names it.
type SectorMention struct {
	Start, End int
	Sector     Sector
}

// SectorMentions returns the sectors a text names, in order, the longest
// term where terms overlap, leaving out words inside an organisation's or
// a donor body's name.
func SectorMentions(text string) []SectorMention {
	t := sectors()
	ws := words(text)
	var out []SectorMention
	for i := 0; i < len(ws); {
		n, row := t.longest(text, ws[i:])
		switch {
		case n == 0:
			i++
		case row < 0:
			i += n // a shield: skip the whole name
		default:
			out = append(out, SectorMention{Start: ws[i].start, End: ws[i+n-1].end, Sector: sectorRows[row].Sector})
			i += n
		}
	}
	return out
}

// longest returns how many of the words ws start a term or shield, the
// longest one, and its row; 0 words if none.
func (t *sectorTable) longest(text string, ws []word) (n, row int) {
	key := ""
	for k := 0; k < len(ws) && k < t.maxWords; k++ {
		if k > 0 {
			key += " "
		}
		key += ws[k].fold
		if !t.first[key] {
			break
		}
		r, ok := t.byTerm[key]
		if !ok {
			continue
		}
		if c, cap := t.capOnly[key]; cap && text[ws[0].start:ws[k].end] != c {
			continue
		}
		n, row = k+1, r
	}
	return n, row
}

// SectorCovers reports whether a part stated for the sector stated is
// within the sector a question asks about: the same sector ("food aid"
// and "food assistance"), or any sector of the broad one asked for
// ("health" covers "maternal health"). Terms the table does not know are
// compared as folded words: "adolescents" covers "adolescents".
func SectorCovers(asked, stated string) bool {
	a, aok := LookupSector(asked)
	s, sok := LookupSector(stated)
	if !aok || !sok {
		fa, fs := Fold(asked), Fold(stated)
		return fa != "" && strings.Contains(" "+fs+" ", " "+fa+" ")
	}
	if a.Label == s.Label {
		return true
	}
	broad := a.Label == a.Family || Fold(asked) == Fold(a.Family)
	return broad && a.Family == s.Family
}
