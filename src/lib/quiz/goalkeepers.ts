const NAME_WORD = String.raw`\p{Lu}[\p{L}\p{M}’'-]+`;
// "goalkeeper", "keeper", "goalie"; no "zookeeper", "wicketkeeper" nor "wicket-keeper", whose holders play another game
const KEEPER = String.raw`(?<![\p{L}-])(?:goalkeeper|keeper|goalie|goaltender)`;
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
		for (const m of text.matchAll(pattern)) keepers.add(m[1].split(' ').pop()!);
	}
	last = { text, keepers };
	return keepers;
}

let last: { text: string; keepers: ReadonlySet<string> } | undefined;
