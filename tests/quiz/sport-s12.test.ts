import { describe, expect, it } from 'vitest';
import { bareCaptain, bareSportEvent, leadEventName, leadRaceName, nameLeadRace, roundScoreDistractors, unnamedChessSide } from '../../src/lib/quiz/sport-events';
import { createPrng } from '../../src/lib/quiz/prng';
import { extractFacts, loneSurnames } from '../../src/lib/quiz/facts';
import { simplify } from '../../src/lib/quiz/simplify';
import { personRoles } from '../../src/lib/quiz/person-roles';
import { unanchoredFrame } from '../../src/lib/quiz/anchors';
import { mayBePerson, unwrittenLastWord } from '../../src/lib/quiz/person-options';
import { ORG_SUFFIX } from '../../src/lib/quiz/facts';
import { parseArticleText } from '../../src/lib/quiz/parse-article';
import { generateWithReport } from '../../src/lib/quiz/generate';
import { itemsOf, reportOf } from './report';

/** Every stem a report wrote from the source sentence holding `words`, with the check that refused it ('' when kept). */
function stemsOf(title: string, paragraphs: string[], words: string): { stem: string; check: string }[] {
	const report = reportOf(title, paragraphs);
	const index = report.quiz.sentences.find((s) => s.text.includes(words))?.index;
	const items = report.quiz.items.filter((i) => i.source.sentence === index).map((i) => ({ stem: i.stem, check: '' }));
	return [...items, ...report.rejections.filter((r) => r.sentence === index).map((r) => ({ stem: r.stem, check: r.check }))];
}

describe('a sports report’s bare "the title" or "the final", written as the event the lead names', () => {
	const fight = [
		'Kofi Mensah stopped Mexico’s Raul Ortega in the eighth round on Saturday to claim the WBA world lightweight title before 6,000 fans in Kumasi.',
		'Ortega, 33, had been making the fourth defence of the title he won in Tijuana in 2023.',
		'Mensah improves to 19 wins and two losses, with 12 knockouts.',
		'His promoter said the bout had sold out within 48 hours of going on sale in Kumasi.'
	];

	it('finds the one title the lead names, without the verb or the article before it', () => {
		const article = parseArticleText(`Mensah stops Ortega to become world champion\n\n${fight.join('\n\n')}`);
		expect(leadEventName(article, 'title')).toBe('WBA world lightweight title');
	});

	it('writes the lead’s title into a stem that says only "the title"', () => {
		const stems = stemsOf('Mensah stops Ortega to become world champion', fight, 'fourth defence');
		expect(stems.length).toBeGreaterThan(0);
		// a false statement may swap Tijuana for Kumasi, or for a Mexican town of its size (lexicon.ts `peerTowns`)
		for (const { stem } of stems) expect(stem).toMatch(/the WBA world lightweight title he won in (?:\p{Lu}\p{L}+|_____) in (?:2023|_____)\b/u);
	});

	it('refuses "the title" where the lead names two titles', () => {
		const two = [
			'Kofi Mensah stopped Raul Ortega in the eighth round on Saturday to claim the WBA world lightweight title, and Ama Owusu beat Lena Kraus to keep the IBF flyweight title.',
			...fight.slice(1)
		];
		const stems = stemsOf('Mensah and Owusu win in Kumasi', two, 'fourth defence');
		expect(stems.length).toBeGreaterThan(0);
		for (const { stem, check } of stems) expect(stem.includes('the title he won') ? check : 'R4').toBe('R4');
	});

	it('leaves "the title" of another contest the sentence tells of, and refuses it', () => {
		const women = [...fight.slice(0, 3), 'In the women’s section, Ama Owusu took the title with a points win over Lena Kraus in Accra.'];
		const stems = stemsOf('Mensah stops Ortega to become world champion', women, 'women’s section');
		expect(stems.length).toBeGreaterThan(0);
		for (const { stem, check } of stems) expect(stem.includes('took the title') ? check : 'R4').toBe('R4');
		expect(stems.some((s) => s.stem.includes('WBA'))).toBe(false);
	});

	it('writes the lead’s final into a stem that says only "the final"', () => {
		const cup = [
			'Harbour City beat holders Northgate 3-1 in the Eastern Counties Cup final on Sunday, with Maya Okafor scoring twice at the Riverside Stadium.',
			'Okafor, 21, had missed the final in 2024 with a knee injury.',
			'The club’s chairman, Peter Lowe, said a crowd of 9,400 was the largest the ground had held since it opened in 1998.',
			'Northgate had won the trophy four times in five seasons before Sunday.'
		];
		const stems = stemsOf('Okafor double wins cup for Harbour City', cup, 'knee injury');
		expect(stems.length).toBeGreaterThan(0);
		for (const { stem } of stems) expect(stem).toContain('had missed the Eastern Counties Cup final in');
	});

	it('reads "the final round" and "the final 38 seconds" as no final to name', () => {
		expect(bareSportEvent('He drew in the final round to win.')).toBeUndefined();
		expect(bareSportEvent('He sank four free throws in the final 38 seconds.')).toBeUndefined();
		expect(bareSportEvent('She had lost the final in 2024.')).toBe('final');
		expect(bareSportEvent('He made the third defence of the title he won in 2023.')).toBe('title');
		expect(bareSportEvent('He said “we wanted the title” after the game.')).toBeUndefined();
	});
});

