import { describe, expect, it } from 'vitest';
import { backReference } from '../../src/lib/quiz/back-references';
import { bareHoldingCount } from '../../src/lib/quiz/bare-counts';
import { changedFromBand } from '../../src/lib/quiz/plausible';
import { generateWithReport } from '../../src/lib/quiz/generate';
import { parseArticleText } from '../../src/lib/quiz/parse-article';
import { checksOf, filler, itemsOf, sentenceOf } from './report';

describe('p33 (1): a count a verb of having ends on, with no noun, says what it counts nowhere (R1, R4)', () => {
	it('"The biggest, Fernhold, has about 2,300." counts nothing the stem says', () => {
		expect(bareHoldingCount('The biggest, Fernhold, has about 2,300.', false)).toBe(true);
		expect(bareHoldingCount('The biggest, Fernhold, has about _____.', true)).toBe(true);
	});

	it('a count with its noun, or a blank whose key carries its unit, is no bare count', () => {
		expect(bareHoldingCount('The biggest, Fernhold, has about 2,300 residents.', false)).toBe(false);
		expect(bareHoldingCount('The trust now has about _____.', false)).toBe(false);
	});

	it('no item of an article asks the bare count', () => {
		const checks = checksOf('Mobile dentist van starts rounds of hill villages', ['A mobile dentist van began visiting seven hill villages in the Vantor valley on Monday, the regional health board said.', 'About 5,200 people live in the seven villages. The biggest, Fernhold, has about 2,300.', 'The van will stay two days in each village and return every six weeks, the board said.'], /Fernhold, has about/);
		expect(checks.length).toBeGreaterThan(0);
		expect(checks).not.toContain('');
	});
});

describe('p33 (2): a leading time the figure belongs to stays in the stem (R6, R9)', () => {
	const paragraphs = ['A new car ferry between Ostrand and the island of Kessa entered service on Saturday after three years of delays, the island council said.', 'On its opening day, the Kessa Star carried 340 cars and about 1,100 passengers, the operator said.', 'The old ferry, built in 1979, was withdrawn in March after repeated engine failures.'];

	it('"On its opening day, the Kessa Star carried 340 cars" is never asked as a total with no day', () => {
		const stems = itemsOf('New island car ferry enters service after long delays', paragraphs).map((i) => i.stem);
		expect(stems.filter((s) => /Kessa Star carried/.test(s) && !/opening day/.test(s))).toEqual([]);
	});
});

describe('p33 (3): a role opening the sentence keeps a capital only where the article writes its word as a name alone (R1)', () => {
	it('"Town council member" beside "the Hollin Town Hall fund" is never "a Town council member"', () => {
		const paragraphs = [
			'A floating library that once served a chain of small islands off the west coast returned to service on Saturday, two years after its old boat was declared unsafe.',
			'The new vessel, the Ink Tide, carries about 3,000 books and stops at five island villages on a fortnightly route. The largest, Port Alder, has roughly 1,400 residents, while the smallest has fewer than 60.',
			'The Ink Tide lent 212 books on its first day, according to the charity that runs it, and signed up 48 new readers.',
			'Town council member Helen Marsh, who campaigned for the boat\'s return, said children on the islands had gone without a library for too long. "For a child on an island, a library that comes to you is the difference between reading and not reading," she said.',
			'The old boat was withdrawn in 2023 after inspectors found rot in its hull. The charity, Island Reads, raised £240,000 for the new vessel from more than 900 donors and a grant from the Hollin Town Hall fund.',
			'Its director, Peter Cole, said the boat would also carry a small printer and two laptops so that islanders could fill in forms and print documents. "People here have to take a ferry to print a letter," he said. "We can save them a day."',
			'The route takes four days to complete, and the boat is crewed by a skipper and two librarians. Volunteers on each island help carry the book crates to the village halls.',
			'Margaret Innes, 81, who has lived on Port Alder all her life, said she had missed the boat more than she expected. "I read three books a week, and for two years I read the same ones again," she said.',
			'The charity said it hoped to add a sixth stop next spring if it can raise another £30,000. Cole said the crew would also hold reading sessions for younger children during the school holidays.',
			'Marsh said the council would pay for the boat\'s fuel for the first three years. She said the islands had lost their post office and their bank branch in the past decade, and the library was one of the few services that still came to them.'
		];
		const items = itemsOf('Floating library returns to island villages after two-year absence', paragraphs);
		expect(items.length).toBeGreaterThan(0);
		expect(items.filter((i) => /\bTown council member/.test(i.stem))).toEqual([]);
	});
});

describe('p33 (4): a definite that stands for something the story told before names nothing in the stem (R4)', () => {
	const { article, sentences, sentence } = sentenceOf('Village clinic cuts night opening as doctors leave', ['The clinic in Broadmere will close between 10 p.m. and 7 a.m. from next month because it cannot find enough doctors, the county health board said on Tuesday.', 'Patients needing care at night will have to travel 40 km to the hospital in Carrick.', 'The board said it would review the arrangement on 30 September.'], 'The board said it would review');
	const isVerb = (word: string) => /(?:ed|es)$/.test(word);

	it('"review the arrangement on 30 September": a date after it says when, not which arrangement', () => {
		expect(backReference(article, sentences, sentence, 'Officials said they would review the arrangement on 30 September.', isVerb)).toBe('the arrangement');
	});

	it('"the reduction of about 9%": a measure after it says how much, never of what', () => {
		expect(backReference(article, sentences, sentence, 'Officials said the reduction of about _____% reflected a lack of doctors.', isVerb)).toBe('the reduction');
		expect(backReference(article, sentences, sentence, 'Officials said the reduction of night hours reflected a lack of doctors.', isVerb)).toBeUndefined();
	});

	it('"the Venetian master", "the Chilean striker": a person told by where they are from points back; a nation\'s office does not', () => {
		expect(backReference(article, sentences, sentence, 'Ana Ruiz said the workshop of the Venetian master made many copies.', isVerb)).toBe('the Venetian master');
		expect(backReference(article, sentences, sentence, 'The Chilean striker scored _____ goals in the cup.', isVerb)).toBe('The Chilean striker');
		expect(backReference(article, sentences, sentence, 'The French president said the talks would go on.', isVerb)).toBeUndefined();
	});
});

