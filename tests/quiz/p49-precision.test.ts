import { describe, expect, it } from 'vitest';
import { generateWithReport } from '../../src/lib/quiz/generate';
import { parseArticleText } from '../../src/lib/quiz/parse-article';

function stemsOf(text: string): { shown: string[]; all: string[] } {
	const report = generateWithReport(parseArticleText(text), { seed: 1 });
	const shown = report.quiz.items.map((i) => i.stem);
	return { shown, all: [...shown, ...report.rejections.map((r) => r.stem)] };
}

const obituary = `Marta Oleksiw, Ukrainian poet of the Carpathian villages, dies aged 81

Marta Oleksiw, the Ukrainian poet whose verses about mountain farming families were read in schools across the country, has died at her home in Lviv.

She was 81.

Born in 1944 in a hamlet near Verkhovyna, Oleksiw was the eldest of four daughters of a shepherd and a seamstress.

Her first collection, Smoke Over the Pasture, appeared in 1969.

Over her long career she wrote 19 books of poems and two plays.

Colleagues paid tribute on Tuesday.

The composer Nikita Hrytsenko, 41, said that hearing Smoke Over the Pasture as a student in Kolomyia had given him "a reason to stay in the mountains".

In 1972 she married the sculptor Bohdan Levytsky, whose carvings decorated the covers of several of her books.

She is survived by two daughters and five grandchildren.`;

describe('a pronoun near a man whose first name the lexicon files as a woman’s', () => {
	// the lexicon's English "Nikita" is a woman's name; the article's own "him" says he is a man, so
	// "she married" is not his, and with his gender in doubt it is resolved to no one (a dev154 reader's R6)
	it('never writes the obituary’s "she married" as the man named in the sentence before', () => {
		const { all } = stemsOf(obituary);
		expect(all.filter((s) => /Hrytsenko married/.test(s))).toEqual([]);
	});
});
