import { describe, expect, it } from 'vitest';
import { datelineOf } from '../../src/lib/quiz/datelines';
import { parseArticleText } from '../../src/lib/quiz/parse-article';
import { relativeDates } from '../../src/lib/quiz/relative-dates';

const story = [
	'The orchard cooperative said on Tuesday that its cider press would open to visitors for the first time since the flood damaged the old barn.',
	'Volunteers spent nine weekends rebuilding the barn walls with stone taken from the riverbank, and the press itself was shipped back from a workshop in Devon.'
].join('\n\n');

describe('the date lines news sites print under a headline', () => {
	it('are read with a reading time after them, in figures, or as a published and an updated part on one line', () => {
		expect(datelineOf('Published 11 June 2026 · 6 min read')).toEqual({ date: '2026-06-11', label: 'published' });
		expect(datelineOf('June 11, 2026 | 3-minute read')).toEqual({ date: '2026-06-11', label: 'published' });
		expect(datelineOf('Updated: 12 Jun 2026, 09:40 BST')).toEqual({ date: '2026-06-12', label: 'updated' });
		expect(datelineOf('11.06.2026 – 17:05')).toEqual({ date: '2026-06-11', label: 'published' });
		expect(datelineOf('Posted 2026-06-11T17:05:00Z')).toEqual({ date: '2026-06-11', label: 'published' });
		expect(datelineOf('Published: 11 June 2026 | Updated: 12 June 2026')).toEqual({ date: '2026-06-11', label: 'published' });
	});

	it('read a slashed date only when its order is plain, and no line with other words', () => {
		expect(datelineOf('25/06/2026')).toEqual({ date: '2026-06-25', label: 'published' });
		expect(datelineOf('06/25/2026')).toEqual({ date: '2026-06-25', label: 'published' });
		// 06/05 is 6 May in Leeds and June 5 in Ohio
		expect(datelineOf('06/05/2026')).toBeUndefined();
		expect(datelineOf('31.06.2026')).toBeUndefined();
		expect(datelineOf('Published 11 June 2026 · Cider makers rebuild')).toBeUndefined();
		expect(datelineOf('The press reopened on 11.06.2026 after repairs')).toBeUndefined();
	});

	it('become the publication date and leave the body, so "on Tuesday" resolves against them', () => {
		for (const line of ['Published 11 June 2026 · 6 min read', '11.06.2026 – 17:05', 'Published: 11 June 2026 | Updated: 12 June 2026']) {
			const article = parseArticleText(`Cider press reopens after flood\n\nBy Mared Hughes\n\n${line}\n\n${story}`);
			expect(article.published).toBe('2026-06-11');
			expect(article.paragraphs).toHaveLength(2);
			// 11 June 2026 is a Thursday: "on Tuesday" is the 9th
			expect(relativeDates(article.paragraphs[0], article.published).map((d) => d.from)).toEqual([Date.UTC(2026, 5, 9) / 86_400_000]);
		}
	});

	it('leave a reading time on a line of its own out of the body', () => {
		const article = parseArticleText(`Cider press reopens after flood\n\n11 June 2026\n\n4 min read\n\n${story}`);
		expect(article).toMatchObject({ published: '2026-06-11' });
		expect(article.paragraphs).toHaveLength(2);
	});
});
