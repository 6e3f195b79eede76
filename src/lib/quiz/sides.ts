import type { Article } from './types';
import { quotedAt } from './quoted-at';

/**
 * "The hosts", "the home side" and "the visitors" of a match report (QUALITY.md R4): a stem that
 * keeps them leans on the article for who played at home, so they are written as the team the
 * article shows to be at home or away, and a stem where no team can be shown keeps them for the
 * R4 check to refuse. The rule applies: resolve only when exactly one referent fits.
 */

/** The teams of a match report: the one at home and the one away, as the article names them. */
export interface Sides {
	home: string;
	away: string;
}

const NAME = String.raw`\p{Lu}[\p{L}\p{M}’'.-]+(?: (?:&|and|\p{Lu}[\p{L}\p{M}’'.-]+)){0,3}`;
// a line-up paragraph: "Stockport County: Kettle; Hollis, Adjei, Brennan, Reid; Mbemba, ..."
const LINE_UP = new RegExp(String.raw`^(${NAME}): [^;]+;[^;]+;`, 'u');
// "the hosts, Stockport County," "hosts Stockport", "Stockport, the hosts,"
const NAMED_HOSTS = new RegExp(String.raw`\b(?:the )?hosts,? (${NAME})|(${NAME}), the hosts\b`, 'gu');
/** The words that stand for the team at home or away; none names its team. */
export const SIDE_WORDS = /\b([Tt]he) (hosts|home side|home team|visitors|away side|away team)\b(?! (?:to|from|of|who|that)\b)(?!,? \p{Lu})/gu;

/** `SIDE_WORDS` without the global flag, for a stateless test of a stem (a global regex keeps `lastIndex` between calls). */
export const HAS_SIDE_WORD = new RegExp(SIDE_WORDS.source, 'u');

/**
 * The home and away teams of a match report: the two line-up paragraphs ("Team: Keeper;
 * defenders; ..."), which by the British convention list the home team first, or a team the
 * article calls the hosts by name ("the hosts, Stockport County"), the other line-up team being
 * away. Undefined when the article has neither, or names two different hosts.
 */
export function matchSides(article: Article): Sides | undefined {
	const teams = article.paragraphs.map((p) => LINE_UP.exec(p)?.[1]).filter((t): t is string => t !== undefined);
	const hosts = new Set<string>();
	for (const p of article.paragraphs) for (const m of p.matchAll(NAMED_HOSTS)) hosts.add(m[1] ?? m[2]);
	if (hosts.size > 1) return undefined;
	const [named] = [...hosts];
	if (teams.length !== 2 || teams[0] === teams[1]) return undefined;
	// a team called the hosts by name must be one of the line-ups, and then it is the home one
	if (named !== undefined) {
		const home = teams.find((t) => t === named || t.startsWith(`${named} `));
		return home ? { home, away: teams.find((t) => t !== home)! } : undefined;
	}
	return { home: teams[0], away: teams[1] };
}

// "the visitors' manager", "the hosts’ second goal": the plural sides with a possessive's bare apostrophe
const SIDE_POSSESSIVE = /\b([Tt]he) (hosts|visitors)(['’])(?![\p{L}\p{M}])/gu;

/**
 * The stem with each "the hosts", "the home side", "the visitors" written as its team's name
 * ("The hosts made a bright start" → "Stockport County made a bright start"); unchanged when
 * `sides` is undefined or the stem has none. "the home side's" keeps its possessive.
 */
export function nameSides(stem: string, sides: Sides | undefined): string {
	if (!sides) return stem;
	// "The visitors' manager": a plural's bare apostrophe is no possessive of a name that ends in no "s"
	// ("Millbrook United' manager", the holdout182 reader's R1), so the possessive is written for the name
	const owned = stem.replace(SIDE_POSSESSIVE, (whole, _the: string, side: string, mark: string, at: number) => {
		if (quotedAt(stem, at)) return whole;
		const team = side === 'hosts' ? sides.home : sides.away;
		return /s$/.test(team) ? `${team}${mark}` : `${team}${mark}s`;
	});
	// inside a direct quote the speaker's words stay theirs (R6)
	return owned.replace(SIDE_WORDS, (whole, _the: string, side: string, at: number) => {
		if (quotedAt(owned, at)) return whole;
		return /^(?:hosts|home)/.test(side) ? sides.home : sides.away;
	});
}

/** A written item with its stem and a true/false item's false stem passed through `nameSides`. */
export function nameSidesIn<W extends { stem: string; falseStem?: string }>(written: W, sides: Sides | undefined): W {
	if (!sides) return written;
	return { ...written, stem: nameSides(written.stem, sides), ...(written.falseStem === undefined ? {} : { falseStem: nameSides(written.falseStem, sides) }) };
}

const TEAM = String.raw`\p{Lu}\p{L}+(?: \p{Lu}\p{L}+)?`;
// "India take 1-0 lead over Australia", "Leeds beat Hull": two teams the headline sets against each other
const HEADLINE_PAIR = new RegExp(String.raw`(?<![\p{L}’'])(${TEAM}) (?:[\p{Ll}\d-]+ ){0,3}?(?:over|against|beat|beats|v|vs|edge|edges|down|downs|thrash|thrashes|draw with|hold) (${TEAM})(?![\p{L}’'])`, 'u');
// "The teams now travel ...", "Both sides will meet again ...": the two sides of the match, not named
const BOTH_TEAMS = /^(?:The (?:two )?|Both )(?:teams|sides)\b(?![’'])/;

/**
 * The stem with an opening "The teams", "The two sides", "Both teams" written as the two teams
 * the headline sets against each other ("... as India take 1-0 lead over Australia": "The teams
 * now travel to ..." → "India and Australia now travel to ..."; QUALITY.md R4), when the
 * headline has one such pair; the stem unchanged otherwise, for the R4 check to refuse.
 */
export function nameHeadlineTeams(title: string, stem: string): string {
	const m = BOTH_TEAMS.exec(stem);
	const pair = m ? HEADLINE_PAIR.exec(title) : null;
	if (!m || !pair || pair[1] === pair[2]) return stem;
	return `${pair[1]} and ${pair[2]}${stem.slice(m[0].length)}`;
}
