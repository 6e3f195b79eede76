import { describe, expect, it } from 'vitest';
import { generateWithReport } from '../../src/lib/quiz/generate';
import { parseArticleText } from '../../src/lib/quiz/parse-article';

const match = `Late header sends Lechia into Conference League last 16

Lechia Gdańsk reached the last 16 of the UEFA Conference League for the first time on Thursday after a stoppage-time header from substitute Adam Nowak gave the Polish side victory over Vitória on the night.

Nowak, 20, had been on the pitch for only nine minutes when he met a corner from captain Piotr Lis in the third minute of added time.

Vitória had led through a 38th-minute shot from winger Tiago Reis before Lis levelled in the 61st minute.`;

const floods = `Floods kill nine on Portugal's Madeira

At least nine people were killed after torrential rain triggered landslides on the Portuguese island of Madeira overnight, officials said on Sunday.

The island suffered its worst floods in 2010, when 42 people died in Funchal.

Engineers say many of the channels built afterwards to divert water away from Funchal performed as intended, but rural valleys received far less investment.

The regional government declared three days of mourning.`;

describe('knockout rounds and "afterwards"', () => {
	// "the last 13" is no round of a bracket (R8)
	it('offers only powers of two for "the last 16"', () => {
		const items = generateWithReport(parseArticleText(match), { seed: 1 }).quiz.items;
		const round = items.find((i) => i.stem.includes('reached the last _____'));
		expect(round?.options[round.key]).toBe('16');
		for (const option of round?.options ?? []) expect(Math.log2(Number(option)) % 1).toBe(0);
	});

	// "the channels built afterwards": after what, read alone? (R4)
	it('refuses a stem that says "afterwards"', () => {
		const report = generateWithReport(parseArticleText(floods), { seed: 1 });
		expect(report.quiz.items.filter((i) => i.stem.includes('afterwards'))).toEqual([]);
		expect(report.rejections.some((r) => r.check === 'R4' && r.stem.includes('built afterwards'))).toBe(true);
	});
});
