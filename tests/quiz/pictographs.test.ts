import { describe, expect, it } from 'vitest';
import { generateQuiz } from '../../src/lib/quiz/generate';
import { parseArticleText } from '../../src/lib/quiz/parse-article';
import { pictographEdges, withoutPictographs } from '../../src/lib/quiz/pictographs';
import { splitSentences } from '../../src/lib/quiz/sentences';

const PICTURE = /(?![©®™])\p{Extended_Pictographic}/u;

describe('withoutPictographs', () => {
	it('drops an emoji and the space before it, keeping the punctuation after it', () => {
		expect(withoutPictographs('The pool opens on 4 June 🎉, the council said.')).toBe('The pool opens on 4 June, the council said.');
		expect(withoutPictographs('Fans cheered 🎉 🙌 as the gates opened 🏟️.')).toBe('Fans cheered as the gates opened.');
	});

	it('drops whole sequences: skin tones, joined emoji, flags and presentation selectors', () => {
		expect(withoutPictographs('👩🏽‍💻 Coders met in Leeds 🇬🇧 on Friday ✍️')).toBe('Coders met in Leeds on Friday');
	});

	it('keeps two words apart where an emoji was glued between them', () => {
		expect(withoutPictographs('sold out🎟️tickets')).toBe('sold out tickets');
	});

	it('keeps ©, ® and ™, and leaves a text without emoji as it is', () => {
		expect(withoutPictographs('© Harbour Press, a Lumen® brand')).toBe('© Harbour Press, a Lumen® brand');
		expect(withoutPictographs('  two  spaces kept ')).toBe('  two  spaces kept ');
	});
});

describe('items from an article with emoji in its sentences', () => {
	const article = parseArticleText([
		'Riverside library reopens after two-year rebuild 📚',
		'The Marlow Street library in Tennant Vale reopened on Saturday after a rebuild that cost £3.8 million 🎉, the Tennant Vale Council said.',
		'About 2,400 people visited on the first day, more than twice the number the council had expected 🙌.',
		'The old building was closed in March 2022 after inspectors found damp in its walls and roof 🏚️.',
		'"We have waited a long time for this day 😊," said the head librarian, Oriel Banfield. "Children can finally come back to read after school."',
		"The new building has a reading room for 120 people, a children's floor and a cafe run by volunteers ☕.",
		'Councillor Petra Lindqvist said the library would open seven days a week, two days more than before 📅.',
		"The council borrowed £1.5 million for the work and the rest came from the national heritage fund 💷, according to the council's budget papers.",
		'Local schools plan to bring classes to the library every Thursday, said Hamid Orrell, who runs the Tennant Vale schools trust 🏫.',
		'The library lends about 90,000 books a year, and the council hopes that figure will rise by 15 per cent now the building is open again 📈.',
		'Banfield said the staff had trained 40 new volunteers to help visitors use the computers 💻 and the new self-service machines.',
		"The rebuild was designed by the architects Calder and Mott, who also rebuilt the town's swimming pool in 2018 🏊.",
		'A second phase, a garden behind the building, will cost another £400,000 and should be finished by next spring 🌷, the council said.'
	].join('\n\n'));
	const items = generateQuiz(article, { seed: 7 }).items;

	it('asks and offers no emoji, and shows the source sentence as the article has it', () => {
		const withEmoji = items.filter((item) => PICTURE.test(item.source.text));
		expect(withEmoji.length).toBeGreaterThan(2);
		for (const item of items) {
			expect(item.stem).not.toMatch(PICTURE);
			for (const option of [...item.options, ...(item.accepted ?? [])]) expect(option).not.toMatch(PICTURE);
		}
		const cost = items.find((item) => item.source.text.includes('£3.8 million'));
		expect(cost?.stem).toContain('that cost _____, the Tennant Vale Council said.');
		expect(cost?.source.text).toContain('£3.8 million 🎉,');
	});
});

describe('emoji between sentences', () => {
	it('are measured at either edge of a text, spaces with them', () => {
		expect(pictographEdges('🕒 Nobody was hurt. 🙏')).toEqual({ lead: 3, trail: 3 });
		expect(pictographEdges('Nobody was hurt.')).toEqual({ lead: 0, trail: 0 });
		expect(pictographEdges('🔥🔥')).toEqual({ lead: 4, trail: 0 });
	});

	it('are left out of the sentences they open or close, which end on their own stop and are asked (a fresh user’s article with an emoji after each sentence gave no item)', () => {
		const article = parseArticleText([
			'Crews fight warehouse fire in Hull 🚒',
			'Firefighters spent 11 hours tackling a fire at a paper warehouse in Hull on Monday, Humberside Fire and Rescue Service said. 😱',
			'About 45 firefighters were sent to the site after the alarm was raised at 2am. 🕒 Nobody was injured, the service said. 🙏',
			'The warehouse, owned by Tarrant Paper Ltd, employs 180 people. 👷 🏭'
		].join('\n\n'));
		const sentences = splitSentences(article);
		expect(sentences.map((s) => s.text)).toEqual([
			'Firefighters spent 11 hours tackling a fire at a paper warehouse in Hull on Monday, Humberside Fire and Rescue Service said.',
			'About 45 firefighters were sent to the site after the alarm was raised at 2am.',
			'Nobody was injured, the service said.',
			'The warehouse, owned by Tarrant Paper Ltd, employs 180 people.'
		]);
		expect(generateQuiz(article, { seed: 1 }).items.some((item) => item.source.text.startsWith('Firefighters spent'))).toBe(true);
	});
});
