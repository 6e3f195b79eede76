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
 * "Only _____ new Calder & Finch stores will open". Unchanged where the stem names the company
 * already or the body may mean another's (`unsaidOwner`). Takes the generation context, the
 * source sentence and the stem; returns the stem.
 */
export function withCompanyOwned(source: OwnerSource, sentence: Sentence, stem: string): string {
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
