import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../src/lib/quiz/facts';
import { simplify } from '../../src/lib/quiz/simplify';
import { kept, written, reportOf } from './report';

// an invented one-country story: Ghana's cocoa harvest, its government and its one ministry
const cocoa = (extra: string[] = []) => [
	'ACCRA (Reuters) - Ghana expects its cocoa harvest to fall by a fifth this season after a long dry spell hit farms in the west of the country, officials said on Monday.',
	'The government estimates cocoa output will fall to about 640,000 tonnes this season, down from 800,000 tonnes last year.',
	'Farmers in Ghana said the rains had come six weeks late and that many young trees had died in the heat.',
	'The Ministry of Food and Agriculture said it would hand out 120,000 drought-resistant seedlings to growers before the next planting season.',
	'The ministry said 14 districts had reported losses of more than half their crop.',
	...extra,
	'Cocoa prices in London rose 3 percent on the news, traders said, as buyers worried about supplies from West Africa.'
];
const title = 'Ghana cocoa harvest to fall by a fifth as dry spell bites farms';

describe('the government and the one ministry of a one-country story, written in (R4)', () => {
	it('writes "the government" as the story country’s', () => {
		expect(kept(title, cocoa()).some((s) => s.startsWith('The Ghanaian government estimates cocoa output will fall'))).toBe(true);
	});

	it('writes "the ministry" as the one ministry the article names, owned by the story’s country', () => {
		const stems = written(reportOf(title, cocoa())).map((w) => w.stem);
		expect(stems.some((s) => /Ghana[’']s Ministry of Food and Agriculture\b.*\bdistricts/.test(s))).toBe(true);
		expect(stems.some((s) => /\b(?:The|the) ministry\b.*\bdistricts/.test(s))).toBe(false);
	});

	it('leaves "the government" where the article tells of another country’s', () => {
		const stems = written(reportOf(title, cocoa(["Ivory Coast's government said its own harvest would be close to last year's."]))).map((w) => w.stem);
		expect(stems.some((s) => /Ghanaian government/.test(s))).toBe(false);
	});

	it('leaves "the ministry" where the article names two', () => {
		const stems = written(reportOf(title, cocoa(['The Finance Ministry said export earnings could drop by $1.2 billion.']))).map((w) => w.stem);
		expect(stems.some((s) => /Ghana[’']s Ministry of Food and Agriculture\b.*\bdistricts/.test(s))).toBe(false);
	});
});

describe('an aside that opens a list in lower case', () => {
	it('is never cut so that the list’s rest becomes the verb’s object (R1)', () => {
		const sentence = 'The agency estimates that around 3.1 million people will benefit, most of them pensioners, farm workers and students in rural areas.';
		expect(simplify(sentence, extractFacts(sentence)).map((c) => c.text).some((t) => /benefit farm workers/.test(t))).toBe(false);
	});
});
