import { describe, expect, it } from 'vitest';
import { generateWithReport } from '../../src/lib/quiz/generate';
import { parseArticleText } from '../../src/lib/quiz/parse-article';
import { keptPerArgs, keptPerText, keptPerTextAnd, keptPerTextAndWord } from '../../src/lib/quiz/words';

// readings kept per text must answer as a fresh reading does: a kept answer is never another
// argument's, and a second generation of the same article (its stems found kept) is the first's

describe('keptPerArgs', () => {
	it('keeps one reading per exact list of arguments', () => {
		let reads = 0;
		const slice = keptPerArgs((text: string, from: number, to: number) => {
			reads++;
			return text.slice(from, to);
		}, 10);
		expect(slice('harbour wall', 0, 7)).toBe('harbour');
		expect(slice('harbour wall', 8, 12)).toBe('wall');
		expect(slice('harbour wall', 0, 7)).toBe('harbour');
		expect(reads).toBe(2);
	});

	it('tells a number from the same digits as text', () => {
		const kind = keptPerArgs((value: string | number) => typeof value, 10);
		expect(kind('12')).toBe('string');
		expect(kind(12)).toBe('number');
	});
});

describe('keptPerTextAnd', () => {
	it('never answers a text read with one test from a reading with another', () => {
		const counts = keptPerTextAnd((text: string, isWord: (word: string) => boolean) => text.split(' ').filter(isWord).length, 10);
		const long = (word: string) => word.length > 4;
		const short = (word: string) => word.length <= 4;
		expect(counts('the ferry left the quay', long)).toBe(1);
		expect(counts('the ferry left the quay', short)).toBe(4);
		expect(counts('the ferry left the quay', long)).toBe(1);
	});
});

describe('keptPerTextAndWord', () => {
	it('reads each name once per article text, never answering one text from another', () => {
		let reads = 0;
		const mentions = keptPerTextAndWord((text: string, name: string) => {
			reads++;
			return text.split(name).length - 1;
		}, 10);
		const first = 'Ana Brook met Tom Reyes. Brook said the pier would reopen.';
		const second = 'Tom Reyes spoke after the vote.';
		expect(mentions(first, 'Brook')).toBe(2);
		expect(mentions(first, 'Reyes')).toBe(1);
		expect(mentions(first, 'Brook')).toBe(2);
		expect(mentions(second, 'Brook')).toBe(0);
		expect(reads).toBe(3);
	});
});

describe('keptPerText', () => {
	it('starts afresh past its limit and still answers', () => {
		const upper = keptPerText((text: string) => text.toUpperCase(), 2);
		expect(['a', 'b', 'c', 'a'].map(upper)).toEqual(['A', 'B', 'C', 'A']);
	});
});

describe('generation with kept readings', () => {
	const text = [
		'Harbour town votes to rebuild storm-hit sea wall',
		'The council of Port Ellery voted on Tuesday to spend £4.2m rebuilding the sea wall that storms breached in January.',
		'Mayor Ingrid Castellano said 312 homes had flooded when the wall gave way, and that the town could not wait for another winter.',
		'Work is due to start in March and take about 18 months, the council said.',
		'Castellano said the rebuilt wall would stand 1.5 metres higher than the old one.',
		'Residents had collected 2,400 signatures asking for the work to be brought forward.',
		'Engineers from the regional water board will oversee the project, which is the largest the town has paid for since 1998.'
	].join('\n\n');

	it('writes the same quiz, report and rejections a second time', () => {
		const first = JSON.stringify(generateWithReport(parseArticleText(text), { seed: 3 }));
		const second = JSON.stringify(generateWithReport(parseArticleText(text), { seed: 3 }));
		expect(second).toBe(first);
	});
});