describe('a year still to come, asked with years near it', () => {
	it('gives a next defence year options within a few years, not a decade on', () => {
		const fight = [
			'Kofi Mensah stopped Raul Ortega in the eighth round on Saturday to claim the WBA world lightweight title before 6,000 fans in Kumasi.',
			'Mensah’s manager, Yaw Boateng, said a mandatory defence was likely in the first half of 2027.',
			'Mensah improves to 19 wins and two losses, with 12 knockouts.'
		];
		const asked = [1, 2, 3, 4, 5, 6].flatMap((seed) =>
			generateWithReport({ ...parseArticleText(`Mensah stops Ortega to become world champion\n\n${fight.join('\n\n')}`), published: '2026-03-14' }, { seed, maxItems: 15 }).quiz.items.filter((i) => i.options.includes('2027'))
		);
		expect(asked.length).toBeGreaterThan(0);
		for (const item of asked) for (const o of item.options) expect(Math.abs(Number(o) - 2027)).toBeLessThanOrEqual(3);
	});
});

describe('a cricket report’s bowler, asked among bowlers, and its bare "the captain"', () => {
	const test = [
		'Westland’s captain, Tom Reeve, won the toss at Eastbourne and chose to bowl first under heavy cloud.',
		'Sam Okoro, the tall left-armer from Dunedin, had Ben Carver caught at gully in his third over.',
		'At the other end, Mark Pillai removed the captain, Owen Hale, for 12 with a ball that kept low.',
		'Jack Mercer and Luke Dawes then added 140 for the fifth wicket before Dawes was bowled by the off-spinner Kiran Das.',
		'Okoro finished with 4 for 61 from 22 overs as the home side closed on 288 for seven.'
	];
	const facts = test.map((s) => extractFacts(s));

	it('files a player who takes a wicket, or is called a left-armer, as a bowler', () => {
		const roles = personRoles(test, facts);
		expect(roles.get('Okoro')).toBe('bowling');
		expect(roles.get('Pillai')).toBe('bowling');
		expect(roles.get('Das')).toBe('bowling');
		expect(roles.get('Mercer')).toBeUndefined();
	});

	it('never offers a batsman as the one who took a wicket', () => {
		const items = itemsOf('Mercer and Dawes rebuild after Okoro strikes early', test).filter((i) => i.options.includes('Sam Okoro') && i.type === 'mcq');
		for (const item of items) expect(item.options.filter((o) => /Mercer|Dawes|Carver|Hale/.test(o))).toEqual([]);
	});

	it('refuses "the captain" where the article names a captain of each side', () => {
		const article = parseArticleText(`Mercer and Dawes rebuild after Okoro strikes early\n\n${test.join('\n\n')}`);
		expect(bareCaptain(article, 'At the other end, Mark Pillai removed the captain, _____, for 12.')).toBe(true);
		expect(bareCaptain(article, 'Westland’s captain, _____, won the toss.')).toBe(false);
		const stems = stemsOf('Mercer and Dawes rebuild after Okoro strikes early', test, 'removed the captain');
		expect(stems.length).toBeGreaterThan(0);
		for (const { check } of stems) expect(check).toBe('R4');
	});
});

