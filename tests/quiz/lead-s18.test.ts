import { describe, expect, it } from 'vitest';
import { filler, written, reportOf } from './report';

const prize = [
	'STOCKHOLM — The 2026 Hallström Prize for human rights has been awarded to Maria Dubrova, a Belarusian lawyer jailed since 2021, the prize committee said on Thursday.',
	'The Hallström Prize will be presented at a ceremony in Stockholm on December 10, the committee said. The award carries 1.2 million Swedish kronor ($110,000).',
	'Dubrova, 54, defended protesters arrested after the 2020 election. She was sentenced to 11 years in prison in 2022. Her husband, Pavel Dubrov, said the family was overwhelmed.',
	'The committee chair, Annika Berg, said the lawyer had shown extraordinary courage. The prize was founded in 1998 by the industrialist Erik Hallström. Previous winners include activists from Iran, Russia and Nicaragua, and the prize has been awarded 28 times.'
];

describe('session 18 lead: kinds from the blind grades', () => {
	it('a name written "The 2026 Hallström Prize" keeps its "the" when it stands for "the prize" (R1: "and Hallström Prize has been awarded")', () => {
		const stems = written(reportOf('Swedish rights prize goes to jailed Belarusian lawyer', prize)).map((w) => w.stem);
		expect(stems.filter((s) => /\band Hallström Prize\b/.test(s))).toEqual([]);
		expect(stems.some((s) => /\band the Hallström Prize has been awarded _____ times/.test(s))).toBe(true);
	});

	it('"the newsagency" is the one the article names, where the only unnamed one ("sold at a newsagency") is told before that name (R4 had refused every stem)', () => {
		const report = reportOf('Grandmother claims $48 million Powerball prize', [
			'A Ballarat grandmother has come forward to claim a $48 million Powerball jackpot, more than three weeks after the winning ticket was sold at a newsagency in the regional Victorian city.',
			'The ticket was bought at Sturt Street Newsagency, where owner Tran Van Minh said the win was the biggest in the shop’s history.',
			'The newsagency will receive a commission of about $4,800.',
			...filler
		]);
		const stems = written(report).filter((w) => w.check === '').map((w) => w.stem);
		expect(stems.some((s) => /^Sturt Street Newsagency will receive a commission of about/.test(s))).toBe(true);
		// an unnamed one told after the name may be another newsagency: "the newsagency" stays unresolved
		const after = reportOf('Grandmother claims $48 million Powerball prize', [
			'The winning ticket was bought at Sturt Street Newsagency in Ballarat, where owner Tran Van Minh said the win was the biggest in the shop’s history.',
			'A second ticket was sold at a newsagency in Geelong for a smaller prize of $12,000.',
			'The newsagency will receive a commission of about $4,800.',
			...filler
		]);
		expect(written(after).filter((w) => w.check === '' && /Sturt Street Newsagency will receive/.test(w.stem))).toEqual([]);
	});

	it('"This year’s" opens a stem as a time, not as a pointer back (R4 had refused it; R9 keeps it as worded)', () => {
		const stems = written(
			reportOf('Grandmother claims $48 million Powerball prize', [
				'A Ballarat grandmother has come forward to claim a $48 million Powerball jackpot, the lottery operator said on Monday.',
				'This year’s largest Powerball win remains the $100 million jackpot shared by two players in Perth and Adelaide in January.',
				'This means the jackpot will be split between the players, the operator said.',
				...filler
			])
		);
		expect(stems.some((w) => w.check === '' && /^This year’s largest Powerball win remains the/.test(w.stem))).toBe(true);
		expect(stems.filter((w) => w.check === '' && /^This means/.test(w.stem))).toEqual([]);
	});

	it('a committee, jury or court credited at the end of a statement ("…, the prize committee said on Thursday") leaves the statement standing', () => {
		const stems = written(reportOf('Swedish rights prize goes to jailed Belarusian lawyer', prize)).filter((w) => w.check === '').map((w) => w.stem);
		expect(stems.some((s) => /^The (?:2026|_____) Hallström Prize for human rights has been awarded to/.test(s))).toBe(true);
	});
});
