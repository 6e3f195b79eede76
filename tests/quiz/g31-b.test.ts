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
import { filler, itemsOf, written, reportOf } from './report';

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

describe('g31-b: the one body or fire a stem names, written or read as named (holdout84, holdout85)', () => {
	it('reads "the airline" as the one carrier the stem has introduced by its kind', () => {
		const report = reportOf('Dutch carrier Vellora Air scraps 74 flights as pilots strike', [
			'AMSTERDAM (Reuters) - Dutch regional carrier Vellora Air cancelled 74 flights on Monday as pilots walked out in the first strike in the airline\'s 12-year history, stranding about 9,000 passengers.',
			'The pilots\' union wants a 9 percent pay rise over two years.',
			...filler
		]);
		// the lead's stems pass every check, whether or not the picker takes one for this short quiz
		expect(report.passedIn).toContain(0);
		const lead = written(report).filter((w) => /in the airline's 12-year history/.test(w.stem) && w.stem.startsWith('Dutch regional carrier Vellora Air'));
		expect(lead.map((w) => w.check)).not.toContain('R4');
	});

	it('still refuses "the airline" where the stem names two bodies', () => {
		const all = written(
			reportOf('Dutch carrier Vellora Air scraps 74 flights as pilots strike', [
				'AMSTERDAM (Reuters) - Dutch regional carrier Vellora Air cancelled 74 flights on Monday as pilots walked out, stranding about 9,000 passengers.',
				'Shares in Brandt Holdings, the airline\'s parent company, fell 4.2 percent on Monday.',
				...filler
			])
		);
		const shares = all.filter((w) => /Brandt Holdings/.test(w.stem) && /the airline's/.test(w.stem));
		for (const w of shares) expect(w.check).not.toBe('');
	});

	it('reads "the city" as the city whose City Council the stem names', () => {
		const all = written(
			reportOf('Harwick council hit by cyber attack as services go offline', [
				'Harwick City Council says it will not pay a ransom demanded by hackers who attacked its computer systems, as disruption to services for the city\'s 88,000 residents enters a third day.',
				'The council first noticed the attack on Sunday and shut down 40 of its servers.',
				...filler
			])
		);
		const lead = all.filter((w) => /the city's (?:88,000|_____) residents/.test(w.stem));
		expect(lead.length).toBeGreaterThan(0);
		expect(lead.map((w) => w.check)).not.toContain('R4');
	});

	it('writes "the blaze" as the fire the headline places, where the lead names none', () => {
		const all = written(
			reportOf('Wildfire near Kastoria forces 2,100 people from their homes as heat builds', [
				'KASTORIA, Greece (AP) — A wildfire burning through pine forests near Kastoria in northern Greece forced more than 2,100 people to leave their homes on Wednesday as temperatures reached 41 degrees.',
				'The blaze started on Monday evening near the village of Agios Nikolaos and has since burned about 5,400 hectares of forest.',
				'More than 600 firefighters were fighting the fire, backed by 23 aircraft.'
			])
		);
		expect(all.some((w) => w.check === '' && w.stem.startsWith('The wildfire near Kastoria started on Monday evening'))).toBe(true);
		expect(all.filter((w) => w.check === '' && /the (?:blaze|fire)\b/i.test(w.stem))).toEqual([]);
	});

	it('leaves "the blaze" bare, and refused, where the body tells of another fire', () => {
		const all = written(
			reportOf('Wildfire near Kastoria forces 2,100 people from their homes as heat builds', [
				'KASTORIA, Greece (AP) — A wildfire burning through pine forests near Kastoria in northern Greece forced more than 2,100 people to leave their homes on Wednesday as temperatures reached 41 degrees.',
				'A second fire broke out on Tuesday on the island of Evia, where 300 people were moved.',
				'The blaze has burned about 5,400 hectares of forest, officials said on Thursday.'
			])
		);
		expect(all.filter((w) => /wildfire near Kastoria/.test(w.stem) && !/^A wildfire burning/.test(w.stem))).toEqual([]);
	});
});

describe('g31-b: the quality report shows an estimate in the terms the player types', () => {
	it('prints the typed value, slider and scoring of a "_____ million" estimate', { timeout: 60_000 }, () => {
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
		for (const l of estimate) expect(l).toMatch(/typed in the blank's terms as [\d.]+, slider [\d.]+–[\d.]+, × 1000000\)/);
		// the slider's extent is no accepted band: the line after says how a guess scores, in the same terms
		const lines = out.split('\n');
		for (const l of estimate) {
			const typed = l.match(/typed in the blank's terms as ([\d.]+)/)![1];
			expect(lines[lines.indexOf(l) + 1]).toBe(`   scored by closeness: full points within 5% of ${typed}, none from 50% off`);
		}
	});
});

describe('g31-b: the story\'s election written in (holdout85)', () => {
	const election = [
		'The Greens have won the Ashworth and Kelby Dales seat in a by-election, overturning a Conservative majority of 4,100 after a late surge among younger voters.',
		'Maya Osei, a 37-year-old nurse from Kelby, took 9,842 votes, ahead of the Conservative candidate Tom Reddy on 8,115.',
		'The by-election was called after the sitting MP stood down in March to join a charity in Nairobi.',
		'The constituency covers about 1,400 square kilometres of moorland and farmland.'
	];

	it('writes the headline\'s election into "the by-election", "the constituency" and a stem of the vote that names none', () => {
		const all = written(reportOf('Greens take Ashworth and Kelby Dales by-election as Tory vote slumps', [...election, ...filler]));
		expect(all.some((w) => w.stem.startsWith('The Ashworth and Kelby Dales by-election was called after'))).toBe(true);
		expect(all.some((w) => w.stem.startsWith('The Ashworth and Kelby Dales constituency covers'))).toBe(true);
		const votes = all.filter((w) => /took (?:9,842|_____) votes/.test(w.stem));
		expect(votes.length).toBeGreaterThan(0);
		expect(votes.every((w) => w.stem.startsWith('In the Ashworth and Kelby Dales by-election, Maya Osei took'))).toBe(true);
		// the total after "on" is of the votes the stem has just counted
		expect(votes.map((w) => w.check)).toContain('');
		expect(all.filter((w) => /^The (?:by-election|constituency)\b/.test(w.stem) && w.check === '')).toEqual([]);
	});

	it('writes no election in where the body tells of another by-election', () => {
		const all = written(reportOf('Greens take Ashworth and Kelby Dales by-election as Tory vote slumps', [...election, 'A second by-election, in Harlow Fields, is due in May.', ...filler]));
		expect(all.filter((w) => w.stem.includes('Ashworth and Kelby Dales by-election,') || w.stem.startsWith('The Ashworth and Kelby Dales by-election'))).toEqual([]);
	});
});