describe('a sports report’s player, written in where exactly one fits', () => {
	const race = [
		'On Tuesday, Belgium’s Jonas Vercauteren won stage 10 of the Tour de France, as Italy’s Lorenzo Marchetti survived a late crash to keep the yellow jersey.',
		'The 24-year-old Lotto rider, making his Tour debut, jumped clear on the 6 percent ramp into Saint-Flour and held off Spain’s Iñigo Aranburu after 198 km.',
		'Marchetti, 27, was caught up in the crash but remounted and kept his lead of 41 seconds.'
	];

	it('writes "The 24-year-old" as the one rider the sentence before names whose age the article does not give', () => {
		const stems = stemsOf('Vercauteren wins stage 10 as Marchetti keeps yellow', race, 'Lotto rider');
		expect(stems.length).toBeGreaterThan(0);
		for (const { stem } of stems) expect(stem.startsWith('Jonas Vercauteren jumped clear on the')).toBe(true);
		expect(stems.some((s) => s.check === '')).toBe(true);
	});

	it('keeps the subject of a participle phrase between commas, with its verb', () => {
		const t = 'The 24-year-old rider, making his Tour debut, jumped clear on the ramp after 198 km.';
		expect(simplify(t, extractFacts(t)).map((c) => c.text)).toEqual(['The 24-year-old rider jumped clear on the ramp after 198 km']);
		const tail = 'The storm hit the coast on Monday, leaving 40,000 homes without power.';
		expect(simplify(tail, extractFacts(tail)).map((c) => c.text)).toEqual(['The storm hit the coast on Monday']);
	});

	it('reads a name opening on "I" and a letter beyond ASCII ("Iñigo") as no first person', () => {
		const stems = stemsOf('Vercauteren wins stage 10 as Marchetti keeps yellow', race, 'Lotto rider');
		expect(stems.filter((s) => s.check === 'R4')).toEqual([]);
	});

	it('reads a boxer written with his ring name in quotes as a person, called by his surname after', () => {
		const fight = [
			'Emmanuel "Sugar" Quaye stopped Mexico’s Luis Ángel Carrasco in the ninth round in Accra on Saturday to claim the WBO super-bantamweight title.',
			'The 27-year-old, fighting for a world title for the first time, knocked Carrasco down twice in front of 4,500 fans before the referee stopped it.',
			'Carrasco, 31, had been making the third defence of the title he won in Monterrey in 2024.',
			'Quaye, who improves to 22 wins and one loss, is the first world champion from Bukom since 2011.'
		];
		const names = loneSurnames(fight, fight.map((s) => extractFacts(s)));
		expect(names.has('Quaye')).toBe(true);
		const stems = stemsOf('Quaye stops Carrasco to become world champion', fight, 'fighting for a world title');
		expect(stems.some((s) => s.stem.startsWith('Emmanuel "Sugar" Quaye, fighting for a world title'))).toBe(true);
	});

	it('never reads "Hoshino, the 22-year-old from Osaka" as a bare age pointing back', () => {
		const final = [
			'Elena Marchetti beat Yuki Hoshino 6-4, 3-6, 7-5 in the Wimbledon final on Saturday.',
			'Hoshino, the 22-year-old from Osaka who had not dropped a set all fortnight, takes home £1.6m and a rise to No 2 in the world rankings.',
			'Marchetti collected a winner’s cheque of £3.1m and became the first Italian woman to win the singles title at the All England Club.'
		];
		const stems = stemsOf('Marchetti wins Wimbledon title', final, 'from Osaka');
		expect(stems.length).toBeGreaterThan(0);
		expect(stems.some((s) => s.check === '')).toBe(true);
	});
});

