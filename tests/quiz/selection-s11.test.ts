import { describe, expect, it } from 'vitest';
import { generateWithReport } from '../../src/lib/quiz/generate';
import { nameHeads } from '../../src/lib/quiz/named-heads';
import { parseArticleText } from '../../src/lib/quiz/parse-article';
import { splitSentences } from '../../src/lib/quiz/sentences';

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

describe('at most two items about one person, counting the person a false statement names (QUALITY.md)', () => {
	it('never asks about a speaker, as key or as the speaker a statement names, true or false, in more than two items', () => {
		const quoted = parseArticleText(
			[
			'Harbour plan splits Galway council',
			'Galway City Council approved a €48 million plan to rebuild the docks on Monday, by 11 votes to 7.',
			'"This is the biggest change to the harbour in a century," said councillor Niamh Brennan, who proposed the plan.',
			'"We have waited long enough for a working port," Brennan said. "The ferries cannot keep using a pier built in 1910."',
			'Opposition councillor Declan Furey said the vote was "rushed and reckless". "Nobody has costed the dredging," Furey said.',
			'"The harbour will be closed for three summers," Furey said. "Traders on the quays will lose their busiest months."',
			'Port manager Siobhan Keane said work would start in March 2027. "We expect 400 construction jobs at the peak," Keane said.',
			'"The new quay will take cruise ships of up to 300 metres," Keane said. "That is a market we lose to Cork today."',
			'The plan includes a 2.4km sea wall and a new ferry terminal for the Aran Islands service.'
			].join('\n\n')
		);
		for (const seed of [1, 2, 3, 4, 5, 6]) {
			const { items } = generateWithReport(quoted, { seed, maxItems: 15 }).quiz;
			for (const surname of ['Brennan', 'Furey', 'Keane']) {
				// an item is about a person when it asks them (the key) or states what they said, true or false
				const about = items.filter((i) => i.factType === 'person' && (i.type === 'true-false' ? i.stem.split(' said')[0].endsWith(surname) : i.options[i.key].endsWith(surname)));
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


describe('a noun that modifies the next one (QUALITY.md R4)', () => {
	it('is never written as a name ending in it: "The highway bridge" is no "Federal Highway bridge"', () => {
		const article = parseArticleText(
			[
				'Bridge collapse on Brazil border highway kills at least 9',
				'A highway bridge over the Uruguay River collapsed early Tuesday in southern Brazil, killing at least nine people.',
				'The bridge gave way at about 6:40 a.m., according to the Federal Highway Police.',
				'The bridge opened in 1974 and was last inspected in 2023, when engineers recorded corrosion on two pillars.',
				'Officials in Leeds reviewed the budget for the coming year in a long meeting on Tuesday.'
			].join('\n\n')
		);
		const sentences = splitSentences(article);
		const last = sentences.find((s) => s.text.startsWith('The bridge opened'))!;
		expect(nameHeads(article, sentences, last, 'The highway bridge opened in _____ and was last inspected in 2023.')).toBe('The highway bridge opened in _____ and was last inspected in 2023.');
	});
});

describe('"him" in the clause of the only man the stem names (QUALITY.md R4)', () => {
	it('refuses "Chris Woakham kept him company for the last _____ minutes": "him" is someone else', () => {
		const report = generateWithReport(
			parseArticleText(
				[
					'Ashworth century drags England clear at Lord’s',
					'Joe Ashworth made an unbeaten 112 as England reached 298 for six on the first day of the Test against New Zealand at Lord’s.',
					'Chris Woakham kept him company for the last 90 minutes and will resume on 31.',
					'Officials in Leeds reviewed the budget for the coming year in a long meeting on Tuesday.',
					'Local residents attended the session and asked many questions about the new library.'
				].join('\n\n')
			),
			{ seed: 1, maxItems: 15 }
		);
		expect(report.quiz.items.some((i) => /kept him company/.test(i.stem))).toBe(false);
		// "him" is now written as Joe Ashworth, the one man the sentence before names (p41), and the stem is still refused
		expect(report.rejections.some((r) => /kept (?:him|Joe Ashworth) company/.test(r.stem) && r.check === 'R4')).toBe(true);
	});
});

describe('a name the article writes only as the start of a longer one (QUALITY.md R1, R4)', () => {
	it('is no name for "the cyclone": "Tropical Cyclone" of "Tropical Cyclone Tamsin"', () => {
		const article = parseArticleText(
			[
				'Cyclone Tamsin crosses Queensland coast near Bowen',
				'Tropical Cyclone Tamsin crossed the coast near Bowen early on Monday as a category 3 system.',
				'The cyclone is the first to make landfall in the Whitsundays since 2017, causing an estimated $2.4 billion in insured losses.',
				'Officials in Leeds reviewed the budget for the coming year in a long meeting on Tuesday.'
			].join('\n\n')
		);
		const sentences = splitSentences(article);
		const second = sentences.find((s) => s.text.startsWith('The cyclone'))!;
		expect(nameHeads(article, sentences, second, 'The cyclone is the first to make landfall in the Whitsundays since 2017.')).toBe('The cyclone is the first to make landfall in the Whitsundays since 2017.');
	});
});
