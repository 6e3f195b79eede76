import { bodyLines } from './article';
import { apostropheOf } from './anchors';
import { hasTag, isCountry } from './lexicon';
import { quotedAt } from './quoted-at';
import { RELATIVE_ASIDE } from './simplify';
import { MARKET_NAME, storyOrganisation, type OwnerSource } from './story-organisation';
import { containsWord, withPossessive } from './words';
import type { Sentence } from './types';

/**
 * A results story's own sales, stores and officers, which its body gives with no owner because
 * the lead has named the company: "American sales rose 19% to $214m in the half", "Online sales
 * grew 7.2%", "Only four new stores will open this year", "Helen Marchetti, the chief executive,
 * said ...". The stem names a place ("American", "the UK total", "Ohio"), so the rule that writes
 * the story's organisation into a stem naming nothing (story-organisation.ts `withStoryOwner`)
 * passes it by, and the R4 check finds a name in it; yet whose sales, stores or chief executive
 * they are, the stem never says (blind readers' R4 on a dev174 results story, four items of one
 * quiz). Here the story's one organisation (`storyOrganisation`) is written in where the body
 * leaves no doubt it is the owner.
 */

// what may qualify a company's own sales or orders: its channels, segments and measures, never a national
// statistic's words ("retail sales", "new home sales", "car sales" are a country's as often as a company's)
const OWN_MODIFIER = /^(?:online|digital|in-store|store|wholesale|international|overseas|domestic|group|underlying|like-for-like|comparable|same-store|gross|net|total|core|half-year|full-year|first-half|second-half|annual|quarterly|interim)$/;
// a company's own sales or takings, with one to three modifiers before them: group 1 the modifiers, 2 the noun
// ("Sales of electric cars", "orders for ships": an "of" or "for" tells of another's)
const OWN_FIGURE = /^((?:[\p{L}.-]+ ){1,3})(sales|revenues?|orders|bookings|subscribers|customers|deliveries|margins?)\b(?! (?:of|for|at|in|across)\b)/u;
// a count of the company's own branches as a stem opens on it: "Only _____ new stores will open", "Four more shops will
// close"; group 1 the count and its words before the noun, 2 the noun
const OWN_BRANCHES = /^((?:(?:Only|Just|Another|A further) )?(?:_____|\d[\d,]*|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en|[Ee]leven|[Tt]welve|[Tt]wenty) (?:(?:new|more|further|additional|existing|loss-making|underperforming) ){0,2})(stores|shops|branches|outlets|restaurants|showrooms)\b/u;
// a stem that tells of another company beside the story's own, whose figures these may be
const RIVAL = /\b(?:rival|rivals|competitor|competitors|peer|peers|sector|industry|market-wide|nationwide|national)\b/i;
// the words of a part that opens a stem as its subject: up to five, none a possessive ("Hanseong's European arm" names
// the owner) nor a verb of saying or a conjunction ("Hanseong said Europe accounted for ..." names it before the part)
const PART_SUBJECT = String.raw`((?:(?![\p{L}\p{M}-]+[’']s |(?:said|says|told|added|reported|announced|noted|estimated|expects|expected|that|which|who|and|but|while|as|with|after|because)\s)[\p{L}\p{M}.&-]+ ){1,5}?)`;
// a part set against a whole that "its" or "their" owns: "Europe accounted for about _____% of its sales", "Exports made
// up a third of their revenue", "China is its largest market"; the part can never be the owner of the whole it is a part
// of, so the possessive points at an owner the stem never names (the holdout180 reader's R4 on a results story whose
// company the stem left out); groups 1 and 3 the part, 2 and 4 the possessive
const PART_OF_OWNED = new RegExp(
	String.raw`^${PART_SUBJECT}(?:accounted for|accounts for|account for|made up|makes up|make up|represented|represents|represent|contributed|contributes|generated|generates|comprised|comprises) (?:about |around |roughly |nearly |almost |just |only |some |more than |less than |over |under |just over |just under )?(?:(?:_____|\d[\d.,]*)(?: ?%| per ?cent| percent)?|half|a (?:third|quarter|fifth|tenth|half|sixth)|two-thirds|three-quarters|most|much|the bulk|the rest|the remainder) of (its|their)(?= [\p{L}_])` +
		String.raw`|^${PART_SUBJECT}(?:is|was|are|were|remains|remained|became|has become|had become) (?:now |still |already )?(its|their) (?:\p{Ll}+est|biggest|largest|main|top|second-largest|third-largest|single largest|single biggest|most important|leading) (?:single )?(?:market|markets|customer|customers|shareholder|shareholders|supplier|suppliers|source|sources|destination|destinations|client|clients|buyer|buyers|investor|investors|region|regions|segment|segments)\b`,
	'u'
);
// an office that a company has one of, and that "the" alone leaves ownerless: "Helen Marchetti, the chief executive"
const COMPANY_OFFICE = /^the (chief executive|chief executive officer|chief financial officer|chief operating officer|finance director|managing director|chairman|chairwoman)$/;

/**
 * The story's organisation as the owner the body leaves unsaid in this sentence: its name and its
 * possessive ("Calder & Finch", "Calder & Finch's"). Undefined where the story has no one
 * organisation, the sentence sits in a quote, or it or the one before names another organisation
 * (outside a relative aside on its subject) or tells of rivals or a sector, whose the figures may
 * then be (R6: a referent written in must be the one meant).
 */
