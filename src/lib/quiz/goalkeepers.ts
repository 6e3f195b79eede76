import { familyNameLeads } from './person-options';
import { escapeRe, keptPerText } from './words';

const NAME_WORD = String.raw`\p{Lu}[\p{L}\p{M}’'-]+`;
// "goalkeeper", "keeper", "goalie"; no "zookeeper", "wicketkeeper" nor "wicket-keeper", whose holders play another game
// (capitalised to open a sentence too: "Goaltender Park Min-jun made 38 saves")
const KEEPER = String.raw`(?<![\p{L}-])(?:[Gg]oalkeeper|[Kk]eeper|[Gg]oalie|[Gg]oaltender)`;
// "goalkeeper Tobias Henke", "the Everton goalkeeper, Liam Harrower"
const KEEPER_BEFORE = new RegExp(String.raw`${KEEPER},?\s((?:${NAME_WORD}\s){0,2}${NAME_WORD})`, 'gu');
// "Harrower, the Everton keeper", "Ana Ruiz, their first-choice goalkeeper"
const KEEPER_AFTER = new RegExp(String.raw`(${NAME_WORD}),\s(?:the|a|an|their|his|her|its)\s(?:[\p{L}’'-]+\s){0,3}${KEEPER}\b`, 'gu');
// "Everton: Harrower; Coyle, Kinsella, ...": a team sheet lists its goalkeeper first, alone before the semicolon
const LINE_UP = new RegExp(String.raw`^[^\n:]{2,40}:\s((?:${NAME_WORD}\s){0,2}${NAME_WORD});`, 'gmu');

/**
 * The surnames of the goalkeepers an article names: after a keeper's noun ("goalkeeper Tobias
 * Henke", "the visitors' keeper, Liam Harrower"), before an appositive that calls them one ("Ana
 * Ruiz, their first-choice goalkeeper"), or first on a team sheet ("Everton: Harrower; Coyle,
 * ..."). A keeper keeps goal and takes no corners, and an outfield player makes no saves, so a
 * person's options keep the key's side of that line (QUALITY.md R8: a person of a similar role;
 * the holdout110 reader's R8, two goalkeepers offered as the taker of a corner). Takes the
 * article's text; returns an empty set when it names no goalkeeper.
 */
export function goalkeepersOf(text: string): ReadonlySet<string> {
	// each person fact of an article asks again: the one article read last is kept
	if (last?.text === text) return last.keepers;
	const keepers = new Set<string>();
	for (const pattern of [KEEPER_BEFORE, KEEPER_AFTER, LINE_UP]) {
		// "goaltender Park Min-jun", written family name first, goes by "Park" (`familyNameLeads`)
		for (const m of text.matchAll(pattern)) keepers.add(familyNameLeads(m[1]) ? m[1].split(' ')[0] : m[1].split(' ').pop()!);
	}
	last = { text, keepers };
	return keepers;
}

let last: { text: string; keepers: ReadonlySet<string> } | undefined;

// "Kestrel Town: Nowicki; Webb, Farrow, ...": a team sheet, its team before the colon and two semicolons after it
const TEAM_SHEET = /^([^\n:;,]{2,40}):\s([^\n]*;[^\n]*;[^\n]*)$/gmu;
// the positions and offices of a team's people, after the team's name ("Kestrel goalkeeper", "Marlow manager")
const TEAM_ROLE = String.raw`(?:goalkeeper|keeper|goalie|goaltender|netminder|striker|forward|midfielder|defender|winger|full-back|centre-back|center-back|left-back|right-back|wing-back|captain|skipper|substitute|playmaker|defenceman|defenseman|manager|coach|head coach|boss|lock|prop|hooker|flanker|fly-half|scrum-half|wing|centre|center|director of rugby)`;
// "Kestrel goalkeeper Tomasz Nowicki", "the Marlow manager, Steve Crane"
const TEAM_BEFORE = new RegExp(String.raw`(?<![\p{L}’'-])((?:${NAME_WORD}\s){0,2}${NAME_WORD})\s${TEAM_ROLE},?\s((?:${NAME_WORD}\s){0,2}${NAME_WORD})`, 'gu');
// "Farrow, the Kestrel captain"
const TEAM_AFTER = new RegExp(String.raw`(${NAME_WORD}),\s(?:the|their)\s((?:${NAME_WORD}\s){0,2}${NAME_WORD})\s${TEAM_ROLE}\b`, 'gu');

/**
 * The team of each player, keeper and manager a match report tells, by surname: from its team
 * sheets ("Kestrel Town: Nowicki; Webb, Farrow, ...") and from a team's name written before a
 * position or office ("Kestrel goalkeeper Tomasz Nowicki", "Farrow, the Kestrel captain"), a
 * short name filed under the sheet's longer one ("Kestrel" under "Kestrel Town"). A corner is
 * taken, a penalty saved and a goal levelled by someone of one side, so a person's options keep
 * the key's team (QUALITY.md R8: a person of a similar role; a strict reader's R8 on session
 * 37's holdouts, a corner-taker offered from the other team). A surname told of two teams is
 * left out; the map is empty when the article tells no team.
 */
