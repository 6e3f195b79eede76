import { generateWithReport, type GenerationReport } from '../../src/lib/quiz/generate';
import { parseArticleText } from '../../src/lib/quiz/parse-article';

/** Generates from a headline and paragraphs of news sentences with seed 1, every candidate kept in view (up to 15 items). */
export function reportOf(title: string, paragraphs: string[]): GenerationReport {
	return generateWithReport(parseArticleText(`${title}\n\n${paragraphs.join('\n\n')}`), { seed: 1, maxItems: 15 });
}

/** Every stem a report wrote, kept or rejected, with the check that refused it ('' when kept). */
export function written(report: GenerationReport): { stem: string; check: string }[] {
	return [...report.quiz.items.map((i) => ({ stem: i.stem, check: '' })), ...report.rejections.map((r) => ({ stem: r.stem, check: r.check }))];
}
