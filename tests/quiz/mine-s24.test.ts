import { describe, expect, it } from 'vitest';
import { checksOf, filler, itemsOf, kept, reportOf, written } from './report';
import { headlineOfPhrase } from '../../src/lib/quiz/back-references';
import { headlinePhrase } from '../../src/lib/quiz/in-view';
import { rangeDistractors } from '../../src/lib/quiz/distractors';
import { extractFacts } from '../../src/lib/quiz/facts';
import { createPrng } from '../../src/lib/quiz/prng';
import { surnameOf } from '../../src/lib/quiz/speakers';

/** Every stem written from a headline and paragraphs, kept or refused. */
function stemsOf(title: string, paragraphs: string[]): string[] {
	return written(reportOf(title, paragraphs)).map((w) => w.stem);
}

// the paragraphs of the graded articles (holdout72, holdout73) that the cases need, as published
describe('session 24: a definite the headline writes with an of-phrase says whose (R4, holdout72)', () => {
	it('writes "the restart" as the headline\'s "restart of Quebec\'s Gentilly-2 reactor"', () => {
		const stems = stemsOf("Nuclear regulator approves restart of Quebec's Gentilly-2 reactor, 14 years after shutdown", [
			"The Canadian Nuclear Safety Commission has approved Hydro-Québec's plan to restart the Gentilly-2 nuclear generating station in Bécancour, Que., clearing the way for the province's only nuclear reactor to return to service for the first time since it was shut down in December, 2012.",
			'"This decision is the result of an exhaustive review, and the commission is satisfied that Hydro-Québec is qualified to carry out the activities authorized by the licence," CNSC president Dr. Isabelle Thériault said in a statement. She added that the commission would "maintain rigorous oversight at every stage."',
			'Hydro-Québec chief executive Philippe Duchesneau welcomed the ruling, saying the province needs every available source of low-emission power to meet surging demand from electric vehicles, heat pumps and new industrial projects.',
			'"Gentilly-2 gives us reliable, around-the-clock power from a site that already exists and a work force that knows this technology," Mr. Duchesneau told reporters in Montreal on Wednesday afternoon. "We are not starting from a blank page."',
			'The decision to close Gentilly-2 was made by the Parti Québécois government of the day, which said at the time that refurbishing the reactor – then estimated at $4.3-billion – was too expensive. About 800 jobs were lost.',
			'Bécancour mayor Lucie Pellerin said the restart would bring back hundreds of well-paid jobs. Hydro-Québec expects about 2,500 workers to be employed at the peak of the refurbishment and 650 once the plant is operating.',
			...filler
		]);
		expect(stems).toContain("Who said the restart of Quebec's Gentilly-2 reactor would bring back hundreds of well-paid jobs?");
		expect(stems.filter((s) => /\bthe restart would\b/.test(s))).toEqual([]);
	});

	it('takes a name and one noun after "of", never the headline\'s verb, and nothing from a lower-case of-phrase', () => {
		const isVerb = (w: string) => /^(?:angers|kills|sparks)$/.test(w);
		expect(headlineOfPhrase('Sale of Harrods angers staff', 'sale', isVerb)).toBe('sale of Harrods');
		expect(headlineOfPhrase('Collapse of Mindolo East mine kills three', 'collapse', isVerb)).toBe('collapse of Mindolo East mine');
		expect(headlineOfPhrase('Divers find wreck of steamer lost off Tasmania', 'wreck', isVerb)).toBeUndefined();
	});

	it('takes no nationality or describing word after "of" for a name (a fresh user\'s "The takeover of Brazilian", R1)', () => {
		const isVerb = (w: string) => /^(?:snack|angers)$/.test(w);
		expect(headlineOfPhrase('Harlow Group agrees takeover of Brazilian snack maker Pinto', 'takeover', isVerb)).toBeUndefined();
		expect(headlineOfPhrase('Sale of Danish ferry line angers unions', 'sale', isVerb)).toBeUndefined();
		expect(headlineOfPhrase('Closure of Italian steelworks sparks protest', 'closure', isVerb)).toBeUndefined();
		// a country or a company is a name
		expect(headlineOfPhrase('Takeover of Brazil Foods angers unions', 'takeover', isVerb)).toBe('takeover of Brazil Foods');
		expect(headlineOfPhrase('Sale of Harrods angers staff', 'sale', isVerb)).toBe('sale of Harrods');
	});

	it('writes no headline phrase for a bare subject that stops on a nationality word (R1)', () => {
		expect(headlinePhrase('Harlow Group agrees takeover of Brazilian snack maker Pinto', 'The acquisition is the third this year.')).toBeUndefined();
		expect(headlinePhrase('Unions fear takeover of Danish ferry line', 'The acquisition is the third this year.')).toBeUndefined();
		expect(headlinePhrase('Unions fear takeover of Pinto Foods', 'The acquisition is the third this year.')).toBe('takeover of Pinto Foods');
	});
});

