import { describe, expect, it } from 'vitest';
import { generateWithReport } from '../../src/lib/quiz/generate';
import { nameObituaryKinIn, type ObituarySubject } from '../../src/lib/quiz/obituary';
import { parseArticleText } from '../../src/lib/quiz/parse-article';

const article = `Tomasz Wierzbicki, Polish glassblower, dies aged 81

Tomasz Wierzbicki, the glassblower whose blue vases filled the windows of Kraków's galleries for half a century, has died aged 81, his family said.

He died at his home in Nowy Sącz after a long illness, his son said on Tuesday.

Born in Tarnów in 1944, Wierzbicki trained at a factory in Krosno and opened his own workshop in 1972.

His vases were shown in Vienna, Prague and Lyon, and one was bought by the National Museum in 1990.

He taught at the Academy of Fine Arts for 20 years and wrote two books on furnace design.

His wife, Anna, died in 2015. An elder sister, Zofia, lives in Gdańsk. Two sons, Piotr and Marek, run the workshop.

A funeral will be held in Nowy Sącz on Friday.`;

const subject: ObituarySubject = { surname: 'Wierzbicki', full: 'Tomasz Wierzbicki', gender: 'male' };
const parsed = parseArticleText(article);
const named = (stem: string, falseStem?: string) => nameObituaryKinIn(subject, parsed, { stem, ...(falseStem === undefined ? {} : { falseStem }) });

describe('a relative an obituary names with no owner (R4: whose brother?)', () => {
	it('writes the subject in as the owner of an unowned relative', () => {
		expect(named('A younger brother, Dimitris, lives in Thessaloniki.').stem).toBe("Tomasz Wierzbicki's younger brother, Dimitris, lives in Thessaloniki.");
		expect(named('An elder sister, Zofia, lives in _____.').stem).toBe("Tomasz Wierzbicki's elder sister, Zofia, lives in _____.");
		expect(named('A daughter died in 1999.').stem).toBe("Tomasz Wierzbicki's daughter died in 1999.");
		expect(named('A half-brother, Jan, survives.').stem).toBe("Tomasz Wierzbicki's half-brother, Jan, survives.");
	});

	it('keeps a count of relatives as the count of his', () => {
		expect(named('Two sons, Piotr and Marek, run the workshop.').stem).toBe("Tomasz Wierzbicki's two sons, Piotr and Marek, run the workshop.");
		expect(named('_____ grandchildren survive.').stem).toBe("Tomasz Wierzbicki's _____ grandchildren survive.");
	});

	it('rewrites the false statement alike', () => {
		expect(named('A younger brother lives in Gdańsk.', 'A younger brother lives in Poznań.').falseStem).toBe("Tomasz Wierzbicki's younger brother lives in Poznań.");
	});

	it("leaves a relative whose owner the stem says, or who is no one's in particular", () => {
		for (const stem of ['A son of a miner, Wierzbicki trained in Krosno.', 'A sister of the mayor spoke at the opening.', "Wierzbicki's younger brother lives in Gdańsk.", 'A panel of judges chose the vase.', 'Another brother died in 2001.'])
			expect(named(stem).stem).toBe(stem);
		expect(nameObituaryKinIn(undefined, parsed, { stem: 'A younger brother lives in Gdańsk.' }).stem).toBe('A younger brother lives in Gdańsk.');
	});

	it('asks nothing about an unowned relative of an obituary', () => {
		const report = generateWithReport(parsed, { seed: 1 });
		const stems = [...report.quiz.items.map((i) => i.stem), ...report.rejections.map((r) => r.stem)];
		expect(stems.filter((s) => /^(?:An? (?:elder )?sister|Two sons)\b/.test(s))).toEqual([]);
	});
});