describe('p33 (5): a figure set beside the one it changed from keeps its options near that change (R8)', () => {
	it('"about 2.4 million tonnes, up from 2.3 million": no option is a jump of half again', () => {
		const [max, min] = changedFromBand('The board forecast the wheat crop at about 2.4 million tonnes, up from 2.3 million tonnes last year.', 2.4, [Infinity, 2.3]);
		expect(min).toBe(2.3);
		expect(max).toBeLessThan(3.1);
		expect(max).toBeGreaterThan(2.6);
	});

	it('a fall keeps its options above the band below the old figure; a figure with no change is left alone', () => {
		const [max, min] = changedFromBand('Exports fell to 800 tonnes, down from 1,000 tonnes a year earlier.', 800, [1000, -Infinity]);
		expect(max).toBe(1000);
		expect(min).toBeGreaterThan(400);
		expect(changedFromBand('Exports reached 800 tonnes, more than the 500 tonnes that the port can store.', 800, [Infinity, 500])).toEqual([Infinity, 500]);
	});
});

describe('p33 (6): a West African name of three words goes by its last word (R6, R8)', () => {
	it('"Fatou Ndiaye Diop" is offered as "Diop" beside the other speakers\' surnames', () => {
		const paragraphs = [
			'THIES, Senegal — A cooperative of market gardeners near Thies has lost most of its onion crop after a pump station failed during the hottest week of the year, its members said on Thursday.',
			'"We watched the plants die in three days and there was nothing we could do," said Fatou Ndiaye Diop, the cooperative\'s president.',
			'The regional water agency said a power fault had stopped the pumps for four days. Its director, Ibrahima Sarr, said the agency would pay for new seed.',
			'"The pumps are old and we have asked for money to replace them for three years," Sarr said.',
			'Moussa Cissé, a trader who buys onions from the cooperative, said prices in Dakar had already risen by a fifth.',
			'"My customers will pay more, and some of them will simply buy less," he said.'
		];
		const options = itemsOf('Onion growers lose crop after pump failure near Thies', paragraphs).flatMap((i) => (i.type === 'who-said' ? (i.options ?? []) : []));
		expect(options).toContain('Diop');
		expect(options).not.toContain('Ndiaye Diop');
	});
});

describe('p33 (7): statements on who said something are not all shown true when another person can make one false', () => {
	it('a statement whose first false speaker has two items already names another', () => {
		const paragraphs = [
			'The national fisheries office cut the sardine quota for the spring season by a quarter on Monday after a survey found too many young fish off the southern coast.',
			'Fisheries Minister Ana Lucía Soto Arce said the cut was needed to protect next year\'s stocks.',
			'The owners\' association said the cut was deeper than expected. Its chairman, Raúl Pineda Vidal, said the fleet would lose about $90 million in sales.',
			'"We accept the science, but the crews still have rents to pay every month," he said.',
			'In the port of Ilo, union leader Marco Tello Rojas said the aid offered to crews would not last long.',
			'"Ten thousand soles is one net and a few weeks of fuel," he said.'
		];
		const article = parseArticleText(`Sardine quota cut by a quarter as young fish crowd southern waters\n\n${[...paragraphs, ...filler].join('\n\n')}`);
		let tested = 0;
		for (let seed = 1; seed <= 30; seed++) {
			const said = generateWithReport(article, { seed, maxItems: 15 }).quiz.items.filter((i) => i.type === 'true-false' && i.factType === 'person' && / said:? /.test(i.stem));
			if (said.length < 3) continue;
			tested++;
			expect(said.some((i) => i.key === 1)).toBe(true);
		}
		expect(tested).toBeGreaterThan(0);
	});
});

describe('p33 (8): the dev grades\' NOs of the same kinds', () => {
	it('"the extra revenue" of a change the stem never names points back (R4)', () => {
		const { article, sentences, sentence } = sentenceOf('Town raises bus fares for the first time in a decade', ['The transit board of Vellmar raised bus fares by 20 cents on Monday, the first rise in ten years.', 'Officials said the extra revenue would pay for eight new buses.'], 'Officials said');
		expect(backReference(article, sentences, sentence, 'Officials said the extra revenue, estimated at _____ a year, would pay for eight new buses.', () => false)).toBe('the extra revenue');
	});

	it('"Karin Vogt, mayor of Tennbach, a town of about 6,200 people, said": the office is never cut alone (R1)', () => {
		const paragraphs = ['Lorries diverted by a bridge closure on the A7 motorway are driving through villages in the Tennbach valley, residents said on Friday.', 'Karin Vogt, mayor of Tennbach, a town of about 6,200 people, said hundreds of lorries now passed the school every hour.', 'The motorway operator said the bridge would stay closed until at least March.'];
		const stems = itemsOf('Lorries pour through valley villages after motorway bridge closes', paragraphs).map((i) => i.stem);
		expect(stems.filter((s) => /Vogt a town/.test(s))).toEqual([]);
	});
});