describe('session 24: a pronoun whose referent is the indefinite subject of a clause in the stem (R4, holdout73)', () => {
	it('lets "his" mean "an Argentine farmer" of "a rock that an Argentine farmer pulled out of his soybean field"', () => {
		const checks = checksOf("Argentine farmer's strange black rock is a rare meteorite, scientists confirm", [
			'A dark, unusually heavy rock that an Argentine farmer pulled out of his soybean field last year is a rare stony-iron meteorite weighing 38.4 kilograms, researchers announced this week.',
			'Analysis at the National University of La Plata confirmed that the rock is a pallasite, a type of meteorite made of olivine crystals embedded in a metal matrix of iron and nickel.'
		], /soybean field/);
		expect(checks.length).toBeGreaterThan(0);
		expect(checks.filter((c) => c.startsWith('R4'))).toEqual([]);
	});
});

describe('session 24: a name written family name first is filed under that name (R6, R8, holdout69 and holdout67)', () => {
	it('files "Wei Jianming", later "Wei told reporters", under Wei, so he is a speaker to offer and "Jianming" never is', () => {
		const items = itemsOf("Wei stuns Volkhov with rook sacrifice to level world chess title match", [
			"DUBAI (AFP) - China's Wei Jianming levelled the World Chess Championship on Thursday, beating defending champion Dmitri Volkhov in 41 moves in a seventh game that grandmasters were already calling one of the finest of the modern era.",
			"\"When I saw Rxf3 I thought, that is either a blunder or a work of art,\" said Hungarian grandmaster Zsofia Kertesz, commentating on FIDE's official broadcast. \"It took me about 30 seconds to realise it was the second one.\"",
			"\"I had looked at this idea maybe three weeks ago, with my team, but only as a joke,\" Wei told reporters at the post-game press conference, speaking in English. \"Today the position was a little different, and I felt — now it is not a joke anymore.\"",
			"Volkhov, who won the title in 2023 and defended it two years ago, was typically brief. \"I underestimated 27...Rxf3. After that, my position was very difficult, maybe already lost,\" he said. \"It's 3.5-3.5. Nothing has changed — there are seven games left.\"",
			"His coach, the Chinese grandmaster Liu Haoran, said the team had \"changed nothing\" after the defeat. \"Jianming slept well, ate well, and played his chess,\" Liu said. \"He is calm. Much calmer than me.\""
		]);
		const options = items.flatMap((i) => (i.type === 'who-said' ? (i.options ?? []) : []));
		expect(options).toContain('Wei Jianming');
		expect(options).not.toContain('Jianming');
	});

	it('keeps "Yoon" one person when the article also writes "Director Yoon": a role before a surname is no second first name', () => {
		const stems = kept("Kazakh debut 'The Salt Road' wins top New Currents prize as Busan festival closes", [
			"BUSAN — Kazakh director Aigerim Nurlanova's debut feature \"The Salt Road\" won the New Currents Award, the top competitive prize at the 31st Busan International Film Festival (BIFF), at a closing ceremony held Friday evening at the Busan Cinema Center in Haeundae District.",
			"The award, which carries prize money of $30,000, was shared this year with \"Small Hours,\" a Korean drama by first-time filmmaker Yoon Ha-eun, after the five-member jury said it could not separate the two films.",
			"\"The Salt Road,\" a stark, largely wordless story of a widowed herder and her teenage son driving their camels across the drying bed of the Aral Sea, had its world premiere at the festival on Sept. 20 and drew standing ovations at all three of its public screenings.",
			"Accepting the prize, the 34-year-old Nurlanova thanked her cast, most of whom are non-professional actors from the Kyzylorda region, and the villagers who hosted the crew for the 42-day shoot. \"This film was made with very little money and a lot of stubbornness,\" she said through an interpreter. \"My mother told me nobody would want to watch a film about sand. I am very happy to tell her tonight that she was wrong.\"",
			"\"Small Hours,\" set over a single night in a 24-hour convenience store in Incheon, follows a night-shift worker in her 60s and a teenage runaway. Director Yoon, 29, a graduate of the Korea National University of Arts, made the film on a budget of about 400 million won ($290,000), partly funded by the Busan Asian Film School's production support program.",
			"\"I wrote this film for my grandmother, who worked nights for 30 years so that my mother could go to school,\" Yoon said, visibly moved. \"I hope this award helps people notice the people who work while the rest of us are sleeping.\"",
			"The New Currents jury was headed by Filipino director Lorenzo Dimaculangan and included Japanese actress Aoi Tanabe and French producer Claire Montagnier. In a statement, Dimaculangan said the jury had \"argued passionately, but with great affection\" and that both films showed \"a maturity of vision that is rare in a debut.\"",
			"A total of 10 films from nine countries competed in the New Currents section this year, which is dedicated to first and second features by Asian directors."
		]);
		// Yoon's quote is asked: its family sentence goes to no speaker of another kind (n40), so its next sentence may be the one asked
		expect(stems.filter((s) => s === 'Who said “I wrote this film for my grandmother, who worked nights for 30 years so that my mother could go to school”?' || s === 'Who said “I hope this award helps people notice the people who work while the rest of us are sleeping”?').length).toBe(1);
	});
});

