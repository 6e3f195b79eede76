import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../src/lib/quiz/facts';
import { personRoles } from '../../src/lib/quiz/person-roles';
import type { Item } from '../../src/lib/quiz/types';
import { itemsOf } from './report';

/** The items on who said a statement (who-said, or a true/false "X said ..."/"X described ...") whose source sentence includes `words`. */
function saidItems(title: string, paragraphs: string[], words: string): Item[] {
	return itemsOf(title, paragraphs).filter((i) => i.source.text.includes(words) && (i.type === 'who-said' || (i.type === 'true-false' && / (?:said:?|described) /.test(i.stem))));
}

const rolesOf = (sentences: string[]) => personRoles(sentences, sentences.map((s) => extractFacts(s)));

describe('a speaker who judges one thing, then says another after "but"', () => {
	const schools = [
		'The state will spend an extra $300 million on public schools over the next four years.',
		'Union president Angela Moretti welcomed the extra money but warned the government against "robbing Peter to pay Paul".',
		'Opposition education spokeswoman Sarah Mitchell said the money would not reach classrooms until 2027.',
		'Education Minister Paul Hendry said every school in the state would get a share of the new money.'
	];

	it('reads the speaker and what follows the verb of saying', () => {
		const said = extractFacts(schools[1]).find((f) => f.type === 'attribution');
		expect(said?.text).toBe('Union president Angela Moretti');
		expect(schools[1].slice(said!.statement!.start, said!.statement!.end)).toBe('the government against "robbing Peter to pay Paul"');
	});

	it('asks who warned it, the key Angela Moretti', () => {
		const items = saidItems('Schools get $300m boost', schools, 'robbing Peter');
		expect(items.length).toBeGreaterThan(0);
		for (const i of items) {
			expect(i.stem).toBe('Who warned the government against "robbing Peter to pay Paul"?');
			expect(i.options[i.key]).toBe('Angela Moretti');
		}
	});
});

describe('a speaker named between commas after a role that ends on the area it serves', () => {
	it('reads the speaker and the statement', () => {
		const text = 'The agency’s area director for Kent and East Sussex, Mark Pevensey, said the case sent a clear message to the industry.';
		const said = extractFacts(text).find((f) => f.type === 'attribution');
		expect(said?.text).toBe('Mark Pevensey');
		expect(text.slice(said!.statement!.start, said!.statement!.end)).toBe('the case sent a clear message to the industry');
	});
});

describe('a speaker named with the body they come from, then whom they told', () => {
	it('reads the name and the whole quote', () => {
		const text = 'Jess Harland, from the Ouse Rivers Trust, told the BBC: "Six million pounds sounds like a lot, but it is a drop in the ocean."';
		const said = extractFacts(text).find((f) => f.type === 'attribution');
		expect(said?.text).toBe('Jess Harland');
		expect(said?.quote).toBe(true);
		expect(text.slice(said!.statement!.start, said!.statement!.end)).toBe('Six million pounds sounds like a lot, but it is a drop in the ocean');
	});
});

describe('a speaker who describes the one person the headline names', () => {
	const obituary = [
		'Geoffrey Whitcombe, who coached rowing at state schools in the north of England for four decades, has died aged 84.',
		'He founded the Tyneside Schools Rowing Club in 1971 and coached more than 2,000 pupils there.',
		'Among them was Sarah Lowther, who won Olympic silver in Sydney in 2000.',
		'"He never raised his voice, never once," Lowther said this week.',
		'He was appointed MBE in 2004 for services to rowing.',
		'British Rowing\'s chair, Annette Corby, described him as "one of the quiet architects of the sport\'s revival in state schools".'
	];

	it('asks who described him so, by his full name, true of Annette Corby and false of Sarah Lowther', () => {
		const items = saidItems('Geoffrey Whitcombe, rowing coach, dies aged 84', obituary, 'quiet architects');
		expect(items.length).toBeGreaterThan(0);
		for (const i of items) {
			const stem = i.stem;
			expect(stem).toMatch(/^(?:Annette Corby|Sarah Lowther) described Geoffrey Whitcombe as “one of the quiet architects of the sport's revival in state schools”\.$/);
			expect(i.options[i.key]).toBe(stem.startsWith('Annette Corby') ? 'True' : 'False');
		}
	});

	it('asks nothing when the sentence before names another man "him" may mean', () => {
		const other = [...obituary.slice(0, 5), 'His brother, Peter Whitcombe, also rowed for the club.', obituary[5]];
		expect(saidItems('Geoffrey Whitcombe, rowing coach, dies aged 84', other, 'quiet architects')).toEqual([]);
	});
});

describe('people a who-said item may offer', () => {
	const walk = [
		'A 91-year-old woman has raised more than €12,000 for St Anne’s Hospice by walking five kilometres on Sunday.',
		'Bridie Kinsella, 91, from Suncroft completed the walk in a little over an hour, cheered on by more than 200 people.',
		'"I did it for the nurses who minded him, and for everyone they mind now," Mrs Kinsella told the Nationalist at the finish line.',
		'Hospice fundraising manager Orla Cummins said the response had "completely overwhelmed" staff and volunteers.',
		'Cllr Noeleen Dowling described the atmosphere as "something really special".'
	];

	it('files a fundraising manager as a business role, a team manager as a coach', () => {
		expect(Object.fromEntries(rolesOf([walk[3], 'Leeds manager Daniel Farke said the team had played well.']))).toEqual({ Cummins: 'business', Farke: 'coaching' });
	});

	it('counts a councillor who described something as a speaker, and a quote’s "him" fixes no gender of its sayer, so the quote has three options', () => {
		const items = saidItems('Hospice walk raises €12,000', walk, 'nurses who minded him');
		expect(items.length).toBeGreaterThan(0);
		for (const i of items) {
			expect(i.type).toBe('who-said');
			expect(new Set(i.options)).toEqual(new Set(['Kinsella', 'Cummins', 'Dowling']));
			expect(i.options[i.key]).toBe('Kinsella');
		}
	});

	it('reads a role noun opening the sentence before a name and an age as no first name', () => {
		const people = extractFacts('Ringleader Dean Whitworth, 38, of Crossacres Road, was jailed for 12 years.').filter((f) => f.type === 'person');
		expect(people.map((f) => [f.text, f.surname, f.role])).toEqual([['Dean Whitworth', 'Whitworth', 'ringleader']]);
	});
});

describe('a name written family name first', () => {
	it('gives "Lin Haoran", later "Lin", no gender from "Lin" as a given name, so "he" may be his', () => {
		const phones = [
			'Phone maker Tecla launched its first foldable phone in Shanghai on Tuesday, priced at about 9,000 yuan.',
			'"Foldables have been a luxury for early adopters," Tecla\'s global president, Lin Haoran, said on stage.',
			'Lin added that the phone would go on sale in Europe in the spring of next year.',
			'Analyst Maria Keller said the price would put pressure on rivals in the premium market.',
			'Analyst Sarah Boyd said the phone was heavier than its main rivals but cheaper than most.',
			'Lin Haoran said he expected foldables to make up a quarter of the firm’s premium sales in 2027.'
		];
		const items = itemsOf('Tecla launches cheaper foldable', phones).filter((i) => i.source.text.includes('he expected foldables'));
		expect(items.some((i) => i.stem.startsWith('Lin Haoran said he expected'))).toBe(true);
	});
});
