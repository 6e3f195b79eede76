import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { partCeiling } from '../../src/lib/quiz/changes';
import { numericDistractors } from '../../src/lib/quiz/distractors';
import { extractFacts } from '../../src/lib/quiz/facts';
import { pastYearCeiling, previousRecordSide } from '../../src/lib/quiz/plausible';
import { createPrng } from '../../src/lib/quiz/prng';
import type { Item } from '../../src/lib/quiz/types';
import { itemsOf } from './report';

/** The items of ten seeds whose source sentence contains `words`. */
function itemsAbout(title: string, paragraphs: string[], words: string): Item[] {
	return itemsOf(title, paragraphs).filter((i) => i.source.text.includes(words));
}

describe('g31-b: distractors a reader rules out on their face (holdout84, holdout85)', () => {
	it('keeps "the first _____ months of the year" below the whole year', () => {
		expect(partCeiling(' months of the year', 'in the first ')).toBe(11);
		expect(partCeiling(' months of 2026', 'over the last ')).toBe(11);
		// the whole period stays a fair ceiling where no "first" or "last" makes the count a part of it
		expect(partCeiling(' months of the year', 'in ')).toBe(12);
		const items = itemsAbout(
			'Floods in northern Italy leave 41,000 homes without power',
			[
				'MILAN (AP) — Floods swept through the Po valley in northern Italy on Wednesday, cutting power to 41,000 homes and closing 63 roads, regional officials said.',
				'According to the European Flood Awareness System, rivers in Italy burst their banks more often in the first eight months of the year than in any full year on record.',
				'Rescue crews in Parma evacuated 420 people from a hospital and two care homes overnight.'
			],
			'first eight months'
		);
		const options = items.filter((i) => i.type === 'cloze' && i.options.includes('eight')).flatMap((i) => i.options);
		expect(options.length).toBeGreaterThan(0);
		expect(options).not.toContain('twelve');
	});

	it('keeps a year after "since" before the publication year', () => {
		expect(pastYearCeiling('the first panda born at the park since ', '2026-05-02', 2026)).toBe(2025);
		expect(pastYearCeiling('the panda was born in ', '2026-05-02', 2026)).toBe(2026);
		// "since 2026" in a story of May 2026 is no option; a key of the publication year itself keeps its own year as the ceiling
		expect(pastYearCeiling('the first giraffe born at the zoo since ', '2026-08-14', 2026)).toBe(2025);
	});

	it('keeps a previous record on its side of the new record the story gives', () => {
		const texts = [
			"A harbourside charity auction raised a record $4.15 million for children's hospitals on Friday night, 28 percent more than last year's $3.24 million, organizers said Sunday.",
			'The previous record, set in 2018, was $3.62 million.'
		];
		const sentences = texts.map((text) => ({ text, facts: extractFacts(text) }));
		const key = sentences[1].facts.find((f) => f.text === '$3.62 million')!;
		const side = previousRecordSide(texts[1], key, sentences);
		expect(side?.[0]).toBeCloseTo(4.15);
		// options drawn inside that window stay below the new record
		const options = numericDistractors(key, createPrng(7), new Set([4.15, 3.24, 28]), Infinity, side);
		expect(options.length).toBe(3);
		for (const o of options) expect(Number(o.replace(/[^\d.]/g, ''))).toBeLessThan(4.15);
		// a low record broken lower: the previous one's options stay above it
		const low = ['The town recorded a record low of 412 visitors in March.', 'The previous record low, set in 2009, was 530.'];
		const lows = low.map((text) => ({ text, facts: extractFacts(text) }));
		const lowKey = lows[1].facts.find((f) => f.text === '530')!;
		expect(previousRecordSide(low[1], lowKey, lows)?.[1]).toBe(412);
		// a key that is no previous record has no window
		expect(previousRecordSide(texts[0], sentences[0].facts.find((f) => f.text === '$4.15 million')!, sentences)).toBeUndefined();
	});
});

describe('g31-b: the quality report shows an estimate in the terms the player types', () => {
	it('prints the typed value and range of a "_____ million" estimate', { timeout: 60_000 }, () => {
		const articles = mkdtempSync(join(tmpdir(), 'g31-b-quality-'));
		writeFileSync(
			join(articles, '00-wheat.txt'),
			[
				'Drought cuts Moroccan wheat area to 2.1 million hectares',
				'Only about 2.1 million hectares were planted with wheat and barley in Morocco this season, against 3.4 million hectares a year earlier, the agriculture ministry said on Tuesday.',
				'The ministry said the harvest would fall to 2.6 million tons, the lowest in 17 years, after rainfall averaged 210 millimeters over the winter.',
				'Farmers in the region of Meknes said 60 percent of their fields were left unsown.',
				'The government said it would spend 1.2 billion dirhams on feed for livestock this year.'
			].join('\n\n')
		);
		const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/quality.ts', articles], { encoding: 'utf8' });
		expect(r.status).toBe(0);
		const out = readFileSync('quality-out/00-wheat.txt', 'utf8');
		const estimate = out.split('\n').filter((l) => /answer: .* million \(value/.test(l));
		expect(estimate.length).toBeGreaterThan(0);
		for (const l of estimate) expect(l).toMatch(/typed in the blank's terms as [\d.]+, range [\d.]+–[\d.]+, × 1000000\)/);
	});
});

