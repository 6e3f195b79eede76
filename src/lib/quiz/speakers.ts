import { roleKindOfWord, type RoleKind } from './person-roles';

/**
 * Rules about who said a statement, for who-said items (QUALITY.md R4, R8): what stands before a
 * speaker's name, and which possessives in a reported statement are the speaker's own.
 */

/** Words that qualify a role before a name ("head coach", "chief executive", "director of rugby"). */
const ROLE_QUALIFIER = /^(?:head|chief|deputy|vice|senior|former|acting|interim|assistant|general|executive|managing|of|the|a|an)$/i;

/**
 * The words of a speaker phrase that are neither the speaker's name nor their role: "Leinster
 * head coach Leo Cullen" leaves nothing, "Krul shook his head and Farke" leaves "shook his and".
 * Takes the attribution's speaker text and the speaker's name as the sentence writes it;
 * capitalised words (a team, an organisation, a title) and role words are dropped, so that a
 * role noun the lexicon also files as a verb ("coach", "head") is not read as one.
 */
export function speakerLeftover(phrase: string, name: string): string {
	const at = phrase.lastIndexOf(name);
	const lead = at >= 0 ? phrase.slice(0, at) : phrase;
	return lead
		.split(/\s+/)
		.filter((w) => w !== '' && !/^\p{Lu}/u.test(w) && !ROLE_QUALIFIER.test(w) && roleKindOfWord(w) === undefined)
		.join(' ');
}

/**
 * Nouns a speaker of a role kind calls theirs: a lawyer's "client", a coach's "side" or
 * "players". "The defence lawyer said his client would appeal": "his" is the lawyer's, whatever
 * other man the sentences around name.
 */
const OWN_RELATIONS: Partial<Record<RoleKind, RegExp>> = {
	law: /\b(?:his|her)\s(?:clients?)\b/gi,
	coaching: /\b(?:his|her)\s(?:side|team|squad|players|men|women)\b/gi
};

/**
 * The statement without the possessives its speaker's role makes their own ("his client" of a
 * lawyer, "his players" of a coach), so that only the pronouns that may point at someone else
 * are left for `pronounsAreSpeaker` to judge. Takes the statement and the speaker's role kind
 * (person-roles.ts; undefined leaves the statement as it is).
 */
export function withoutOwnRelations(statement: string, kind: RoleKind | undefined): string {
	const own = kind && OWN_RELATIONS[kind];
	return own ? statement.replace(own, 'the speaker’s own') : statement;
}
