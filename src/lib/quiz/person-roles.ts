import type { Fact } from './facts';

/**
 * The kind of part a person plays in a story, as the article states it: the words before the
 * name ("Kremlin spokesman Dmitry Peskov", "Republican Gov. Pete Ricketts", "striker Jamal
 * Lowe"; a coach or manager is not a player) or an appositive after it ("Walter Brandt, a banker and horse breeder, ...").
 * QUALITY.md R8: a person's distractors are people of a similar role.
 */
export type RoleKind = 'politics' | 'sport' | 'bowling' | 'pitching' | 'coaching' | 'officiating' | 'law' | 'security' | 'science' | 'business' | 'media' | 'arts' | 'religion' | 'public';

/** Role words by kind, lower-case; a phrase matches on its last word ("prime minister"). */
const ROLE_WORDS: Record<RoleKind, string[]> = {
	politics: [
		'president', 'minister', 'premier', 'chancellor', 'senator', 'sen', 'rep', 'representative', 'congressman', 'congresswoman', 'governor', 'gov',
		'mayor', 'mp', 'mps', 'lawmaker', 'legislator', 'politician', 'leader', 'candidate', 'secretary', 'spokesman', 'spokeswoman', 'spokesperson',
		'ambassador', 'diplomat', 'official', 'councillor', 'councilor', 'taoiseach', 'tánaiste', 'speaker', 'dictator', 'king', 'queen', 'prince',
		'princess', 'peer', 'lord', 'commissioner', 'envoy', 'activist', 'campaigner', 'mep', 'nominee', 'incumbent', 'challenger', 'deputy', 'cllr', 'coun',
		// "presidential adviser", "a Downing Street aide": an adviser to a government
		'adviser', 'advisor', 'aide'
	],
	coaching: ['coach', 'manager', 'boss', 'trainer', 'coordinator'],
	// a referee or an umpire runs a match or a fight, and is no distractor for one who fought in it
	officiating: ['referee', 'umpire', 'linesman', 'starter', 'steward'],
	// a cricket bowler is no batsman: the one who took a wicket is never one of the batting side
	bowling: ['bowler', 'spinner', 'off-spinner', 'leg-spinner', 'seamer', 'paceman', 'pacer', 'left-armer', 'right-armer', 'quick'],
	// a baseball pitcher is no first baseman nor hitter: "a sacrifice fly from first baseman ___" with
	// two pitchers among its options was a blind reader's R8 on holdout61
	pitching: ['pitcher', 'reliever', 'closer', 'right-hander', 'left-hander', 'southpaw'],
	sport: [
		'striker', 'goalkeeper', 'keeper', 'midfielder', 'defender', 'forward', 'winger', 'captain', 'player', 'goalie',
		'centre', 'center', 'quarterback', 'baseman', 'infielder', 'fielder', 'hitter', 'slugger', 'batsman', 'athlete', 'champion', 'rookie', 'left-back', 'right-back', 'full-back',
		'substitute', 'teammate', 'defenseman', 'defenceman', 'lineman', 'linebacker', 'receiver', 'shortstop', 'outfielder', 'catcher', 'opener', 'batter', 'vice-captain', 'wicketkeeper', 'wicket-keeper',
		'cyclist', 'runner', 'sprinter', 'swimmer', 'golfer', 'boxer', 'jockey', 'driver', 'skier', 'gymnast', 'footballer', 'cricketer', 'all-rounder',
		// a rugby side's positions and an ice-hockey goalie's other names
		'lock', 'prop', 'hooker', 'flanker', 'fly-half', 'scrum-half', 'outside-half', 'wing', 'netminder', 'goaltender'
	],
	law: ['judge', 'justice', 'prosecutor', 'lawyer', 'attorney', 'barrister', 'solicitor', 'counsel', 'magistrate', 'defendant', 'plaintiff'],
	security: ['officer', 'detective', 'sergeant', 'sgt', 'soldier', 'commander', 'general', 'gen', 'colonel', 'col', 'lieutenant', 'lt', 'captain', 'sheriff', 'trooper', 'constable', 'supt', 'inspector', 'agent', 'marine', 'pilot', 'sailor'],
	science: ['scientist', 'researcher', 'doctor', 'dr', 'professor', 'prof', 'expert', 'astronomer', 'physician', 'biologist', 'epidemiologist', 'physicist', 'chemist', 'engineer', 'economist', 'analyst', 'author', 'scholar', 'historian',
		'lecturer', 'academic', 'astrophysicist', 'geologist', 'seismologist', 'meteorologist', 'statistician', 'psychologist', 'sociologist', 'archaeologist'
	],
	business: ['ceo', 'executive', 'founder', 'chairman', 'chairwoman', 'chair', 'director', 'investor', 'businessman', 'businesswoman', 'entrepreneur', 'consultant', 'owner', 'banker', 'trader', 'employee', 'worker', 'farmer', 'breeder', 'promoter'],
	media: ['journalist', 'reporter', 'editor', 'correspondent', 'presenter', 'columnist', 'broadcaster', 'anchor', 'host', 'blogger', 'photographer'],
	arts: ['actor', 'actress', 'singer', 'musician', 'artist', 'writer', 'novelist', 'poet', 'director', 'comedian', 'rapper', 'star', 'designer'],
	religion: ['bishop', 'archbishop', 'pope', 'priest', 'rabbi', 'imam', 'pastor', 'reverend', 'rev', 'cardinal'],
	public: ['resident', 'residents', 'voter', 'student', 'pupil', 'mother', 'father', 'neighbour', 'neighbor', 'victim', 'witness', 'survivor', 'owner', 'passenger', 'patient', 'volunteer', 'teacher', 'nurse', 'parent', 'widow', 'friend', 'elder', 'principal', 'headteacher', 'headmaster', 'headmistress', 'organiser', 'organizer',
		// a school district's head; a police one is security (`kindAt`)
		'superintendent']
};

