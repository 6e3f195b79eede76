import { describe, expect, it } from 'vitest';
import { filler, kept, written, reportOf } from './report';

describe('session 20: candidates refused today that a safe rewrite rescues (yield, holdout56 to holdout59)', () => {
	it('writes "the State" of a story set in one state as its name ("The State will hire" → "Karnataka will hire")', () => {
		const title = 'Karnataka to extend free school meals to pre-primary students';
		const paragraphs = [
			'BENGALURU: The Karnataka government on Thursday announced a major expansion of its school meals programme, extending free hot lunches to around 9.6 lakh additional children in Karnataka.',
			'The existing midday meal programme already reaches about 54 lakh children in more than 44,000 government and aided schools in the State, officials said.',
			'The State will hire about 7,800 additional cooks and helpers on an honorarium of ₹4,200 a month.',
			'Education officials in Karnataka said the State government would issue detailed guidelines to schools by May 15.',
			'A Cabinet note said the State government would add breakfast in 12 districts, starting with Raichur.',
			'Officials said the State would train 2,100 helpers this year, as Kerala did in 2023.',
			...filler
		];
		const stems = kept(title, paragraphs);
		expect(stems.some((s) => /^Karnataka will hire about/.test(s))).toBe(true);
		expect(stems.some((s) => /government and aided schools in Karnataka, officials said/.test(s))).toBe(true);
		// "the State government" keeps its "the"; a stem that names Karnataka already, or another place, is left as written
		const all = written(reportOf(title, paragraphs)).map((w) => w.stem);
		expect(all.filter((s) => /Karnataka government would add/.test(s) && !/the Karnataka government would add/.test(s))).toEqual([]);
		expect(all.filter((s) => /Karnataka said the Karnataka government/.test(s))).toEqual([]);
		expect(all.filter((s) => /Kerala/.test(s) && /Karnataka/.test(s))).toEqual([]);
		expect(all.some((s) => /the State would train .* Kerala/.test(s))).toBe(true);
	});

	it('leaves "the State" alone where the story is set in a city or a country, or where it heads a kind ("the State pension")', () => {
		const irish = kept('Dublin telethon raises record sum for children', [
			'A telethon broadcast from Dublin raised a record €7.4m for children’s charities on Saturday night.',
			'Cúram Óg was founded in 2009 and currently supports about 420 families across the State.',
			'The State pension will rise by €12 a week from January, the Government said in Dublin.',
			...filler
		]);
		expect(irish.filter((s) => /Dublin (?:pension|\.)|across Dublin/.test(s))).toEqual([]);
		const pension = kept('Karnataka to raise old-age pension', [
			'BENGALURU: The Karnataka government on Thursday raised the monthly old-age pension for about 12 lakh people in the State.',
			'The State pension for widows will rise to ₹2,000 a month from June, officials in Karnataka said.',
			...filler
		]);
		expect(pension.filter((s) => /Karnataka pension/.test(s))).toEqual([]);
	});

	it('keeps a change told against a year ("up 11 per cent on 2024"), which is no bare tally after "on"', () => {
		const stems = kept('Hikers rescued from Lugnaquilla in Ireland', [
			'Two hikers were rescued from Lugnaquilla, the highest mountain in Ireland outside Kerry, on Saturday after they became lost in heavy snow.',
			'Every mountain rescue team in Ireland is run by volunteers.',
			'Mountain Rescue Ireland chairman Declan Furlong said on Sunday that volunteers across the country had responded to 612 incidents last year, up 11 per cent on 2024.',
			...filler
		]);
		expect(stems.some((s) => /responded to _____ incidents last year, up 11 per cent on 2024/.test(s))).toBe(true);
		// a bare tally after "on" is still refused
		const race = kept('Leclerc extends lead in championship', ['Charles Leclerc won the Monaco Grand Prix on Sunday, his fourth win of the season.', 'Lando Norris finished second and is third in the standings on 186.', ...filler]);
		expect(race.filter((s) => /standings on (?:186|_____)\.?$/.test(s))).toEqual([]);
	});
});