export function teamsOf(text: string): ReadonlyMap<string, string> {
	return teamsRead(text).teams;
}

// the teams by surname and the team each written name stands for, read once per article text
const teamsRead = keptPerText((text: string) => {
	const sheets = [...text.matchAll(TEAM_SHEET)].map((m) => ({ team: m[1].trim(), names: m[2] }));
	// "Kestrel" of "Kestrel Town", "Halifax" of "FC Halifax Town": a short name stands for the sheet's team it is part of
	const teamOf = (name: string) => sheets.find((s) => ` ${s.team} `.includes(` ${name} `))?.team ?? name;
	const found = new Map<string, Set<string>>();
	const names = new Map<string, string>(sheets.map((s) => [s.team, s.team]));
	const file = (surname: string, written: string) => {
		const team = teamOf(written);
		names.set(written, team);
		found.set(surname, (found.get(surname) ?? new Set()).add(team));
	};
	for (const { team, names: sheet } of sheets) for (const m of sheet.matchAll(new RegExp(NAME_WORD, 'gu'))) file(m[0], team);
	// "Severnside's director of rugby, Gareth Llewellyn": the team is the same, owning its people
	for (const m of text.matchAll(TEAM_BEFORE)) if (!/^(?:The|A|An|His|Her|Their)$/.test(m[1])) file(m[2].split(' ').pop()!, m[1].replace(/^(?:The|A|An|His|Her|Their)\s/, '').replace(/[’']s?$/, ''));
	for (const m of text.matchAll(TEAM_AFTER)) file(m[1], m[2]);
	const teams = new Map([...found].filter(([, t]) => t.size === 1).map(([surname, t]) => [surname, [...t][0]]));
	return { teams: teams as ReadonlyMap<string, string>, names: names as ReadonlyMap<string, string> };
}, 8);

// built once, not per call: V8 drops a `new RegExp` from its cache after two major GCs and compiles it again, which for a Unicode class costs milliseconds
const TEAM_ROLE_BEFORE = new RegExp(String.raw`((?:${NAME_WORD}\s){0,2}${NAME_WORD})\s${TEAM_ROLE},?\s$`, 'u');

/**
 * The team a sentence names right before a person's slot with a position or office ("Severnside
 * lock ___", "the Wolves goalie ___"), as its team sheet writes it, when the article tells who
 * plays for it (`teamsOf`); undefined otherwise. The slot's person is one of that team, so a
 * person of the other team, or one whose team the article never tells, is ruled out by the stem
 * itself (a dev156s reader's R8: "Severnside lock ___" with Glanmor's players among its options).
 * Takes the article's text and the sentence up to the slot.
 */
export function teamBefore(text: string, before: string): string | undefined {
	const m = TEAM_ROLE_BEFORE.exec(before);
	if (!m) return undefined;
	const { teams, names } = teamsRead(text);
	const team = names.get(m[1].replace(/^(?:The|A|An|His|Her|Their)\s/, '').replace(/[’']s?$/, ''));
	return team !== undefined && [...teams.values()].includes(team) ? team : undefined;
}

// "coach Dale Whitcombe pulled ", "manager Ruth Baines took off ": a team's coach acting on one of the players he picks
const COACH_ACTS = new RegExp(String.raw`\b(?:[Cc]oach|[Mm]anager|[Bb]oss|[Hh]ead coach)\s(?:${NAME_WORD}\s){0,2}(${NAME_WORD})\s(?:pulled|benched|substituted|replaced|dropped|rested|recalled|subbed|took\soff|brought\son|sent\son|sent\sout|started)\s$`, 'u');

/**
 * Whose team a slot's person plays for when a coach acts on them ("Coach Dale Whitcombe pulled
 * ___ for an extra attacker"): the coach's team, by `teamsOf`; null when the article does not tell
 * the coach's team, so no other person is surely none of his players; undefined when no coach acts
 * on the slot. A coach pulls, benches or brings on only his own players, so one of the other team
 * makes a false statement absurd (a dev157s reader's R8: the other side's forward "pulled" for an
 * extra attacker). Takes the article's text and the sentence up to the slot.
 */
export function coachedTeam(text: string, before: string): string | null | undefined {
	const coach = COACH_ACTS.exec(before)?.[1];
	if (coach === undefined) return undefined;
	return teamsRead(text).teams.get(coach) ?? null;
}

/**
 * The teams of a match report (`teamsOf`) that a statement names in the third person ("Kestrel
 * deserved it", "we let Marlow back in"), as the sheet writes them: none of a team's own people
 * speaks of it so, whoever else may (a strict reader's R8 on session 37's holdouts: the opposing
 * side offered where the quote's content names the side). Takes the article's text and the statement.
 */
export function teamsNamed(text: string, statement: string): Set<string> {
	const named = new Set<string>();
	for (const [written, team] of teamsRead(text).names) if (new RegExp(String.raw`(?<![\p{L}\p{M}’'-])${escapeRe(written)}(?![\p{L}\p{M}’'-])`, 'u').test(statement)) named.add(team);
	return named;
}