const KIND_OF = new Map<string, RoleKind>();
for (const [kind, words] of Object.entries(ROLE_WORDS) as [RoleKind, string[]][]) {
	for (const w of words) if (!KIND_OF.has(w)) KIND_OF.set(w, kind);
}

/** The role kind one word names ("coach" → coaching, "lawyer" → law), or undefined when it names none. */
export function roleKindOfWord(word: string): RoleKind | undefined {
	return KIND_OF.get(word.toLowerCase().replace(/\./g, ''));
}

/** A trade before "agent" that makes the agent a business's ("estate agent"), not a security service's. */
const TRADE_AGENT = /^(?:estate|letting|travel|literary|sports|insurance|shipping|talent|booking|free)$/;

/** A game a club's director or head is "of" ("director of rugby"), which makes the director one who runs the side. */
const GAME = /^(?:rugby|football|cricket|hockey|basketball|netball|baseball|coaching|performance)$/;

/** A line of work before "manager" that makes the manager a business's or a charity's ("fundraising manager"), not a team's. */
const TRADE_MANAGER = /^(?:fundraising|marketing|sales|project|programme|program|store|shop|branch|operations|office|campaign|communications|product|account|accounts|finance|property|hotel|restaurant|site|plant|factory|brand|business|events?|hr|development|community|services|care|ward|practice|estate|fund|portfolio|investment|risk|regional|area|district|facilities|centre|center|venue|bar|farm|retail|logistics|production|stage|tour|policy|research|health|safety|services)$/;

/** A function before "officer" that makes the officer a company's ("chief operating officer"), not a police or an army one. */
const CORPORATE_OFFICER = /^(?:executive|operating|financial|finance|technology|technical|marketing|information|commercial|compliance|investment|people|revenue|strategy|digital|data|legal)$/;

