/**
 * The value of each scale word a figure may carry, by its lower-case spelling: "million" and "m",
 * "bn", Malaysian copy's "mil" and "bil", South Asian "lakh" and "crore" ("₹86 crore" is 860 million
 * rupees). Shared by the fact reader (facts.ts) and the headline mask (masked-headline.ts), so that
 * both read "€48.5m" as the same amount.
 */
export const SCALES: Record<string, number> = {
	thousand: 1e3,
	k: 1e3,
	million: 1e6,
	m: 1e6,
	mn: 1e6,
	billion: 1e9,
	bn: 1e9,
	trillion: 1e12,
	tn: 1e12,
	// Malaysian copy's "RM1mil", "RM2.3bil"
	mil: 1e6,
	bil: 1e9,
	// South Asian scale words: a lakh is 100,000, a crore 10 million ("₹86 crore" is 860 million rupees)
	lakh: 1e5,
	crore: 1e7,
	'lakh crore': 1e12
};
