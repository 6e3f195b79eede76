import type { Fact } from './facts';

/**
 * Ports: a place where a ship docks, calls or sails from is a harbour town, and an inland city
 * in its place ("docked in Atlanta") or a small town near it that no ship reaches ("the stop in
 * Motul" for Cozumel) is absurd (QUALITY.md R8; the holdout36 reader's). No list here tells a
 * coast from inland, so a port's options are only the places the article itself names as ports.
 */

// a sentence about a ship or a voyage
const SHIP = /\b(?:ships?|vessels?|cruises?|liners?|ferr(?:y|ies)|boats?|yachts?|tankers?|freighters?|voyages?|sailings?|sailed|harbou?rs?|ports?)\b/i;
// the verb or noun that puts a ship in a port, right before the place or a list of places
const PORT_VERB = /\b(?:dock(?:s|ed|ing)?|berth(?:s|ed|ing)?|moor(?:s|ed|ing)?|anchor(?:s|ed|ing)?|call(?:s|ed|ing)?|stops?|stopp(?:ed|ing)|stopover|put in|sail(?:s|ed|ing)?|set sail|depart(?:s|ed|ing)?|left|leaves|leaving|arriv(?:e|es|ed|ing)|return(?:s|ed|ing)?|bound|ports? of call|port of|harbou?r of)\s(?:(?:in|at|from|to|into|for|off)\s)?(?:the\s(?:port|harbou?r)\sof\s)?/gi;
// between a port verb and a later place of its list: names, commas, semicolons and "and"
const LIST_GAP = /^(?:[\s,;]|\band\b|\bthen\b|\bin\b|\bthe\b|\p{Lu}[\p{L}\p{M}'’.-]*)*$/u;

/** Is the place fact `fact` of `sentenceText` where a ship docks, calls or sails from or to ("docked in ___", "called at Cozumel, Mexico; George Town ...; and ___")? */
export function isPortSlot(sentenceText: string, fact: Fact): boolean {
	if (fact.type !== 'place' || !SHIP.test(sentenceText)) return false;
	const before = sentenceText.slice(0, fact.span.start);
	for (const m of before.matchAll(PORT_VERB)) if (LIST_GAP.test(before.slice(m.index + m[0].length))) return true;
	return false;
}

/** The names (lower-case) of the towns and cities the article names as ports (`isPortSlot`), from its sentences and their facts. */
export function portsIn(sentences: readonly { text: string; facts: readonly Fact[] }[]): Set<string> {
	const ports = new Set<string>();
	for (const s of sentences) for (const f of s.facts) if ((f.level === 'city' || f.level === 'town') && isPortSlot(s.text, f)) ports.add(f.text.toLowerCase());
	return ports;
}