/** The role kind of the word at `i` of lower-case `words`: "agent" after a trade ("estate agent"), "manager" after one ("fundraising manager") and "officer" after a company's function ("chief operating officer") are business; "starter" after a team or a game ("Yankees starter") is pitching. */
function kindAt(words: readonly string[], i: number): RoleKind | undefined {
	if (i > 0 && ((words[i] === 'agent' && TRADE_AGENT.test(words[i - 1])) || (words[i] === 'manager' && TRADE_MANAGER.test(words[i - 1])) || (words[i] === 'officer' && CORPORATE_OFFICER.test(words[i - 1])))) return 'business';
	// "Yankees starter Luis Arismendi", "Game 5 starter": a team's or a game's starter is its starting
	// pitcher, no official (an earlier helper's finding); a race's starter still is one
	if (i > 0 && words[i] === 'starter' && !/^(?:race|marathon|official|the|a|an)$/.test(words[i - 1])) return 'pitching';
	// "Detective Superintendent", "Chief Superintendent": a police rank; "Superintendent Angela Marsh"
	// of a school district is none, and the sheriff offered as her was a blind reader's R8 (holdout69)
	if (i > 0 && words[i] === 'superintendent' && /^(?:police|det|detective|chief|ch)$/.test(words[i - 1])) return 'security';
	// "director of rugby", "head of football": a club's head of its game picks and runs the side, and kicks no goal (a dev156s reader's R8)
	if (i > 1 && GAME.test(words[i]) && words[i - 1] === 'of' && /^(?:director|head)$/.test(words[i - 2])) return 'coaching';
	return KIND_OF.get(words[i]);
}

/** The role kind a run of words names, by its last role word ("Omaha consultant" → business). */
function kindIn(words: string): RoleKind | undefined {
	const list = words.toLowerCase().replace(/\./g, '').match(/[\p{L}-]+/gu) ?? [];
	for (let i = list.length - 1; i >= 0; i--) {
		// "Prosecutor General", "Attorney General": the office is the word before
		if (list[i] === 'general' && i > 0 && i === list.length - 1 && KIND_OF.has(list[i - 1])) continue;
		const kind = kindAt(list, i);
		if (kind) return kind;
	}
	return undefined;
}

/**
 * The role kind of the role phrase that ends right before a name: the last word, or the office
 * before a trailing capitalised name or "of" ("Secretary of State", "Ocado chairman"). A role
 * word further back, behind a lower-case word, is no role of this name: "moved up in the
 * Premier League after Wilfried Gnonto" says nothing of Gnonto.
 */
function kindBefore(lead: string): RoleKind | undefined {
	const words = lead.replace(/\./g, '').match(/[\p{L}-]+/gu) ?? [];
	for (let i = words.length - 1; i >= 0; i--) {
		const w = words[i].toLowerCase();
		// "Attorney General", "Prosecutor General": the office is the word before
		if (w === 'general' && i === words.length - 1 && i > 0 && KIND_OF.has(words[i - 1].toLowerCase())) continue;
		const kind = kindAt(words.map((x) => x.toLowerCase()), i);
		if (kind) return kind;
		if (!/^\p{Lu}/u.test(words[i]) && w !== 'of' && w !== 'the') return undefined;
	}
	return undefined;
}

/** Verbs that take or leave an office "as" a role ("stepping down as the Welsh first minister", "was elected as mayor"). */
const OFFICE_VERB = String.raw`(?:resign(?:s|ed|ing)?|quit(?:s|ting)?|step(?:s|ped|ping)?\sdown|stood\sdown|stand(?:s|ing)?\sdown|serv(?:e|es|ed|ing)|elected|re-elected|appointed|named|sworn\sin|succeeded|replaced|took\sover|tak(?:e|es|ing)\sover|return(?:s|ed|ing)?|remain(?:s|ed)?|continu(?:e|es|ed))`;
/** "… he is stepping down as the Welsh first minister": an office verb after the name, in its clause, then "as" and the role. */
const OFFICE_AFTER = new RegExp(String.raw`^(?:\s(?![\p{Lu}])[^,;:.()“”"–—]{0,40}?)?\s${OFFICE_VERB}\sas\s(?:the\s|a\s|an\s)?((?:[\p{L}-]+\s){0,3}[\p{L}-]+)`, 'u');
/** "was succeeded as Labour leader by X", "replaced as chief executive by X": the role X takes, written before the name. */
const OFFICE_BEFORE = /\b(?:succeeded|replaced)\sas\s(?:the\s)?((?:[\p{L}-]+\s){0,3}[\p{L}-]+)\sby\s$/u;
/** Britain's parliamentary parties as a live blog writes them after an MP's name: "Tim Loughton (Con)". */
const PARTY_LABEL = /^\s\((?:Con|Lab|LD|Lib\sDem|SNP|DUP|SDLP|PC|Green|Reform|Ind|SF|Alliance)\)/;

