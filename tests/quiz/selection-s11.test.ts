import { describe, expect, it } from 'vitest';
import { generateWithReport } from '../../src/lib/quiz/generate';
import { parseArticleText } from '../../src/lib/quiz/parse-article';

const PARAGRAPHS = [
		'IIT Delhi breaks into global top 100 as Indian institutions climb world rankings',
		'The Indian Institute of Technology Delhi has entered the top 100 of the QS World University Rankings for the first time, placing 94th.',
		'"When I was a student, an Indian institution in the global top 100 seemed like a distant dream," said Kavita Raghunathan, a former director of the institute.',
		'Prof Anirudh Sastry, director of IIT Delhi, said staff were "delighted but not satisfied". "Rankings are one mirror, not the only one," he said.',
		'IIT Bombay slipped three places to 121st, while IIT Madras climbed from 180th to 162nd.',
		'"We should be careful about treating these tables as a report card on Indian higher education," said Meenakshi Iyer, an education policy researcher at Jawaharlal Nehru University.',
		'"The IITs educate a tiny fraction of students," Iyer said. "Most young Indians study at state universities that no ranking sees."',
		'Sastry said IIT Delhi would open 40 new research laboratories by 2028. "Our real test is whether the work done in our labs reaches industry," he said.',
		'Raghunathan said the government had raised research funding by 18 per cent in two years. "Money matters, but so does freedom," she said.',
		'At the global level, the Massachusetts Institute of Technology kept the top spot for a 16th consecutive year.',
		'Delhi University fell out of the top 400, to the 401-410 band, its lowest position since 2019.'
];
const article = parseArticleText(PARAGRAPHS.join('\n\n'));

describe('at most two items about one person, counting the person a false statement names (QUALITY.md)', () => {
	it('never puts a speaker, as key or as the name a statement gives, in more than two items', () => {
		for (const seed of [1, 2, 3, 4, 5, 6]) {
			const { items } = generateWithReport(article, { seed }).quiz;
			for (const surname of ['Sastry', 'Iyer', 'Raghunathan']) {
				const about = items.filter((i) => i.stem.includes(surname) || (i.factType === 'person' && i.type !== 'true-false' && i.options[i.key].endsWith(surname)));
				expect(about.length, `seed ${seed}, ${surname}: ${about.map((i) => i.stem).join(' | ')}`).toBeLessThanOrEqual(2);
			}
		}
	});

	it('asks no number a rank threshold gives ("fell out of the top 400"): every larger one is also true', () => {
		const ranked = parseArticleText(
			[
				'Delhi University slips in world rankings',
				'Delhi University fell out of the top 400 of the QS World University Rankings for the first time, officials said on Wednesday.',
				'The university had been ranked 328th in 2024 and 371st last year.',
				'Officials in Leeds reviewed the budget for the coming year in a long meeting on Tuesday.',
				'Local residents attended the session and asked many questions about the new library and its opening hours.'
			].join('\n\n')
		);
		for (const seed of [1, 2, 3, 4, 5, 6]) {
			const { items } = generateWithReport(ranked, { seed }).quiz;
			expect(items.filter((i) => i.source.text.slice(i.source.keySpan.start, i.source.keySpan.end) === '400')).toEqual([]);
		}
	});
});

describe('a name cut short before "of" is no name (QUALITY.md R4)', () => {
	it('never writes "the institute" as "the Indian Institute" of "Indian Institute of Science"', () => {
		const paragraphs = PARAGRAPHS.flatMap((p) =>
			p.startsWith('Prof Anirudh Sastry') ? ['The Indian Institute of Science in Bengaluru rose to 201st.', 'Prof Anirudh Sastry, director of IIT Delhi, said the institute was "delighted but not satisfied".'] : [p]
		);
		const article = parseArticleText(paragraphs.join('\n\n'));
		for (const seed of [1, 2, 3]) {
			const report = generateWithReport(article, { seed });
			for (const stem of [...report.quiz.items.map((i) => i.stem), ...report.rejections.map((r) => r.stem)]) expect(stem).not.toMatch(/Indian Institute(?! of)/);
		}
	});
});

