import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateWithReport } from '../../src/lib/quiz/generate';
import { parseArticleText } from '../../src/lib/quiz/parse-article';
import { withPossessive } from '../../src/lib/quiz/words';

/** Every stem the generator wrote for the article, shown or rejected. */
function stemsOf(text: string): string[] {
	const report = generateWithReport({ ...parseArticleText(text), published: '2026-02-09' }, { seed: 1, id: 'bakery' });
	return [...report.quiz.items.map((i) => i.stem), ...report.rejections.map((r) => r.stem)];
}

describe('the possessive of a name ending in s', () => {
	it('follows the article: "Davis’s" where it writes one, "Davis’" where it does not', () => {
		expect(withPossessive('Owen Davis', '’s', 'Davis’s first bakery opened in 2019.')).toBe('Owen Davis’s');
		expect(withPossessive('Owen Davis', "'s", "Davis's first bakery opened in 2019.")).toBe("Owen Davis's");
		expect(withPossessive('Owen Davis', '’s', 'Davis’ first bakery opened in 2019.')).toBe('Owen Davis’');
		expect(withPossessive('Owen Davis', '’s')).toBe('Owen Davis’');
		expect(withPossessive('Owen Davison', '’s', 'Davis’s bakery')).toBe('Owen Davison’s');
	});

	it('is written as the article writes it when a stem names the owner of "his"', () => {
		const text = readFileSync('tests/fixtures/u44b-bakery-davis.txt', 'utf8');
		const owned = stemsOf(text).filter((s) => /^Owen Davis\S* company/.test(s));
		expect(owned.length).toBeGreaterThan(0);
		expect(owned.every((s) => s.startsWith("Owen Davis's company"))).toBe(true);
		// the same story in the other style keeps its own
		const other = stemsOf(text.replace("Davis's first", "Davis' first")).filter((s) => /^Owen Davis\S* company/.test(s));
		expect(other.length).toBeGreaterThan(0);
		expect(other.every((s) => s.startsWith("Owen Davis' company"))).toBe(true);
	});
});