describe('a golf round’s score, asked among strokes a round can take', () => {
	it('gives "a bogey-free 65" options a few strokes either side, none the article writes', () => {
		const before = 'Haddock produced the round of the day, a bogey-free ';
		const text = 'Lindqvist made two birdies on the back nine and signed for a 68 to finish 17 under par.';
		const prng = createPrng(3);
		for (let i = 0; i < 5; i++) {
			const options = roundScoreDistractors(65, before, ', to finish second.', text, prng, new Set([68, 17]))!;
			expect(options).toHaveLength(3);
			for (const o of options) expect(Math.abs(Number(o) - 65)).toBeLessThanOrEqual(6);
			expect(options).not.toContain('68');
		}
	});

	it('leaves a number that is no round’s score to the other rules', () => {
		const text = 'Lindqvist made two birdies and finished 17 under par.';
		expect(roundScoreDistractors(65, 'He holed a ', '-foot putt.', text, createPrng(1), new Set())).toBeUndefined();
		expect(roundScoreDistractors(65, 'The crowd of ', ' watched.', text, createPrng(1), new Set())).toBeUndefined();
		expect(roundScoreDistractors(65, 'a ', ' minutes later.', 'The striker scored after a long run.', createPrng(1), new Set())).toBeUndefined();
	});
});

describe('a chess report’s games and players, named as the article names them', () => {
	const chess = [
		'Grandmaster Arjun Raghavan drew with Shamsiddin Rakhmatov in 41 moves in Chennai on Sunday to win the Asian Continental Chess Championship with 7.5 points.',
		'By move 18 Rakhmatov was pressing down the c-file, and the live engine evaluation briefly tipped to +1.2 in White’s favour.',
		'Raghavan — rated 2641 going into the event — found an accurate defensive sequence, giving back a pawn to trade off White’s light-squared bishop.',
		'Karthik Subramanian beat Ding Yuhang to move into the group on seven points, alongside Farahani and Rakhmatov.',
		'Results on the top boards in the final round:',
		'- Nguyen Thanh Long (VIE) ½-½ Amin Farahani (IRI)',
		'The championship, organised by the All India Chess Federation, drew 146 players from 24 federations.'
	];

	it('refuses a game told by its sides where no player of it is named', () => {
		expect(unnamedChessSide('The live engine evaluation briefly tipped to +1.2 in White’s favour.', ['Raghavan', 'Rakhmatov'])).toBe(true);
		expect(unnamedChessSide('Rakhmatov was pressing, and the evaluation tipped to +1.2 in White’s favour.', ['Raghavan', 'Rakhmatov'])).toBe(false);
		expect(unnamedChessSide('The White House said the talks would resume.', ['Raghavan'])).toBe(false);
		const stems = stemsOf('Raghavan clinches Asian Continental chess title', chess, 'engine evaluation');
		for (const { stem, check } of stems) expect(/^The live engine/.test(stem) ? check : 'R4').toBe('R4');
	});

	it('offers no last word of a three-word name the article never writes alone ("Long")', () => {
		const text = chess.join('\n');
		expect(unwrittenLastWord(text, 'Nguyen Thanh Long', 'Long')).toBe(true);
		expect(unwrittenLastWord(`${text}\nLong drew with Farahani.`, 'Nguyen Thanh Long', 'Long')).toBe(false);
		expect(unwrittenLastWord(text, 'Amin Farahani', 'Farahani')).toBe(false);
	});

	it('reads "drew 146 players" as a verb, and asks the championship by its name', () => {
		const stems = stemsOf('Raghavan clinches Asian Continental chess title', chess, '146 players');
		expect(stems.some((s) => s.check === '' && s.stem.startsWith('The Asian Continental Chess Championship, organised by the All India Chess Federation, drew'))).toBe(true);
	});
});

