import { describe, expect, it } from 'vitest';
import { datelineOf } from '../../src/lib/quiz/datelines';
import { parseArticleText } from '../../src/lib/quiz/parse-article';
import { relativeDates } from '../../src/lib/quiz/relative-dates';
import { textToArticle } from '../../src/lib/server/article-input';

const story = [
	'The ferry company said on Tuesday that its new electric boat would carry its first passengers across the estuary before the summer holidays begin.',
	'Engineers spent eleven months fitting the batteries, which can be charged in forty minutes at the quay, and the crew has been trained to run the vessel at night.'
].join('\n\n');

describe('datelineOf', () => {
	it('reads a date alone or after a label, with a clock time after it, and nothing else', () => {
		expect(datelineOf('Published 9 October 2025')).toEqual({ date: '2025-10-09', label: 'published' });
		expect(datelineOf('Last updated: 21 Nov 2025, 16:05')).toEqual({ date: '2025-11-21', label: 'updated' });
		expect(datelineOf('Posted on November 3, 2025 at 7.15 am GMT')).toEqual({ date: '2025-11-03', label: 'published' });
		expect(datelineOf('Friday 17 October 2025')).toEqual({ date: '2025-10-17', label: 'published' });
		expect(datelineOf('The bridge closed on 9 October 2025')).toBeUndefined();
		expect(datelineOf('Published 30 February 2025')).toBeUndefined();
	});
});

describe('a dateline under the headline of a pasted article', () => {
	it('becomes the publication date and leaves the text, so "on Tuesday" resolves against it', () => {
		const article = parseArticleText(`Electric ferry to sail by summer\n\nBy Owen Pritchard\n\nPublished 9 October 2025\n\n${story}`);
		expect(article.published).toBe('2025-10-09');
		expect(article.byline).toBe('Owen Pritchard');
		expect(article.paragraphs.join(' ')).not.toMatch(/Published|2025/);
		// 9 October 2025 was a Thursday: "on Tuesday" is the 7th
		expect(relativeDates(article.paragraphs[0], article.published).map((d) => d.from)).toEqual([Date.UTC(2025, 9, 7) / 86_400_000]);
	});

	it('is read on a line of its own inside the headline block, and the first publication beats an update', () => {
		const article = parseArticleText(`Electric ferry to sail by summer\nUpdated 12 Oct 2025, 10:42\nPosted on October 9, 2025\n\n${story}`);
		expect(article.title).toBe('Electric ferry to sail by summer');
		expect(article.published).toBe('2025-10-09');
	});

	it('goes to the draft\'s publication date when pasted in /new, beside the byline', () => {
		const draft = textToArticle(`Electric ferry to sail by summer\nBy Owen Pritchard\nUpdated 12 Oct 2025, 10:42\n\n${story}`);
		expect(draft).toMatchObject({ title: 'Electric ferry to sail by summer', byline: 'Owen Pritchard', published: '2025-10-12' });
		expect(draft.paragraphs).toHaveLength(2);
	});

	it('is taken from the end of a byline line, which stays the byline', () => {
		const draft = textToArticle(`Electric ferry to sail by summer\nBy Owen Pritchard, Harbour Gazette | 9 October 2025\n\n${story}`);
		expect(draft).toMatchObject({ byline: 'Owen Pritchard, Harbour Gazette', published: '2025-10-09' });
		const article = parseArticleText(`Electric ferry to sail by summer\n\nBy Owen Pritchard · Updated 12 Oct 2025, 10:42\n\n${story}`);
		expect(article).toMatchObject({ byline: 'Owen Pritchard', published: '2025-10-12' });
		expect(article.paragraphs).toHaveLength(2);
	});

	it('leaves a date alone deep in the story, and a sentence that names a date, in the text', () => {
		const lines = ['Electric ferry to sail by summer', story, 'The first sailing was booked for 9 October 2025 by the harbour board.', 'A second paragraph follows here.', 'And a third.', 'And a fourth.', 'And a fifth.', '14 November 2025'];
		const article = parseArticleText(lines.join('\n\n'));
		expect(article.published).toBeUndefined();
		expect(article.paragraphs).toContain('14 November 2025');
		expect(article.paragraphs).toContain('The first sailing was booked for 9 October 2025 by the harbour board.');
	});

	it('leaves the dates of a timeline near the top in the text: a date alone after a line of the story is an event\'s (a reviewer\'s find)', () => {
		const lines = ['Pool charges timeline', 'The council set out its timetable.', '1 April 2026', 'New charges begin.', '1 May 2026', 'The pool closes.', story];
		const article = parseArticleText(lines.join('\n\n'));
		expect(article.published).toBeUndefined();
		expect(article.paragraphs).toEqual(expect.arrayContaining(['1 April 2026', '1 May 2026']));
		const header = parseArticleText(['Electric ferry to sail by summer', '14 November 2025', '2 December 2025', story].join('\n\n'));
		expect(header.published).toBe('2025-11-14');
		expect(header.paragraphs).toContain('2 December 2025');
	});
});
