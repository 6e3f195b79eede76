import { describe, expect, it } from 'vitest';
import { BARE_EXPECTED, nameExpected, type AnaphoraSource } from '../../src/lib/quiz/anaphora';
import { extractFacts } from '../../src/lib/quiz/facts';
import { parseArticleText } from '../../src/lib/quiz/parse-article';
import { splitSentences } from '../../src/lib/quiz/sentences';
import { filler, kept } from './report';

/** An anaphora source of a headline and paragraphs (with `filler` after them), each sentence's facts extracted, the results story's airline and data firm its organisations. */
function sourceOf(title: string, paragraphs: string[]): AnaphoraSource {
	const article = parseArticleText(`${title}\n\n${[...paragraphs, ...filler].join('\n\n')}`);
	const sentences = splitSentences(article);
	return { article, sentences, facts: sentences.map((s) => extractFacts(s.text)), organisations: new Map([['corvina airlines', { text: 'Corvina Airlines' }], ['lseg', { text: 'LSEG' }]]), places: new Map([['milan', { text: 'Milan', level: 'city' }]]) };
}

describe('A results story’s bare measures, each the one company’s (QUALITY.md R4)', () => {
	const RESULTS = [
		'ROME, July 30 (Reuters) - Italian carrier Corvina Airlines on Thursday reported a 12% rise in first-half core profit as strong fares offset higher maintenance costs.',
		'Adjusted earnings before interest and taxes (EBIT) rose to 310 million euros in the six months to June 30, the Rome-based group said.',
		'Fuel costs fell 6% to 815 million euros, helped by lower jet fuel prices.',
		'Unit revenue per available seat kilometre (RASK) increased 2.7%.',
		'Shares in Corvina were up 3.2% in morning trading in Milan.'
	];
	const stems = () => kept('Corvina Airlines first-half profit jumps', RESULTS);

	it('writes the owner into "Fuel costs fell"', () => {
		expect(stems().some((s) => /^Corvina['’]s fuel costs fell _____%/.test(s))).toBe(true);
	});

	it('writes the owner into a measure spelled out in words and one per seat kilometre', () => {
		expect(stems().some((s) => /^Corvina['’]s adjusted earnings before interest and taxes rose to/.test(s))).toBe(true);
		expect(stems().some((s) => /^Corvina['’]s unit revenue per available seat kilometre increased/.test(s))).toBe(true);
	});

	it('asks no measure without its owner', () => {
		expect(stems().some((s) => /^(?:Fuel costs|Unit revenue|Adjusted earnings)\b/.test(s))).toBe(false);
	});
});

describe('Analysts’ expected figure, of the measure the sentence before gives (QUALITY.md R4)', () => {
	const LEAD = 'ROME, July 30 (Reuters) - Italian carrier Corvina Airlines on Thursday reported a 12% rise in first-half core profit as strong fares offset higher maintenance costs.';
	const EBIT = 'Adjusted earnings before interest and taxes rose to 310 million euros in the six months to June 30, the Rome-based group said.';
	const EXPECTED = 'Analysts polled by LSEG had on average expected 287 million euros.';
	const SHARES = 'Shares in Corvina were up 3.2% in morning trading in Milan.';
	const expected = (paragraphs: string[]) => {
		const source = sourceOf('Corvina Airlines first-half profit jumps', paragraphs);
		const sentence = source.sentences.find((s) => s.text === EXPECTED)!;
		return nameExpected(source, sentence, { stem: 'Analysts polled by LSEG had on average expected _____ million euros.' }).stem;
	};

	it('writes the company’s measure into the forecast', () => {
		expect(expected([LEAD, `${EBIT} ${EXPECTED}`, SHARES])).toBe("Analysts polled by LSEG had on average expected Corvina's adjusted earnings before interest and taxes of _____ million euros.");
	});

	it('leaves the forecast bare, for R4 to refuse, when the sentence before gives no measure', () => {
		expect(expected([LEAD, `${SHARES} ${EXPECTED}`, EBIT])).toBe('Analysts polled by LSEG had on average expected _____ million euros.');
		expect(BARE_EXPECTED.test('Analysts polled by LSEG had on average expected _____ million euros.')).toBe(true);
	});
});

describe('What the one country an article is set in owns, written in (QUALITY.md R4)', () => {
	it('writes "the country’s 28 districts" as the home country’s', () => {
		const FLOODS = [
			'Flooding in Malawi has killed 38 people and forced about 21,000 from their homes, officials said on Monday.',
			'Homes have been destroyed in 11 of the country’s 28 districts, according to the disaster management agency, with the worst damage near Lake Chilwa.',
			'Aid groups in Malawi said they were sending tents and water purification tablets to the worst-hit areas near Lake Chilwa.'
		];
		// the count of a country's districts is background, never asked (form-s10.test.ts); the statement still names Malawi
		const stems = kept('Malawi floods kill 38', [...FLOODS, ...filler]);
		expect(stems.some((s) => /^Homes have been destroyed in (?:\d+|_____) of Malawi’s 28 districts/.test(s))).toBe(true);
		expect(stems.some((s) => /Malawi’s _____ districts/.test(s))).toBe(false);
	});

	it('writes "the big banks" as the home country’s', () => {
		const RATES = [
			'Canadian home sales rose for a third month in October as lower borrowing costs drew buyers back, the Canadian Real Estate Association said.',
			'Five-year fixed mortgage rates at the big banks have fallen to about 4.3 per cent, according to a rate-comparison site.',
			'Sales in Canada were up 6.1 per cent from a year earlier, the association said.'
		];
		expect(kept('Canadian home sales rise again', [...RATES, ...filler]).some((s) => /^Five-year fixed mortgage rates at Canada’s big banks have fallen to/.test(s))).toBe(true);
	});

	it('leaves "the country’s" alone in an article about two countries', () => {
		const TWO = [
			'Flooding in Malawi and Mozambique has killed 38 people and forced about 21,000 from their homes, officials said on Monday.',
			'Homes have been destroyed in 11 of the country’s 28 districts, according to the disaster management agency.'
		];
		expect(kept('Floods kill 38 in southern Africa', [...TWO, ...filler]).some((s) => /Malawi’s _____ districts|Mozambique’s _____ districts/.test(s))).toBe(false);
	});
});

describe('The one product a launch story is about, written in (QUALITY.md R4)', () => {
	const LAUNCH = [
		'Veltro, the Taipei-based phone maker, has launched its first premium foldable in Europe.',
		'The Arc Flip, unveiled in Paris on Tuesday, is 5.9mm thick when open and weighs 198g.',
		'The Arc Flip starts at $1,299 in the US for the 12GB / 256GB model.',
		'A 16GB / 512GB version costs $1,499, £1,399 or €1,599.',
		'Preorders open on Friday, with shipping from October 3.',
		'The hinge is rated for 400,000 folds, so the phone should outlast a typical two-year contract.'
	];
	const stems = (title: string) => kept(title, [...LAUNCH, ...filler]);

	it('writes the product into a bare variant’s price and its preorders', () => {
		const launch = stems('Veltro’s Arc Flip is the lightest foldable phone yet');
		expect(launch.some((s) => s.startsWith('A 16GB / 512GB version of the Arc Flip costs'))).toBe(true);
		expect(launch.some((s) => /^(?:A 16GB \/ 512GB version costs|Preorders open)\b/.test(s))).toBe(false);
	});

	it('refuses them when the headline names no product', () => {
		expect(stems('Veltro launches its lightest foldable phone yet').some((s) => /^(?:A 16GB \/ 512GB version|Preorders)\b/.test(s))).toBe(false);
	});
});

describe('An acronym the article spells out elsewhere (QUALITY.md R4)', () => {
	it('writes "the HCB" as the name its capitals spell', () => {
		const FUNDING = [
			'Every hospital in Tasmania is still funded below the Hospital Care Benchmark, the state health minister said on Monday.',
			'Under the new agreement, Canberra has committed to lifting its contribution to 45 per cent of the HCB by 2031.'
		];
		expect(kept('Tasmanian hospitals below funding benchmark', [...FUNDING, ...filler]).some((s) => /of the Hospital Care Benchmark by 2031/.test(s))).toBe(true);
	});
});
