import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../src/lib/quiz/facts';
import { generateWithReport } from '../../src/lib/quiz/generate';
import { parseArticleText } from '../../src/lib/quiz/parse-article';
import { itemsOf, reportOf, written } from './report';

describe('p28: two people on one surname, rank bounds, tallies since a year, believable temperatures', () => {
	const rowing = reportOf('Kim Do-yoon and Choi Ye-rin book places at Asian Games after trials', [
		'CHUNCHEON, South Korea, April 9 (Yonhap) -- Sculler Kim Do-yoon and rower Choi Ye-rin won their finals at the national rowing trials on Wednesday, securing places on the team for the Asian Games in Nagoya.',
		'Kim, 23, won the men’s single sculls final in 6 minutes, 52.40 seconds on Uiam Lake, about 80 kilometers northeast of Seoul, beating the qualifying mark by more than two seconds.',
		'"The wind picked up in the last 500 meters and my legs were burning," Kim told reporters after the race.',
		'Kim’s winning time ranks among the 12 fastest in the world this season, according to World Rowing.',
		'Choi, 21, said she had trained for two winters on the lake to prepare for the trials.',
		'Team coach Hwang Seung-min said the association expected to send 18 rowers to Nagoya.',
		'South Korea last won a rowing gold medal at the Asian Games in 2010, when Kim Seo-jun took the lightweight single sculls in Guangzhou.'
	]);

	it('a role word before a name written family name first ("Sculler Kim Do-yoon") leaves the name a person', () => {
		expect(extractFacts('Sculler Kim Do-yoon and rower Choi Ye-rin won their finals on Wednesday.').filter((f) => f.type === 'person').map((f) => [f.text, f.surname])).toEqual([
			['Kim Do-yoon', 'Kim'],
			['Choi Ye-rin', 'Choi']
		]);
	});

	it('a bare "Kim" the story writes before its other Kim is named is the first Kim, written whole; his quote is his (R4, R6)', () => {
		const stems = written(rowing);
		expect(stems.some((w) => w.stem.startsWith('Kim Do-yoon, 23, won'))).toBe(true);
		expect(stems.filter((w) => /(?:^|\s)Kim(?:[’',]| won| told)/.test(w.stem) && !/Kim (?:Do-yoon|Seo-jun)/.test(w.stem))).toEqual([]);
		const who = rowing.quiz.items.find((i) => i.type === 'who-said' && i.stem.includes('The wind picked up'));
		expect(who && who.options[who.key]).toBe('Kim Do-yoon');
		expect(rowing.quiz.items.filter((i) => i.type === 'who-said').flatMap((i) => i.options)).not.toContain('Kim Seo-jun');
	});

	it('a bare shared surname after both people are named is refused (R4)', () => {
		const report = reportOf('Kim Do-yoon and Kim Seo-jun meet in national final', [
			'Kim Do-yoon and Kim Seo-jun will meet in the final of the national single sculls championship in Chuncheon on Saturday, the rowing association said.',
			'Kim, 23, won his semi-final in 6 minutes, 55.10 seconds on Uiam Lake, about 80 kilometers northeast of Seoul.',
			'The association said 2,400 tickets had been sold for the final, which will be shown live on national television.',
			'Organisers said 14 boats would race in the other finals on the same day, starting at nine in the morning.'
		]);
		expect(written(report).filter((w) => /^Kim(?:,| )(?!Do-yoon|Seo-jun)/.test(w.stem) && w.check === '')).toEqual([]);
	});

	it('"ranks among the 12 fastest" is a rank’s bound: no number is asked of it (R3)', () => {
		expect(rowing.quiz.items.filter((i) => /fastest in the world/.test(i.stem))).toEqual([]);
		expect(extractFacts('She finished in the top 20 in Oslo.').find((f) => f.type === 'count')?.bound).toBe(true);
	});

	it('a tally since a year ("Eight of the ten wettest summers have come since 2005") is not asked by its year, a state since one is (R3)', () => {
		const report = reportOf('Wettest summer on record for Ireland, says Met Éireann', [
			'DUBLIN: Ireland recorded its wettest summer since records began in 1850, with 412 millimetres of rain falling between June and August, Met Éireann said on Tuesday.',
			'Eight of the ten wettest summers on record in Ireland have occurred since 2005.',
			'The Shannon weather station has been closed since 2011, when its building was sold to a developer.',
			'Farmers in Galway said the harvest would be the worst in a generation, and the Irish Farmers’ Association called for emergency aid.'
		]);
		const stems = written(report);
		expect(stems.filter((w) => /have occurred since/.test(w.stem)).map((w) => w.check)).toEqual(['R3']);
		expect(stems.filter((w) => /has been closed since _____/.test(w.stem)).map((w) => w.check)).toContain('');
	});

	it('a temperature’s options stay below the hottest air ever measured and an average below the hottest reading (R8)', () => {
		const items = itemsOf(
			'Pakistan records hottest June since 1961',
			[
				'ISLAMABAD: Pakistan sweltered through its hottest June since records began in 1961, with the national average maximum temperature touching 37.2°C, the Pakistan Meteorological Department said on Monday.',
				'The highest reading of the month, 48.6°C, was logged at Turbat in Balochistan, while Lahore logged 45.3°C on the same day.',
				'Hospitals in Karachi treated 2,300 people for heatstroke during the month, and 41 deaths were confirmed by provincial officials.',
				'The department said the monsoon would reach Lahore in the first week of July, bringing some relief to Punjab.'
			],
			10
		);
		// every value a temperature item offers: its options, or the figure of its true/false statement
		const values = (pattern: RegExp) => items.filter((i) => pattern.test(i.stem)).flatMap((i) => (i.type === 'true-false' ? [...i.stem.matchAll(/([\d.]+)°C/g)].map((m) => Number(m[1])) : i.options.map(Number)));
		const averages = values(/average maximum temperature touching/);
		expect(averages.length).toBeGreaterThan(8);
		for (const v of averages) expect(v).toBeLessThan(48.6);
		for (const v of values(/°C/)) expect(v).toBeLessThan(57);
	});

	it('two false statements that swap in one person never make a third item about them (QUALITY.md: two items per entity)', () => {
		const paragraphs = [
			'CAPE TOWN, South Africa (AP) — South Africa’s fisheries patrol has seized a Panama-flagged trawler it accused of illegally catching hake inside the country’s fishing zone, officials said Friday, after a chase that lasted more than four hours.',
			'The patrol ship Sarah Baartman pursued the trawler Ocean Star 12 until shortly after midnight, when an inspection team boarded it without resistance about 40 nautical miles off Saldanha Bay.',
			'Officers found about 85 metric tons of hake aboard the Ocean Star 12, along with nets that had recently been used, the fisheries department said.',
			'"The captain switched off the transponder and turned north twice to lose our ship," Cmdr. Pieter van Wyk, a spokesman for the patrol, told reporters.',
			'The Ocean Star 12 is being escorted to Cape Town, where a magistrate will decide on charges against its owners next week.',
			'Nomvula Dlamini, South Africa’s deputy minister of fisheries, said the seizure of the Ocean Star 12 showed that South Africa would defend its hake stocks.',
			'"Every ton of hake taken illegally is a ton that our trawler crews in Saldanha Bay and Mossel Bay do not land," she said.',
			'"We are not going to let foreign boats empty our waters while our own fleet follows the quotas," Dlamini added.',
			'South Africa’s hake exports were worth about $410 million last year, with most shipments going to Spain, Italy and Portugal, according to government figures.'
		];
		for (let seed = 1; seed <= 8; seed++) {
			const items = generateWithReport(parseArticleText(`South Africa seizes Panama-flagged hake trawler\n\n${paragraphs.join('\n\n')}`), { seed }).quiz.items;
			for (const surname of ['Wyk', 'Dlamini']) expect(items.filter((i) => i.stem.includes(surname) || i.options.some((o) => o.includes(surname))).length).toBeLessThanOrEqual(2);
		}
	});

	it('"the highest reading of the month" with no month named is R4; a stem that names the month keeps it', () => {
		const report = reportOf('Record heat grips Sindh as monsoon stalls', [
			'KARACHI: Sindh recorded its hottest June in six decades, with temperatures above 45°C on 19 days, the provincial weather office said on Monday.',
			'The highest reading of the month, 48.6°C, was logged at Jacobabad, while Karachi logged 41.3°C on the same day.',
			'Hyderabad saw 12 nights above 30°C during June, and hospitals there treated 640 people for heatstroke.',
			'The office said the monsoon would reach Karachi in the second week of July, bringing relief to farmers in the province.'
		]);
		const stems = written(report);
		expect(stems.filter((w) => /of the month/.test(w.stem) && w.check === '')).toEqual([]);
		expect(stems.filter((w) => /of the month/.test(w.stem)).length).toBeGreaterThan(0);
	});
});
