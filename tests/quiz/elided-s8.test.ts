import { describe, expect, it } from 'vitest';
import { elidedFigure, leansOnPrevious, relationBefore } from '../../src/lib/quiz/elided';
import { extractFacts } from '../../src/lib/quiz/facts';
import { generateWithReport } from '../../src/lib/quiz/generate';
import { writtenNumber } from '../../src/lib/quiz/distractors';
import { strayOptions } from '../../src/lib/quiz/plausible';
import { parseArticleText } from '../../src/lib/quiz/parse-article';

/** The keys (as the source sentence words them) of every item made from an article. */
function keysOf(text: string): string[] {
	const items = generateWithReport(parseArticleText(text), { seed: 1, maxItems: 20 }).quiz.items;
	return items.map((i) => i.source.text.slice(i.source.keySpan.start, i.source.keySpan.end));
}

const ARTICLE = `Harbour City beat Lanford 3-1 to go top

Tomas Reyes gave Harbour City the lead in the 14th minute, and Ivo Petrak doubled the advantage in the 38th with a low shot from the edge of the area.

Lanford pulled one back in the 61st minute through substitute Kai Moore, who had come on at half-time.

A neighbour called emergency services at 3.40am. Crews arriving four minutes later found heavy smoke on both floors of the house on Elm Street.

Meridian said third-quarter revenue rose 18% to $8.4 billion. Analysts polled by LSEG had on average expected $8.21 billion.`;

describe('figures whose noun or anchor the sentence elides (elided.ts, QUALITY.md R4)', () => {
	it('takes "the 14th minute" as a key but never "the 38th" whose "minute" is left to the clause before', () => {
		const sentence = 'Reyes scored in the 14th minute, and Petrak doubled the lead in the 38th with a low shot.';
		const elided = extractFacts(sentence)
			.filter((f) => f.type === 'ordinal')
			.map((f) => [f.text, elidedFigure(f, sentence.slice(0, f.span.start), sentence.slice(f.span.end))]);
		expect(elided).toEqual([
			['14th', false],
			['38th', true]
		]);
	});

	it('never asks one end of a range whose other end the clause lost ("dates between _____.")', () => {
		const sentence = 'The recall covers jars with best-by dates between March 3, 2027, and June 30, 2027.';
		const date = extractFacts(sentence).find((f) => f.type === 'date')!;
		expect(elidedFigure(date, 'The recall covers jars with best-by dates between ', '.')).toBe(true);
		expect(elidedFigure(date, 'The recall covers jars with best-by dates between ', ' and June 30, 2027.')).toBe(false);
	});

	it('never asks "four minutes later", counted from an event the sentence does not state', () => {
		expect(keysOf(ARTICLE)).not.toContain('four');
	});

	it('never asks what analysts "expected" when the clause does not say of what', () => {
		expect(keysOf(ARTICLE)).not.toContain('$8.21 billion');
		expect(keysOf(ARTICLE.replace('had on average expected $8.21 billion', 'had on average expected revenue of $8.21 billion'))).toContain('$8.21 billion');
	});
});

describe('a person in apposition to a relation (elided.ts, QUALITY.md R8)', () => {
	it('tells a name after "counterpart," or "her husband," from one after a role or a place', () => {
		expect(relationBefore('His Lanford counterpart, ')).toBe(true);
		expect(relationBefore('She was supported by her husband, ')).toBe(true);
		expect(relationBefore('Lanford manager ')).toBe(false);
		expect(relationBefore('In Leeds, ')).toBe(false);
	});
});

describe('options beside the sentence\'s other figures (plausible.ts, QUALITY.md R5)', () => {
	it('gives no options to a key the stem\'s own figures point to when a distractor strays far from them', () => {
		const facts = extractFacts('Meridian forecast revenue of between $9.3 billion and $9.7 billion, compared with the average estimate of $9.05 billion.');
		const key = facts.find((f) => f.text === '$9.05 billion')!;
		expect(strayOptions(key, facts, key.text, ['$5.88 billion', '$13.12 billion', '$14.48 billion'], writtenNumber)).toBe(true);
		expect(strayOptions(key, facts, key.text, ['$8.85 billion', '$9.45 billion', '$9.6 billion'], writtenNumber)).toBe(false);
		const alone = extractFacts('Analysts expected revenue of $9.05 billion.');
		expect(strayOptions(alone[0], alone, alone[0].text, ['$5.88 billion', '$13.12 billion', '$14.48 billion'], writtenNumber)).toBe(false);
	});
});

describe('words that lean on the sentence before (elided.ts, QUALITY.md R4)', () => {
	const demonym = (w: string) => ['German', 'Spaniard', 'American', 'French'].includes(w);
	it('refuses "the German" for a player and "X then sheltered", and keeps "the German government"', () => {
		expect(leansOnPrevious('The German, who won in 2020, beat Ruud by _____ points.', demonym)).toBe(true);
		expect(leansOnPrevious('Graham Reid then sheltered in a snow hole for _____ hours.', demonym)).toBe(true);
		expect(leansOnPrevious('How many unforced errors did the German commit?', demonym)).toBe(true);
		expect(leansOnPrevious('The German government said _____ people had left.', demonym)).toBe(false);
		expect(leansOnPrevious('The American Red Cross sent _____ staff.', demonym)).toBe(false);
	});
});