function unsaidOwner(source: OwnerSource, sentence: Sentence): { bare: string; owner: string } | undefined {
	const story = storyOrganisation(source);
	if (!story) return undefined;
	const paragraph = source.article.paragraphs[sentence.paragraph] ?? '';
	const at = paragraph.indexOf(sentence.text);
	if (at < 0 || quotedAt(paragraph, at)) return undefined;
	const bare = story.name.replace(/[’']s$/, '');
	const near = [source.sentences[sentence.index - 1], sentence].filter((s) => s !== undefined && s.paragraph >= sentence.paragraph - 1);
	if (near.some((s) => RIVAL.test(s.text))) return undefined;
	const family = (name: string) => name === bare || name.startsWith(`${bare} `) || bare.startsWith(`${name} `);
	const other = near.some((s) => [...source.organisations.values()].some((o) => !MARKET_NAME.test(o.text) && !family(o.text.replace(/[’']s$/, '')) && containsWord(s.text.replace(RELATIVE_ASIDE, ''), o.text)));
	if (other) return undefined;
	const owner = story.name !== bare ? story.name : withPossessive(bare, `${apostropheOf(source.article)}s`, bodyLines(source.article));
	return { bare, owner };
}

/** Is a modifier of sales one of a company's own segments: a channel or measure word, or a place the story or the gazetteer knows ("American", "UK")? */
function ownModifier(source: OwnerSource, word: string): boolean {
	if (OWN_MODIFIER.test(word.toLowerCase())) return true;
	const bare = word.replace(/\.$/, '');
	return /^\p{Lu}/u.test(word) && (hasTag(bare.toLowerCase(), 'Demonym') || isCountry(bare) || source.places.has(bare.toLowerCase()) || /^(?:U\.?S\.?|U\.?K\.?|EU)$/.test(bare));
}

/**
 * A stem that opens on the story company's own sales or branches with no owner, with the company
 * written in: "Online sales grew _____%" → "Calder & Finch's online sales grew _____%", "American
 * sales rose" → "Calder & Finch's American sales rose", "Only _____ new stores will open" →
 * "Only _____ new Calder & Finch stores will open"; so is the "its" of a whole a part is set
 * against (`ownerlessPart`): "Europe accounted for about _____% of its sales" → "... of Calder &
 * Finch's sales". Unchanged where the stem names the company
 * already or the body may mean another's (`unsaidOwner`). Takes the generation context, the
 * source sentence and the stem; returns the stem.
 */
export function withCompanyOwned(source: OwnerSource, sentence: Sentence, stem: string): string {
	const part = ownerlessPart(stem);
	if (part) {
		const found = unsaidOwner(source, sentence);
		return found && part.possessive === 'its' && !containsWord(stem, found.bare) ? `${stem.slice(0, part.at)}${found.owner}${stem.slice(part.at + 3)}` : stem;
	}
	const figure = OWN_FIGURE.exec(stem);
	const branches = OWN_BRANCHES.exec(stem);
	if (!figure && !branches) return stem;
	const found = unsaidOwner(source, sentence);
	if (!found || containsWord(stem, found.bare)) return stem;
	if (branches) return `${branches[1]}${found.bare} ${stem.slice(branches[1].length)}`;
	const modifiers = figure![1].trim().split(' ');
	if (!modifiers.every((w) => ownModifier(source, w))) return stem;
	const first = OWN_MODIFIER.test(modifiers[0].toLowerCase()) ? modifiers[0].toLowerCase() : modifiers[0];
	return `${found.owner} ${[first, ...modifiers.slice(1)].join(' ')} ${stem.slice(figure![1].length)}`;
}

/**
 * The "its" or "their" of a stem that opens on a part set against the whole the possessive owns
 * (`PART_OF_OWNED`): "Europe accounted for about _____% of its sales", "China is its largest
 * market". The part cannot own the whole it is a part of, and the stem names nothing before it, so
 * the owner is one only the sentences before named (QUALITY.md R4). `withCompanyOwned` writes the
 * story's organisation in for an "its" where the body leaves no doubt it is the owner; the R4
 * check refuses a stem this still finds. Takes a stem; returns the possessive and where it stands,
 * or undefined where the stem opens on no such part.
 */
export function ownerlessPart(stem: string): { possessive: 'its' | 'their'; at: number } | undefined {
	const m = PART_OF_OWNED.exec(stem);
	if (!m) return undefined;
	const possessive = (m[2] ?? m[4]) as 'its' | 'their';
	const at = m.index + m[0].lastIndexOf(` ${possessive}`) + 1;
	return quotedAt(stem, at) ? undefined : { possessive, at };
}

/** A written item with its stems passed through `withCompanyOwned`. */
export function companyOwnedIn<W extends { stem: string; falseStem?: string }>(source: OwnerSource, sentence: Sentence, written: W): W {
	const fix = (stem: string) => withCompanyOwned(source, sentence, stem);
	return { ...written, stem: fix(written.stem), ...(written.falseStem === undefined ? {} : { falseStem: fix(written.falseStem) }) };
}

/**
 * A company office as a role item would ask it ("the chief executive"), with the story's
 * organisation written in as its holder ("Calder & Finch's chief executive"); the phrase unchanged
 * where it is no bare company office; undefined where it is one but the story has no one
 * organisation or the sentence may mean another's (`unsaidOwner`): "In the article, Helen
 * Marchetti is described as the chief executive" leaves the company unsaid (a dev174 reader's R4),
 * as "the mayor" leaves the town. Takes the generation context, the source sentence and the role
 * phrase.
 */
export function ownedOffice(source: OwnerSource, sentence: Sentence, phrase: string): string | undefined {
	const office = COMPANY_OFFICE.exec(phrase);
	if (!office) return phrase;
	const found = unsaidOwner(source, sentence);
	return found && `${found.owner} ${office[1]}`;
}