/**
 * The role kind the words around a name state by what the person does rather than by a title
 * next to the name: an office taken or left "as" a role ("X has announced he is stepping down as
 * the Welsh first minister", "Y was succeeded as Labour leader by X"), a party label ("Tim
 * Loughton (Con)": politics) or a reporter's sign-off ("…, Kiran Stacey reports.": media).
 * Takes the sentence's text before and after the name.
 */
function officeKind(before: string, after: string): RoleKind | undefined {
	if (PARTY_LABEL.test(after)) return 'politics';
	if (/,\s$/.test(before) && /^\s(?:reports|writes)\.?$/.test(after)) return 'media';
	const taken = OFFICE_BEFORE.exec(before)?.[1] ?? OFFICE_AFTER.exec(after)?.[1];
	return taken === undefined ? undefined : kindIn(taken.split(/\s(?:of|at|for|in|on|to|with|by|after|until|from)\s/)[0]);
}

// what follows a bowler's name in a cricket report: a dismissal he made ("had Sam Hollins caught", "trapped
// Ollie Pennington lbw", "bowled Smith", "removed the captain") or his figures ("3 for 58", "(3 for 48)")
const TOOK_WICKET = /^(?:,[^,]{1,40},)?\s(?:had\s\p{Lu}[\p{L}\p{M}’'-]+(?:\s\p{Lu}[\p{L}\p{M}’'-]+)?\scaught\b|trapped\s\p{Lu}|bowled\s\p{Lu}|removed\s|dismissed\s\p{Lu}|took\s(?:\d+|two|three|four|five|six|seven|eight|nine)\swickets\b|\(?\d{1,2}\sfor\s\d{1,3}\b)/u;

/**
 * The role kind of each person an article names, by surname (`Fact.surname`), from the role
 * words next to their mentions: the role phrase right before the name within its clause, and an
 * appositive right after it (", a ... ,"). A person's kind is the one most of their mentions
 * state (the first stated on a tie); one who "admitted his players are hurting" with no role
 * stated runs a team ('coaching'), as does one whose side it is ("Huw Tudor's side"), and one who takes a wicket in a cricket report bowls; people whose
 * role is never stated are absent.
 * `sentences[i]` is a sentence's text and `facts[i]` its facts (`extractFacts`).
 */
