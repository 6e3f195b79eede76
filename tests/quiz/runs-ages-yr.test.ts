import { describe, expect, it } from 'vitest';
import { generateWithReport } from '../../src/lib/quiz/generate';
import { parseArticleText } from '../../src/lib/quiz/parse-article';
import { ageGivesYear } from '../../src/lib/quiz/plausible';
import type { Item } from '../../src/lib/quiz/types';
import { filler } from './report';

/** Every item over ten seeds from a headline and paragraphs (with `filler` after them), published on `published`. */
function items(title: string, paragraphs: string[], published: string): Item[] {
	const article = { ...parseArticleText(`${title}\n\n${[...paragraphs, ...filler].join('\n\n')}`), published };
	const out: Item[] = [];
	for (let seed = 1; seed <= 10; seed++) out.push(...generateWithReport(article, { seed, maxItems: 15 }).quiz.items);
	return out;
}

/** The options of the multiple-choice items whose source sentence includes `words`. */
function options(all: Item[], words: string): string[][] {
	return all.filter((i) => i.type !== 'true-false' && i.source.text.includes(words)).map((i) => i.options);
}

describe('an ordinal that counts a run of years', () => {
	it('offers no "first" before "year running" or "time running"', () => {
		const bakery = [
			'The Corner Crust bakery in Whitby has won the National Loaf Prize for the third year running, judges announced on Saturday.',
			'Owner Mairi Lennox said the sourdough recipe had been in her family since the 1950s.',
			'The bakery also took the regional pastry award for the second time running at the same ceremony in York.'
		];
		const all = items('Whitby bakery wins loaf prize again', bakery, '2026-05-02');
		const asked = [...options(all, 'year running'), ...options(all, 'time running')];
		expect(asked.length).toBeGreaterThan(0);
		expect(asked.flat().filter((o) => /^(?:first|1st)$/i.test(o))).toEqual([]);
	});
});

describe('a year the stem’s age and the birth year compute', () => {
	it('knows the key from an age beside a birth year, and only then', () => {
		const body = 'Margaret Hale was born in Carlisle in 1937.';
		const stem = 'In 2017, at the age of 80, she recorded her first album.';
		expect(ageGivesYear(stem, { span: { start: 3, end: 7 }, text: '2017' }, body)).toBe(true);
		expect(ageGivesYear('In 2018, aged 80, she recorded her first album.', { span: { start: 3, end: 7 }, text: '2018' }, body)).toBe(true);
		expect(ageGivesYear('In 2017 she recorded her first album.', { span: { start: 3, end: 7 }, text: '2017' }, body)).toBe(false);
		expect(ageGivesYear(stem, { span: { start: 3, end: 7 }, text: '2017' }, 'Margaret Hale grew up in Carlisle.')).toBe(false);
		expect(ageGivesYear('In 2017, at the age of 52, her son opened a gallery.', { span: { start: 3, end: 7 }, text: '2017' }, body)).toBe(false);
	});

	it('asks no year that the stated age and the birth year give away', () => {
		const obituary = [
			'Margaret Hale, the folk singer who recorded her first album in her eighties, has died aged 88.',
			'She was born in Carlisle in 1937 and worked for forty years as a school librarian in Penrith.',
			'In 2017, at the age of 80, she recorded an album of border ballads in a church in Keswick.',
			'The record sold 40,000 copies and was played on national radio.'
		];
		const all = items('Margaret Hale, folk singer, dies at 88', obituary, '2026-02-11');
		expect(all.filter((i) => i.source.text.includes('at the age of 80') && i.options.includes('2017')).map((i) => i.stem)).toEqual([]);
	});
});
