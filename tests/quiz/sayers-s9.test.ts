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

describe('people a who-said item may offer', () => {
	const walk = [
		'A 91-year-old woman has raised more than €12,000 for St Anne’s Hospice by walking five kilometres on Sunday.',
		'Bridie Kinsella, 91, from Suncroft completed the walk in a little over an hour, cheered on by more than 200 people.',
		'"I did it for my husband, Paddy, and for the nurses who minded him," Mrs Kinsella told the Nationalist at the finish line.',
		'Hospice fundraising manager Orla Cummins said the response had "completely overwhelmed" staff and volunteers.',
		'Cllr Noeleen Dowling described the atmosphere as "something really special".'
	];

	it('files a fundraising manager as a business role, a team manager as a coach', () => {
		expect(Object.fromEntries(rolesOf([walk[3], 'Leeds manager Daniel Farke said the team had played well.']))).toEqual({ Cummins: 'business', Farke: 'coaching' });
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
			'Lin Haoran said he expected foldables to make up a quarter of the firm’s premium sales by 2027.'
		];
		const items = itemsOf('Tecla launches cheaper foldable', phones).filter((i) => i.source.text.includes('he expected foldables'));
		expect(items.some((i) => i.stem.startsWith('Lin Haoran said he expected'))).toBe(true);
	});
});
