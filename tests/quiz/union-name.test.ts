import { describe, expect, it } from 'vitest';
import { generateWithReport } from '../../src/lib/quiz/generate';
import { parseArticleText } from '../../src/lib/quiz/parse-article';

const article = `Lagos dock strike halts container traffic

Container traffic at Apapa port in Lagos came to a standstill on Monday as thousands of dockworkers walked out over pay and safety.

The strike, called by the Stevedores and Dockworkers' Union of Nigeria (SDUN), began at 6am and is due to last 48 hours, union leaders said.

The union is also demanding a 40 per cent increase in basic wages, arguing that pay has failed to keep pace with inflation.

About 1,800 containers were stuck on the quay by midday, the port operator said.

The Nigerian Ports Authority said talks with the union would resume on Wednesday in Abuja.`;

describe('a union named over "and" and "of" keeps its whole name (R1)', () => {
	it('writes "the union" as "The Stevedores and Dockworkers\' Union of Nigeria", never "The Stevedores"', () => {
		const report = generateWithReport(parseArticleText(article), { seed: 1, maxItems: 15 });
		const stems = [...report.quiz.items.map((i) => i.stem), ...report.rejections.map((r) => r.stem)];
		expect(stems.some((s) => s.startsWith("The Stevedores and Dockworkers' Union of Nigeria is demanding a _____"))).toBe(true);
		for (const s of stems) expect(s).not.toMatch(/\bStevedores(?! and)/);
	});
});
