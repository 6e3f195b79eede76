import { describe, expect, it } from 'vitest';
import { comparedNear } from '../../src/lib/quiz/bounds';
import { extractFacts } from '../../src/lib/quiz/facts';
import { ESTIMATE } from '../../src/lib/quiz/scoring';
import { sideOf } from '../../src/lib/quiz/generate';
import { orderByKind } from '../../src/lib/quiz/which-first';
import { writesCurrencyOf } from '../../src/lib/quiz/lexicon';
import { itemsOf, reportOf, stemsMatching, written } from './report';

/** Is the estimate of `key` in `sentence` refused because the stem states a figure near it? */
function near(sentence: string, key: string): boolean {
	const facts = extractFacts(sentence);
	const fact = facts.find((f) => f.text === key || f.text.includes(key))!;
	expect(fact, key).toBeDefined();
	const stem = sentence.slice(0, fact.span.start) + '_____' + sentence.slice(fact.span.end);
	return comparedNear(fact, facts, stem, ESTIMATE);
}

describe('session 55: giveaways and options absurd by the sentence itself', () => {
	it('an estimate whose stem states a figure of its measure within scoring reach is refused, whatever the cue (R5: "closed at $_____ after trading as low as $61.85")', () => {
		expect(near('The stock closed at $41.20 on Friday after trading as low as $40.05 in the morning.', '$41.20')).toBe(true);
		expect(near('Shares ended the day at $88.10, having touched a high of $91.30 before lunch.', '$88.10')).toBe(true);
		expect(near('Attendance rose from 12,400 to 14,900 over the season.', '14,900')).toBe(true);
		expect(near('The index finished at 3,180 points, as high as 3,320 points at one stage.', '3,180')).toBe(true);
		expect(near('Turnout was 61% against 58% at the last election.', '61%')).toBe(true);
		// a far figure, or one of another measure, tells nothing
		expect(near('The stock closed at $41.20 on Friday after trading as low as $12.05 a year ago.', '$41.20')).toBe(false);
		expect(near('The club sold 14,900 tickets for 12 home games.', '14,900')).toBe(false);
	});
	it('a currency the stem writes tells a blanked country that uses it (R5: "hearing aids in _____ can cost ₹15,000")', () => {
		expect(writesCurrencyOf('A bicycle in Pune costs about ₹9,000.', 'India')).toBe(true);
		expect(writesCurrencyOf('Fares rose to 1,200 naira a trip.', 'Nigeria')).toBe(true);
		expect(writesCurrencyOf('A ticket costs 45 zlotys.', 'Poland')).toBe(true);
		expect(writesCurrencyOf('A room costs 30,000 won a night.', 'South Korea')).toBe(true);
		// a dollar is anyone's, a verb is no currency, and a currency tells only its own users
		expect(writesCurrencyOf('A ticket costs $45.', 'United States')).toBe(false);
		expect(writesCurrencyOf('The party won 30 seats.', 'South Korea')).toBe(false);
		expect(writesCurrencyOf('A bicycle costs about ₹9,000.', 'China')).toBe(false);
		const priced = stemsMatching('Cheap scooters change farm life', [
			'A second-hand scooter in Kenya can cost as little as 40,000 shillings, a dealer in Nakuru said.',
			'In India, a new scooter costs about ₹70,000, roughly a year of farm income for many families.',
			'Farmers in both countries say the machines have cut the time it takes to get crops to market.',
			'Sales of scooters in rural areas rose sharply last year, according to industry figures.'
		], /_____/);
		expect(priced.filter((w) => /₹70,000/.test(w.stem) && w.check === '')).toEqual([]);
	});
	it('a false swap never puts in the key\'s place a side the sentence already names in another role (R8: "Mill Lane captain ... a challenge on Mill Lane United winger")', () => {
		const items = itemsOf('Fisk brace sends Brackley Rovers top as ten-man Kestrel Vale beaten', [
			'Brackley Rovers 2 Kestrel Vale United 1',
			'Two goals from Lena Fisk lifted Brackley Rovers to the top of the Coastal League on Saturday in front of a crowd of 3,410 at Marsh Road.',
			'Kestrel Vale went ahead in the 12th minute when Tom Bryce headed in a corner from the right.',
			'But the game turned before the break. Kestrel Vale captain Owen Marsh, already booked, was shown a second yellow card for a late challenge on Rovers winger Sam Okoye, and Rovers equalised from the resulting free-kick.',
			'"We were second best," Rovers manager Dean Price said.',
			'Kestrel Vale boss Alan Reed called the red card "soft".'
		]);
		const statements = items.filter((i) => i.type === 'true-false').map((i) => i.stem);
		expect(statements.filter((stem) => /Kestrel Vale captain[^.]*(?:Kestrel Vale United|Owen Marsh) winger/.test(stem))).toEqual([]);
	});
	it('a count turned into fewer of itself, or the end of a change from another, keeps its options on that count\'s side (R8: six schools "merged into" seven)', () => {
		const side = (sentence: string, key: string) => {
			const facts = extractFacts(sentence);
			return sideOf(sentence, facts.find((f) => f.text === key)!, facts);
		};
		expect(side('Six village schools in the dale are to be merged into three under plans announced on Friday.', 'three')[0]).toBe(6);
		expect(side('The diocese will merge its 14 parishes into five larger ones.', 'five')[0]).toBe(14);
		// a whole whose long noun the facts leave unread is read from the words
		expect(side('Eight small rural primary schools in West Cumbria are to be merged into three under plans announced on Monday by the trust that runs them.', 'three')[0]).toBe(8);
		expect(side('The 18 district councils will be merged into six unitary authorities.', 'six')[0]).toBe(18);
		expect(side('The charity grew from 40 volunteers to 310 in two years.', '310')[1]).toBe(40);
		expect(side('Membership fell from 2,400 members to 1,150 over the decade.', '1,150')[0]).toBe(2400);
	});
	it('the start of a change or span keeps its options on its side of the end the sentence writes after it (R8: terms extended "from _____ years to six", "seven" an option)', () => {
		const side = (sentence: string, key: string) => {
			const facts = extractFacts(sentence);
			return sideOf(sentence, facts.find((f) => f.text === key)!, facts);
		};
		expect(side('The council voted to extend councillors’ terms from three years to five, to cut the cost of elections.', 'three')[0]).toBe(5);
		expect(side('The trust shortened the waiting period from eight weeks to five.', 'eight')[1]).toBe(5);
		expect(side('The ferry company cut its crossings from 14 to 9 a day in winter.', '14')[1]).toBe(9);
		expect(side('The lease was extended from 10 to 25 years.', '10')[0]).toBe(25);
		// an end of another scale ("1.2 million", "40%") is no bound of the plain key
		expect(side('Downloads grew from 900 to 1.2 million in a year.', '900')[0]).not.toBe(1.2);
	});
	it('a which-first whose order follows from the kinds of event is refused (R8: "conceded" beside the win it concedes)', () => {
		expect(orderByKind(['Labour\'s Ruth Adeyemi won the mayoral race', 'Tom Hale conceded in a brief speech'], 0)).toBe(true);
		expect(orderByKind(['A local man was charged with arson', 'The man was jailed for six years'], 0)).toBe(true);
		expect(orderByKind(['The new footbridge was opened by the mayor', 'Work on the footbridge was approved by the council'], 1)).toBe(true);
		expect(orderByKind(['A hiker went missing on the fells', 'Rescuers found the hiker in a gully', 'The hiker was flown to hospital'], 0)).toBe(false);
		expect(orderByKind(['The painter was born in Leiden', 'The painter moved to Paris', 'The painter opened a studio'], 0)).toBe(true);
		// events whose order only the article tells stay
		expect(orderByKind(['The council approved the budget', 'The mayor resigned over the row'], 0)).toBe(false);
		expect(orderByKind(['Ruth Adeyemi won the mayoral race', 'The council raised parking fees', 'Tom Hale conceded defeat'], 0)).toBe(false);
	});
	it('"the town" is never written as a village of another paragraph when the article calls a place of the sentence a town (R6: "damage in Fontelas alone" for the mayor\'s town)', () => {
		const stems = written(reportOf('Four dead as floods hit northern Portugal', [
			'Four people have died and hundreds were forced from their homes after torrential rain caused flooding across northern Portugal, officials said on Thursday.',
			'The worst-hit area was the town of Puente de Arenas, about 40 km north-east of Braga, where the river rose by almost three metres overnight and flooded the old town centre.',
			'A third victim, a 52-year-old farmer, died when his tractor was swept off a bridge near the village of Fontelas on Tuesday evening.',
			'Emergency services said more than 600 people had been evacuated from their homes across the region.',
			'Local officials said the final bill would be far higher. The mayor of Puente de Arenas, Lucía Ferro, estimated damage in the town alone at "at least €30 million", and said about 280 homes and 70 businesses had been flooded.'
		])).map((w) => w.stem);
		expect(stems.filter((stem) => /Fontelas alone/.test(stem))).toEqual([]);
	});
});
