import { describe, expect, it } from 'vitest';
import { generateWithReport } from '../../src/lib/quiz/generate';
import { parseArticleText } from '../../src/lib/quiz/parse-article';
import { filler, reportOf, written } from './report';

// A council story (written for the project by a tester) as a paste that holds it twice, as a live blog's
// repeated paragraphs or a page copied twice give it: each sentence stands at two places in the article.
const title = "Harbourside council approves £4.2 million plan to close Mill Street to traffic";
const story = [
	"Harbourside councillors have voted to close Mill Street to through traffic from next spring, ending months of argument over the future of the town's busiest shopping street.",
	"The £4.2 million scheme was approved on Tuesday evening by 23 votes to 14, with three abstentions, after a debate that lasted almost four hours. Under the plan, cars will be barred from the 600-metre stretch between the railway station and the market square between 10am and 6pm every day.",
	"Council leader Margaret Doyle said the decision would make the town centre \"safer, quieter and better for business\". She told the chamber that footfall on Mill Street had fallen by 18 per cent since 2019 and that shops needed a reason for people to linger.",
	"Opposition councillors argued that the closure would push traffic onto residential roads in the Westfield estate. Councillor Tom Bradshaw, who represents Westfield, said residents had not been properly consulted. \"People on Ash Grove already have lorries rumbling past their bedroom windows at six in the morning,\" he said.",
	"A public consultation last autumn received 2,340 responses. Of those, 58 per cent supported closing the street, while 35 per cent were opposed and the rest had no view.",
	"The money will come from a £3.1 million grant from the regional transport fund, with the remaining £1.1 million paid from the council's own capital budget. The work includes new paving, 40 cycle racks, additional benches and a loading bay for deliveries before 10am.",
	"Blue Badge holders will still be allowed to drive to six reserved parking spaces near the market square. Buses will be diverted along Quay Road, adding about four minutes to the journey for passengers on the number 12 route.",
	"Shop owners remain divided. Priya Shah, who runs a bakery on Mill Street, said she welcomed the change because customers \"currently have to shout over the traffic\". But Gary Holt, owner of a hardware shop, warned that some customers would simply drive to the retail park instead.",
	"Construction is expected to begin in February and take about 14 weeks. The council said it would review traffic levels on surrounding streets six months after the scheme opens."
];

describe('one thing asked once, however often the article says it', () => {
	it('never gives two items of one stem or of one sentence written twice', () => {
		const article = parseArticleText(`${title}\n\n${[...story, ...story].join('\n\n')}`);
		for (let seed = 1; seed <= 5; seed++) {
			const items = generateWithReport(article, { seed }).quiz.items;
			expect(items.length).toBeGreaterThanOrEqual(2);
			expect(new Set(items.map((i) => i.stem)).size).toBe(items.length);
			expect(new Set(items.map((i) => i.source.text)).size).toBe(items.length);
		}
	});
});

describe('no item on who holds a nation\'s top office', () => {
	// who leads a country is known beyond the story, and a state legislator "described as the Prime
	// Minister" is absurd (the holdout114 reader's R7, R8); a town's offices stay asked
	const floods = [
		'Floods and landslides in the hill districts of the state of Varna have killed at least 23 people, officials said on Wednesday.',
		'State chief minister Arun Mehta said 14,000 people were staying in 120 relief camps.',
		'Revenue minister Lata Iyer said teams were still searching for 11 people missing in the Kallur district.',
		'Opposition legislator Ravi Menon said warnings had come too late for villages in the valley.',
		'Prime Minister Vikram Sethi spoke to Mr Mehta by phone on Tuesday and promised "all possible assistance", according to a statement from his office.',
		'Local councillor Sunil Das said the only road to his village had been washed away.'
	];
	const town = [
		'Floods in the southern province of Alvera have killed at least 19 people and forced 40,000 from their homes, officials said on Sunday.',
		'Prime Minister Dariusz Nowak visited the worst-hit town of Kresna on Saturday and promised 500 million zlotys in emergency aid.',
		'Provincial governor Ewa Lis said rescue teams had reached every village cut off by the water.',
		'Opposition lawmaker Tomasz Wrona said the aid had come too late for many families.',
		'Kresna mayor Jan Sobczak said the town hall had been turned into a shelter.',
		'Local football club chairman Piotr Mazur said the club stadium would house donated food and clothes.'
	];

	it('never asks who is described as the Prime Minister, but asks who is a town\'s mayor', () => {
		const described = (title: string, paragraphs: string[]) => written(reportOf(title, [...paragraphs, ...filler])).map((w) => w.stem).filter((s) => s.includes('described as'));
		expect(described('Floods kill 23 in Varna hill districts', floods)).toEqual([]);
		expect(described('Floods kill 19 in Alvera province', town)).toContain('In the article, who is described as the Kresna mayor?');
	});
});
