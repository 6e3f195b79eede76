import { describe, expect, it } from 'vitest';
import { bareCaptain, bareSportEvent, leadEventName } from '../../src/lib/quiz/sport-events';
import { extractFacts } from '../../src/lib/quiz/facts';
import { personRoles } from '../../src/lib/quiz/person-roles';
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
		for (const { stem } of stems) expect(stem).toContain('the WBA world lightweight title he won in Tijuana');
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
