import { describe, expect, it } from 'vitest';
import { generateWithReport, type GenerationReport } from '../../src/lib/quiz/generate';
import { parseArticleText } from '../../src/lib/quiz/parse-article';

/** Generates from a headline and paragraphs of news sentences, every candidate kept in view. */
function reportOf(title: string, paragraphs: string[]): GenerationReport {
	return generateWithReport(parseArticleText(`${title}\n\n${paragraphs.join('\n\n')}`), { seed: 1, maxItems: 15 });
}

/** Every stem written for the article, shown or rejected. */
function allStems(report: GenerationReport): string[] {
	return [...report.quiz.items.map((i) => i.stem), ...report.rejections.map((r) => r.stem)];
}

/** The stems, by source sentence, of the items a report's quiz asks. */
function stemsOf(report: GenerationReport): Record<number, string> {
	return Object.fromEntries(report.quiz.items.map((i) => [i.source.sentence, i.stem]));
}

describe('faults a teacher found on unseen articles', () => {
	it('writes "the company" as the firm the dateline lead introduces, never as one the article names only later (R4, R6)', () => {
		const report = reportOf('Halden Foods profit falls as cocoa costs bite', [
			'LONDON, Nov 30 (Reuters) - Halden Foods, the British maker of biscuits and chocolate bars, reported a 14% fall in first-half profit on Thursday as the soaring price of cocoa ate into margins.',
			'The company kept its interim dividend unchanged at 8.5 pence a share.',
			'Halden was taken over in 2016 by a group of investors led by the American private equity firm Corbin Partners, which sold its last shares in the company in March.'
		]);
		expect(stemsOf(report)[1]).toMatch(/^Halden Foods kept its interim dividend unchanged at _____/);
		expect(allStems(report).filter((s) => /Corbin Partners (?:kept|said)/.test(s))).toEqual([]);
	});
});
