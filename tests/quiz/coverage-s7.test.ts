import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../src/lib/quiz/facts';
import { reportOf } from './report';

describe('a quote that goes on quoting the speaker named just before', () => {
	const paragraphs = [
		'Dr Okonjo Farrow, a surgeon at the hospital in Leeds, said the wards had run out of beds twice this week. “We are treating patients in corridors every single night now,” she said.',
		'Martin Hale, the hospital’s chief executive in Leeds, said his team would open 40 new beds in March. “We are doing everything we can to get patients into proper beds,” he said.',
		'Karen Osei, a union official in Leeds, said nurses were exhausted after months of unpaid overtime.',
		'The trust said 340 operations had been postponed since the start of the winter in Yorkshire.'
	];

	it('gives "she said" to a speaker whose gender no lexicon knows', () => {
		const item = reportOf('Hospital runs out of beds', paragraphs).quiz.items.find((i) => i.type === 'who-said' && i.stem.includes('corridors'));
		expect(item && item.options[item.key]).toBe('Okonjo Farrow');
	});

	it('gives "She added: “...”" to the speaker of the sentence before', () => {
		const chain = ['Dr Okonjo Farrow, a surgeon at the hospital in Leeds, said the wards were full. She added: “Nobody should have to wait on a trolley for a whole day in Leeds.”', ...paragraphs.slice(1)];
		const item = reportOf('Hospital runs out of beds', chain).quiz.items.find((i) => i.type === 'who-said' && i.stem.includes('trolley'));
		expect(item?.stem).toBe('Who said “Nobody should have to wait on a trolley for a whole day in Leeds”?');
		expect(item && item.options[item.key]).toBe('Okonjo Farrow');
	});

	it('gives "he said" to the speaker whose own "his" stands in the sentence before', () => {
		const item = reportOf('Hospital runs out of beds', paragraphs).quiz.items.find((i) => i.type === 'who-said' && i.stem.includes('proper beds'));
		expect(item && item.options[item.key]).toBe('Martin Hale');
	});
});

describe('who said a quote, where few people share the speaker’s role', () => {
	const paragraphs = [
		'“We made life far too hard for ourselves in the first half,” said Harbour City coach Daniel Morrow.',
		'Harbour City beat Riverside 3-1 in front of 12,000 fans at the coast stadium in Leeds on Saturday.',
		'Thomas Kerr scored twice before half-time, and Michael Dunn added a third late in the game in Leeds.',
		'Riverside coach Peter Vance said his team had been second best for most of the match in Leeds.'
	];

	it('fills the options with people whose role the article does not state', () => {
		const item = reportOf('Harbour City beat Riverside', paragraphs).quiz.items.find((i) => i.type === 'who-said' && i.stem.includes('far too hard'));
		// one other coach among full names: every option by surname (R5)
		expect(item && item.options[item.key]).toBe('Morrow');
		expect(item?.options).toEqual(expect.arrayContaining(['Vance', 'Kerr', 'Dunn']));
	});
});

describe('a speaker with "of" and the body they belong to between commas', () => {
	it('reads "X, of the Y Unit, said: “...”" as X’s quote', () => {
		const said = extractFacts('Sgt. Laura Penrose, of the Harbour Crime Unit, said: “We need anyone who saw the van to call us tonight.”').find((f) => f.type === 'attribution');
		expect(said?.text).toBe('Sgt. Laura Penrose');
		expect(said?.quote).toBe(true);
	});
});