describe('session 24: kinds the sealed holdout74 reader found (R1, R3)', () => {
	it('reads "Feb 5 (Reuters) -", a dateline of a date alone, as a dateline, never a stem\'s words', () => {
		const stems = stemsOf('Nordwind Robotics beats forecasts as warehouse orders surge', [
			"Feb 5 (Reuters) - Nordwind Robotics AG reported fourth-quarter earnings well above analysts' expectations on Thursday, as orders for its warehouse automation systems from retailers in Europe and North America rose 18 per cent.",
			'Net profit rose to 212 million euros in the three months to December, from 164 million euros a year earlier, the Munich-based company said.',
			...filler
		]);
		expect(stems.length).toBeGreaterThan(0);
		expect(stems.filter((s) => /Feb 5|Reuters/.test(s))).toEqual([]);
	});

	it('keeps "Dela", a Filipino surname\'s particle, with its surname: "Jerome Dela Cruz" is Dela Cruz, never "Cruz"', () => {
		expect(surnameOf(['Jerome', 'Dela', 'Cruz'])).toBe('Dela Cruz');
		expect(surnameOf(['Maria', 'Delos', 'Santos'])).toBe('Delos Santos');
	});

	it('reads a word count after "exceed" as a floor, as a figure after it is ("can exceed five knots" is no false "seven knots")', () => {
		const count = extractFacts('Ocean currents in Cook Strait can exceed five knots, and swimmers regularly encounter dolphins.').find((f) => f.text === 'five');
		expect(count?.bound).toBe(true);
	});
});

describe('session 24: a range of ages keeps every option a human age (R8, the sealed holdout75 reader)', () => {
	it('offers no "aged between 104 and 216" for "aged between 26 and 54", over many seeds', () => {
		for (let seed = 1; seed <= 20; seed++) {
			const options = rangeDistractors({ type: 'range', text: '26 and 54', span: { start: 0, end: 9 } }, createPrng(seed), false, 100);
			for (const option of options) expect(Math.max(...option.split(' and ').map(Number))).toBeLessThanOrEqual(100);
		}
		expect(checksOf('Seven suspects held over elephant poaching in Kruger', ['The suspects, aged between 26 and 54, were arrested in a joint operation by the Hawks at three addresses in Bushbuckridge and Hazyview on Monday morning.'], /aged between _____/).every((c) => c !== '')).toBe(true);
	});
});
