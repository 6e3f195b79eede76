import { describe, expect, it } from 'vitest';
import { filler, reportOf, story } from './report';

const title = 'Harwick & Lowe profit falls 12% as American stores struggle';
const results = [
	'Harwick & Lowe reported a 12% fall in half-year profit on Tuesday, blaming mounting losses at its American stores, and warned that full-year earnings would fall short of City expectations.',
	'The kitchenware retailer said pre-tax profit fell to £88.4m in the six months to March, from £100.2m a year earlier.',
	'Irene Castell, the chief executive, said the company would slow its growth in the United States.',
	'Online sales grew 6.3% and now make up 31% of the UK total.',
	'Only three new stores will open this year, down from the nine previously planned, and two shops in Ohio will close.',
	'American sales rose 14% to $120m in the half, helped by new stores in Texas.',
	'Tomas Berglund, the finance director, said the balance sheet remained strong.',
	...filler
];

/** Every stem the generator wrote for the article, kept or refused, with the check that refused it ('' when kept). */
function stems(paragraphs: string[], headline = title): { stem: string; check: string }[] {
	const report = reportOf(headline, paragraphs);
	return [...report.quiz.items.map((i) => ({ stem: i.stem, check: '' })), ...report.rejections.map((r) => ({ stem: r.stem, check: r.check }))];
}

describe('a results story’s own figures, stores and officers, where the stem says nothing of whose they are', () => {
	it('reads Harwick & Lowe as the story’s one organisation, the City’s expectations being no second body', () => {
		expect(story(title, results)).toMatch(/^Harwick & Lowe \[/);
	});

	it('writes the company in as the owner of its sales, though the stem names a place', () => {
		const all = stems(results);
		expect(all.some((w) => w.stem.startsWith('Harwick & Lowe’s online sales grew') || w.stem.startsWith("Harwick & Lowe's online sales grew"))).toBe(true);
		expect(all.some((w) => /^Harwick & Lowe['’]s American sales rose/.test(w.stem))).toBe(true);
		expect(all.filter((w) => w.check === '' && /^(?:Online|American) sales/.test(w.stem))).toEqual([]);
	});

	it('writes the company in before the stores it opens', () => {
		const all = stems(results);
		expect(all.some((w) => w.stem.startsWith('Only _____ new Harwick & Lowe stores will open'))).toBe(true);
		expect(all.filter((w) => w.check === '' && w.stem.startsWith('Only _____ new stores'))).toEqual([]);
	});

	it('writes the company in as the body of a bare company office', () => {
		const kept = stems(results).filter((w) => w.check === '').map((w) => w.stem);
		expect(kept.filter((s) => /described as the (?:chief executive|finance director)\b/.test(s))).toEqual([]);
		expect(kept.some((s) => /described as Harwick & Lowe’s (?:chief executive|finance director)\b/.test(s))).toBe(true);
	});

	it('keeps a bare company office out of a story with no one organisation', () => {
		const two = ['Harwick & Lowe and Pellworth Group both reported falling half-year profits on Tuesday, blaming weak demand.', ...results.slice(1)];
		const kept = stems(two, 'Homeware chains report falling profits').filter((w) => w.check === '').map((w) => w.stem);
		expect(kept.filter((s) => /described as the (?:chief executive|finance director)\b/.test(s))).toEqual([]);
	});
});
