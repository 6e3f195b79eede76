import { describe, expect, it } from 'vitest';
import { formatLike, numericDistractors, writtenNumber } from '../../src/lib/quiz/distractors';
import { extractFacts, type Fact } from '../../src/lib/quiz/facts';
import { createPrng } from '../../src/lib/quiz/prng';
import { credit } from '../../src/lib/quiz/scoring';
import { filler, itemsOf, reportOf } from './report';

/** The figures (counts, money, percentages, ordinals) read from one sentence, as "type text value". */
function figures(sentence: string): string[] {
	return extractFacts(sentence)
		.filter((f) => ['count', 'money', 'percent', 'ordinal'].includes(f.type))
		.map((f) => `${f.type} ${f.text} ${f.value}`);
}

/** The one figure of `type` read from `sentence`; throws when there is none. */
function figure(sentence: string, type: Fact['type']): Fact {
	const found = extractFacts(sentence).find((f) => f.type === type);
	if (!found) throw new Error(`no ${type} in "${sentence}"`);
	return found;
}

// y53: dev ranking of sentences that gave no item: figures the fact reader misread or dropped
describe('y53: figures written in ways the fact reader missed are read as the article means them', () => {
	it('reads a decimal comma in a share or a sum, and keeps a comma before three digits a thousands separator', () => {
		expect(figures('Turnout in the district fell to 41,5 per cent on Sunday.')).toEqual(['percent 41,5 per cent 41.5']);
		expect(figures('The bakery chain lost €2,4 million in its first year.')).toEqual(['money €2,4 million 2400000', 'ordinal first 1']);
		expect(figures('Margins widened 3,25% while sales reached 1,250 units.')).toEqual(['percent 3,25% 3.25', 'count 1,250 1250']);
		// a bare "4,5" may be a list of two numbers: no figure is read from it, and never its first part alone
		expect(figures('Platforms 4,5 and 9 were shut for repairs.')).toEqual(['count 9 9']);
	});

	it('offers a decimal-comma key options written with a comma too, and reads them back as numbers', () => {
		expect(formatLike('41,5 per cent', 36)).toBe('36,0 per cent');
		expect(formatLike('€2,4 million', 3.1)).toBe('€3,1 million');
		expect(formatLike('€2,4 million', 1250)).toBe('€1,3 billion');
		expect(writtenNumber('€2,4 million')).toBe(2.4);
		expect(writtenNumber('1,250 units')).toBe(1250);
		const options = numericDistractors(figure('Turnout in the district fell to 41,5 per cent on Sunday.', 'percent'), createPrng(7), new Set());
		expect(options.length).toBeGreaterThanOrEqual(3);
		for (const o of options) expect(o).toMatch(/^\d{1,2},\d per cent$/);
	});

	it('writes items on a decimal-comma figure whose options keep its format, and a typed estimate in that format scores', () => {
		const items = itemsOf('Harbour town votes to expand ferry terminal', [
			'Councillors in Porthmellin voted on Tuesday to spend €3,6 million expanding the town’s ferry terminal.',
			'The Porthmellin Harbour Board said passenger numbers rose 12,5 per cent last year, to a record for the port.',
			'The board expects the expanded terminal to handle 9,4 per cent more cars by 2028.'
		]).filter((i) => /€3,6 million|12,5 per cent|9,4 per cent/.test(i.source.text.slice(i.source.keySpan.start, i.source.keySpan.end)));
		expect(items.some((i) => i.answerMode === 'estimate')).toBe(true);
		expect(items.some((i) => i.type === 'cloze' || i.type === 'mcq')).toBe(true);
		for (const item of items) {
			if (item.answerMode === 'estimate') {
				const typed = item.options[item.key].replace(/^€|\s?(?:million|per cent)$/g, '');
				expect(credit(item, { kind: 'text', text: typed })).toBe(1);
			} else if (item.type !== 'true-false') {
				for (const o of item.options) expect(o).toMatch(/^(?:€\d+,\d million|\d+,\d per cent)$/);
			}
		}
	});

	it('reads "a third of" and "by a fifth" as a share, never a rank, and "a third terminal" as a rank', () => {
		expect(figures('Commuters make up just over a third of its passengers.')).toEqual(['percent a third 33.3']);
		expect(figure('Commuters make up just over a third of its passengers.', 'percent').bound).toBe(true);
		expect(figures('Bookings were up by a fifth, the operator said.')).toEqual(['percent a fifth 20']);
		expect(figures('The operator will open a third terminal next year.')).toEqual(['ordinal third 3']);
		// "a year and a half", "a one-third stake", "two thirds" with no whole after it: no share of anything named
		expect(figures('The works ran a year and a half late.')).toEqual([]);
		expect(figures('The council sold a one-third stake.')).toEqual([]);
		expect(figures('Roughly two thirds of the seats were empty.')).toEqual(['percent two thirds 66.7']);
		// "a third of that value": the whole is named in another sentence, so the share is not asked (R4)
		expect(figures('Roughly a third of that total came from tourists.')).toEqual([]);
		expect(figures('Tourists spent about a third of this year’s budget.')).toEqual(['percent a third 33.3']);
	});

	it('offers a fraction key the fractions nearest it, written as the key is, and sorts the options by size', () => {
		const options = (sentence: string) => numericDistractors(figure(sentence, 'percent'), createPrng(3), new Set());
		expect(options('The ferry lost about two-thirds of its bookings.')).toEqual(['three-quarters', 'half', 'a third']);
		expect(options('The ferry lost about two thirds of its bookings.')).toEqual(['three quarters', 'half', 'a third']);
		expect(options('Fares rose by one-fifth.')).toEqual(['one-quarter', 'one-tenth', 'one-third']);
		const items = itemsOf('Farmers in Velland face poor olive harvest', [
			'Olive growers in Velland expect to lose about two-thirds of this year’s crop after a late frost, the regional farmers’ union said.',
			'Velland supplies a quarter of the country’s olive oil, according to the agriculture ministry.',
			'Prices at the Velland cooperative mill have risen by a fifth since August.',
			'Growers have asked for €12 million in emergency aid.'
		], 4).filter((i) => i.type === 'cloze' && i.source.text.includes('two-thirds'));
		expect(items.length).toBeGreaterThan(0);
		for (const item of items) expect(item.options).toEqual(['a third', 'half', 'two-thirds', 'three-quarters']);
	});

	it('reads Icelandic krona by its code and the zloty by its Polish spelling as money', () => {
		expect(figures('The harbour will cost ISK 2.3 billion to dredge.')).toEqual(['money ISK 2.3 billion 2300000000']);
		expect(figures('The plant cost 95m złoty to build.')).toEqual(['money 95m złoty 95000000']);
	});

	it('reads a sentence that credits its figure to a body that "compiled" it as news, not as a credit line', () => {
		const report = reportOf('Bread prices climb in Kestrel Bay', [
			'The price of a loaf in Kestrel Bay rose to $3.40 in March, according to figures compiled by the Kestrel Bay Consumer Council.',
			'Bakers in Kestrel Bay blamed the cost of flour, which has doubled since 2022.',
			...filler
		]);
		const at = report.quiz.sentences.findIndex((s) => s.text.includes('compiled by'));
		expect(report.facts[at].map((f) => `${f.type} ${f.text}`)).toContain('money $3.40');
	});
});