describe('a race report’s bare "the race", and a part of a race that names none', () => {
	const stage = [
		'On Tuesday, Belgium’s Jonas Vercauteren won stage 10 of the Tour de France, as Italy’s Lorenzo Marchetti survived a late crash to keep the yellow jersey.',
		'Marchetti, 27, was caught up in the crash but remounted and kept his lead of 41 seconds.',
		'The race resumes on Thursday with a 185 km stage from Saint-Flour to Rodez.'
	];

	it('writes "The race" as the one race the lead names', () => {
		const article = parseArticleText(`Vercauteren wins stage 10 as Marchetti keeps yellow\n\n${stage.join('\n\n')}`);
		expect(leadRaceName(article)).toBe('the Tour de France');
		const stems = stemsOf('Vercauteren wins stage 10 as Marchetti keeps yellow', stage, '185 km');
		expect(stems.length).toBeGreaterThan(0);
		for (const { stem } of stems) expect(stem.startsWith('The Tour de France resumes on Thursday')).toBe(true);
	});

	it('leaves "the race" of a sentence that names another race', () => {
		const article = parseArticleText(`Vercauteren wins stage 10 as Marchetti keeps yellow\n\n${stage.join('\n\n')}`);
		const text = 'He won the Giro d’Italia in May and said the race had been harder.';
		const sentence = { index: 3, paragraph: 3, start: 0, end: text.length, text };
		expect(nameLeadRace(article, sentence, 'He said the race had been harder.')).toBe('He said the race had been harder.');
	});

	it('reads "on the final bend" as no race named', () => {
		const article = parseArticleText(`Vercauteren wins stage 10 as Marchetti keeps yellow\n\n${stage.join('\n\n')}`);
		const source = { article, persons: new Map(), places: new Map(), organisations: new Map() };
		expect(unanchoredFrame(source, 'Olympic finalist Daniel Ruto was boxed in on the final bend and could only finish fourth in 1:45.02.')).toBeDefined();
		expect(unanchoredFrame(source, 'In the men’s 800m final, Victor Kibet won in 1:44.16.')).toBeUndefined();
	});
});

describe('a fight report’s referee and promoter, who fought in it no more than a trainer did', () => {
	it('files a referee as officiating and a promoter as business, so neither is a fighter’s distractor', () => {
		const fight = [
			'Kofi Mensah stopped Raul Ortega in the eighth round before Nigerian referee Daniel Okoro waved it off.',
			'Promoter Nii Kwaku Kumi said the event had cost about US$1.8 million to put on.'
		];
		const roles = personRoles(fight, fight.map((s) => extractFacts(s)));
		expect(roles.get('Okoro')).toBe('officiating');
		expect(roles.get('Kumi')).toBe('business');
		expect(roles.get('Mensah')).toBeUndefined();
	});
});

describe('a match report’s scorer and the players who made the goals', () => {
	const report = [
		'Zorin Vabeku scored twice as Harlow Town came from behind to beat Dartford and climb to third in the National League South on Saturday.',
		'Dartford had led through an early header from Marcus Dellow, who met a corner from Owen Pyke at the far post.',
		'But Vabeku, signed from Hemel Hempstead in the summer, levelled in the 38th minute and then drove in the winner from Callum Reece’s cut-back in the 81st.',
		'Harlow manager Steve Lowther said his side had earned the win after a poor first half.'
	];

	it('reads the lead’s scorer as a person, whatever the lexicon knows of his given name', () => {
		expect(loneSurnames(report, report.map((s) => extractFacts(s))).has('Vabeku')).toBe(true);
	});

	it('never reads the side that wins "as" he scores as a person', () => {
		const lead = ['Harlow Town scored twice as Dartford collapsed after the break.', 'Harlow Town are now third.'];
		expect(loneSurnames(lead, lead.map((s) => extractFacts(s))).has('Town')).toBe(false);
	});

	it('offers a player who made a goal "from" whom the ball came as a person, not a place', () => {
		const text = report.join(' ');
		expect(mayBePerson('Owen Pyke', text, ORG_SUFFIX)).toBe(true);
		expect(mayBePerson('Callum Reece', text, ORG_SUFFIX)).toBe(true);
		expect(mayBePerson('Ben Macdui', 'The climbers turned back on Ben Macdui. They came down from Ben Macdui at dusk.', ORG_SUFFIX)).toBe(false);
	});

	// the headline, shown in play, credits the double to Vabeku: a true/false of who scored twice is given away either way (R5, r15's headlineGivesDoer)
	it('asks no true or false of who scored the goals the headline credits to its scorer', () => {
		const items = itemsOf('Vabeku double lifts Harlow to third', report, 5).filter((i) => i.source.sentence === 0 && /scored twice/.test(i.stem));
		expect(items.filter((i) => i.type === 'true-false')).toEqual([]);
	});
});