export function personRoles(sentences: readonly string[], facts: readonly Fact[][]): Map<string, RoleKind> {
	const votes = new Map<string, Map<RoleKind, number>>();
	sentences.forEach((text, i) => {
		for (const f of facts[i] ?? []) {
			if (f.type !== 'person' || !f.surname) continue;
			// "Kerrigan's coach, X" and "The health secretary, X": the role stands before the comma ("Its
			// leader, X" points back to a party, whose other leaders the article may name without a role)
			const parts = text.slice(0, f.span.start).split(/[,;:()“”"–—]/);
			const prior = parts.length > 1 && !parts[parts.length - 1].trim() && /,\s*$/.test(text.slice(0, f.span.start)) ? parts[parts.length - 2] : undefined;
			const before = (prior !== undefined && !/\b(?:its|his|her|their)\s+[\p{L}-]+(?:\s[\p{L}-]+)?\s*$/iu.test(prior) ? prior : parts[parts.length - 1]) ?? '';
			const lead = before.trim().split(/\s+/).slice(-5).join(' ');
			const appositive = /^,\s(?:(?:a|an|the|who is|who was)\s)?([^,.;:()–—]{2,60})/.exec(text.slice(f.span.end))?.[1] ?? '';
			const head = appositive.split(/\s(?:who|which|that|of|at|in|for|from|with|to)\s/)[0].split(/\s+/).slice(0, 5).join(' ');
			const stated = [kindBefore(lead), /^(saying|adding|said|says)\b/.test(head) ? undefined : kindIn(head), officeKind(text.slice(0, f.span.start), text.slice(f.span.end))];
			for (const kind of stated) {
				if (!kind) continue;
				const tally = votes.get(f.surname) ?? new Map<RoleKind, number>();
				tally.set(kind, (tally.get(kind) ?? 0) + 1);
				votes.set(f.surname, tally);
			}
		}
	});
	const roles = new Map<string, RoleKind>();
	for (const [surname, tally] of votes) {
		let best: RoleKind | undefined;
		for (const [kind, n] of tally) if (best === undefined || n > (tally.get(best) ?? 0)) best = kind;
		if (best) roles.set(surname, best);
	}
	// "Tuhiwai had Sam Hollins caught", "Cossey removed the captain", "Tuhiwai 3 for 58": in a cricket
	// report one who takes a wicket bowls, though no role word says so, and a batsman is no
	// distractor for him (the holdout18 reader's R8: the bowler's options were the batting side)
	if (sentences.some((text) => /\bwickets?\b/.test(text))) {
		sentences.forEach((text, i) => {
			for (const f of facts[i] ?? []) {
				if (f.type !== 'person' || !f.surname || roles.has(f.surname)) continue;
				if (TOOK_WICKET.test(text.slice(f.span.end))) roles.set(f.surname, 'bowling');
			}
		});
	}
	// "Falk admitted his players are tired": one who speaks of "his players" runs a team,
	// though no role word says so, and is no distractor for a player
	sentences.forEach((text, i) => {
		for (const f of facts[i] ?? []) {
			if (f.type !== 'person' || !f.surname || roles.has(f.surname)) continue;
			if (/^\s(?:[a-z]+\s){1,3}(?:his|her|their)\s(?:players|side|team|squad)\b/.test(text.slice(f.span.end))) roles.set(f.surname, 'coaching');
			// "moved Huw Tudor's side into fourth": the one a side is named after runs it (a dev156s reader's R8, a coach offered as a kicker)
			if (/^[’']s\s(?:side|squad|charges|men)\b(?!\sof\b)/.test(text.slice(f.span.end))) roles.set(f.surname, 'coaching');
		}
	});
	return roles;
}

/**
 * The people that may stand as distractors for a key person, in their given order: when the
 * article states the key's role kind, only people of that kind; when it does not, only people
 * whose kind it does not state either. Never a person of another stated kind (a soldier is no
 * distractor for a spokesman, a player none for a coach): fewer than three means no item, which
 * is better than a wrong kind (QUALITY.md R8). `surnameOf` gives each candidate's surname for
 * the lookup in `roles` (from `personRoles`).
 */
export function sameRoleOnly<T>(roles: ReadonlyMap<string, RoleKind>, keySurname: string | undefined, candidates: readonly T[], surnameOf: (c: T) => string): T[] {
	const keyKind = keySurname ? roles.get(keySurname) : undefined;
	if (keyKind !== undefined) return candidates.filter((c) => roles.get(surnameOf(c)) === keyKind);
	return candidates.filter((c) => !roles.has(surnameOf(c)));
}

/** Titles that say what office a person holds, so a swapped-in name must hold it too. */
const OFFICE_TITLE = /(?:^|\s)(President|Prime Minister|Chancellor|Secretary|Sen\.|Senator|Rep\.|Gov\.|Governor|Mayor|Judge|Justice|Sgt\.|Gen\.|Col\.|Lt\.|Capt\.|Dr\.?|Prof\.?|King|Queen|Prince|Princess|Lord|Lady|Sir|Dame)\s$/;

/** The office title written right before a name at `start` in `text` ("state Sen. " → "Sen."), if any. */
export function officeTitleBefore(text: string, start: number): string | undefined {
	return OFFICE_TITLE.exec(text.slice(Math.max(0, start - 20), start))?.[1].replace(/^Dr$/, 'Dr.').replace(/^Prof$/, 'Prof.');
}

/**
 * The office titles each person is written with anywhere in the article, by surname:
 * "Republican state Sen. Julie Slama" gives Slama "Sen.". `sentences[i]` is a sentence's text
 * and `facts[i]` its facts.
 */
export function personTitles(sentences: readonly string[], facts: readonly Fact[][]): Map<string, Set<string>> {
	const titles = new Map<string, Set<string>>();
	sentences.forEach((text, i) => {
		for (const f of facts[i] ?? []) {
			if (f.type !== 'person' || !f.surname) continue;
			const title = officeTitleBefore(text, f.span.start);
			if (!title) continue;
			const set = titles.get(f.surname) ?? new Set<string>();
			set.add(title);
			titles.set(f.surname, set);
		}
	});
	return titles;
}
