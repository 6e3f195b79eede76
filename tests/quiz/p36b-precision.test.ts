import { describe, expect, it } from 'vitest';
import { unownedDefinite } from '../../src/lib/quiz/definites';
import { extractFacts } from '../../src/lib/quiz/facts';
import { shorten } from '../../src/lib/quiz/generate';
import { simplify } from '../../src/lib/quiz/simplify';
import { filler, personTexts, reportOf, stemsMatching } from './report';

describe('a name never takes the last word of a title before it (R1)', () => {
	it('"Deputy Minister of Rural Affairs Tomas Ellery said" gives the person "Tomas Ellery", never "Affairs Tomas Ellery"', () => {
		expect(personTexts('Deputy Minister of Rural Affairs Tomas Ellery said the scheme would be extended to 40 more villages.')).toEqual(['Tomas Ellery']);
	});

	it('"Undersecretary of Coastal Heritage Marisol Quintero said" gives "Marisol Quintero"', () => {
		expect(personTexts('Undersecretary of Coastal Heritage Marisol Quintero said the lighthouse would reopen in spring.')).toEqual(['Marisol Quintero']);
	});

	it('a name of three words after a role noun stays whole ("Interior Minister Nkechi Adaeze Obi")', () => {
		expect(personTexts('Interior Minister Nkechi Adaeze Obi said the checkpoints would stay in place until June.')).toEqual(['Nkechi Adaeze Obi']);
	});

	it('no who-said option carries a word of a title', () => {
		const report = reportOf('Divers find bronze anchor off Cabo Ralo', [
			'Divers working off the coast of Cabo Ralo have recovered a bronze anchor thought to be more than 800 years old, the regional museum said on Friday.',
			'"It is the best preserved anchor of its age that anyone has brought up along this coast," said Tomás Aranda Villegas, the diver who led the team.',
			'"Nothing had moved since the ship went down," he said.',
			'"We used to think only merchants sailed these waters, but the anchor tells another story," said Paloma Ruiz Escobar, a historian at the University of Cabo Ralo.',
			'Deputy Minister of Maritime Heritage Inés Carbajal said the government would set aside 1.2 million pesos to guard the site from treasure hunters.',
			'"Looting is the greatest danger these wrecks face," Carbajal said at a news conference.',
			...filler
		]);
		const options = report.quiz.items.filter((i) => i.type === 'who-said').flatMap((i) => i.options);
		expect(options.filter((o) => /\bHeritage\b/.test(o))).toEqual([]);
	});
});

describe('a body put back for "the council" keeps the "the" its name takes (R1)', () => {
	const TITLE = 'Ruritania central bank holds main rate at 4%';
	const LEAD = "Ruritania's central bank held its main interest rate at 4% on Tuesday, as most economists had expected.";
	const BODY = "The decision by the Central Bank of Ruritania's (CBR) Monetary Policy Council was expected by 11 of 17 analysts polled last week. The council, which has nine members, did not publish how its members voted; the minutes are due in four weeks.";
	const LATER = 'The bank said inflation had eased to 3.1% in March from 3.6% in February, helped by lower fuel prices.';

	it('writes "The Monetary Policy Council did not publish", never "Monetary Policy Council did not publish"', () => {
		const stems = stemsMatching(TITLE, [LEAD, BODY, LATER, "The Monetary Policy Council's next meeting is set for May 6-7."], /did not publish/);
		expect(stems.length).toBeGreaterThan(0);
		expect(stems.filter((s) => !/^The Monetary Policy Council did not publish/.test(s.stem))).toEqual([]);
	});

	it('does so where the article writes the name only after an owner', () => {
		const stems = stemsMatching(TITLE, [LEAD, BODY, LATER], /did not publish/);
		expect(stems.length).toBeGreaterThan(0);
		expect(stems.filter((s) => /^Monetary/.test(s.stem))).toEqual([]);
	});
});

describe('a cost or a pressure the stem does not say of what is refused (R4)', () => {
	const TITLE = 'Riverton council approves budget with 4.1% tax rise';
	const PARAGRAPHS = [
		'Riverton city council on Tuesday approved a $512 million budget that raises property taxes by 4.1% next year.',
		"Councillors said rising fuel and wage bills had squeezed the city's finances for a third straight year.",
		"Marta Oyelaran, the city's finance director, warned councillors that the pressure would not ease in 2027.",
		'The old library on Mill Street will be rebuilt at a cost of $18 million. The city will pay about $6 million of the cost, with the rest coming from the province.'
	];

	it('"warned councillors that the pressure would not ease in ___" is refused R4', () => {
		const stems = stemsMatching(TITLE, PARAGRAPHS, /the pressure would not ease in _____/);
		expect(stems.length).toBeGreaterThan(0);
		expect(stems.filter((s) => s.check !== 'R4')).toEqual([]);
	});

	it('"will pay about $___ million of the cost" is refused R4', () => {
		const stems = stemsMatching(TITLE, PARAGRAPHS, /of the cost/);
		expect(stems.length).toBeGreaterThan(0);
		expect(stems.filter((s) => s.check !== 'R4')).toEqual([]);
	});

	it('"cost" as a verb is no unowned cost ("the repairs had cost him", "the town now costs")', () => {
		expect(unownedDefinite('Shop owner Dev Patel said the repairs had cost him more than $9,000.')).toBeUndefined();
		expect(unownedDefinite('The survey found that a small flat in the town now costs €_____ a month to rent.')).toBeUndefined();
		expect(unownedDefinite('He said the pressure on clinics would grow this winter.')).toBeUndefined();
	});

	it('"at a cost of $___ million" says of what, and stays', () => {
		expect(stemsMatching(TITLE, PARAGRAPHS, /at a cost of/).some((s) => s.check === '')).toBe(true);
	});
});

describe('a clause is never cut after a verb of saying that its statement follows (R1)', () => {
	const SENTENCE = "Under a change to Valdora's tenancy code that came into force in March 2024, Judge Elena Cortavar said, a majority of three-fifths of owners was enough to restrict the lets.";

	it('the main clause keeps what the judge said', () => {
		expect(simplify(SENTENCE, extractFacts(SENTENCE)).map((c) => c.text)).not.toContain("Under a change to Valdora's tenancy code that came into force in March 2024, Judge Elena Cortavar said");
	});

	it('a long clause is never shortened to end on "said"', () => {
		const text = "Under a change to Valdora's national tenancy code that came into force in March 2024 after two years of debate, Judge Elena Cortavar said, a majority of three-fifths of the owners in a block was enough to restrict the lets";
		expect(shorten(text, text.indexOf('2024') + 4)).toBe(text);
	});

	it('still cuts an appositive of a noun ("Mayor Tom Ellis, a former teacher who was elected in 2019")', () => {
		const sentence = 'The plan was backed by Mayor Tom Ellis, a former teacher who was elected in 2019.';
		expect(simplify(sentence, extractFacts(sentence)).map((c) => c.text)).toContain('The plan was backed by Mayor Tom Ellis');
	});

	it('no stem is a fragment ending on "said."', () => {
		const stems = stemsMatching('Court backs owners who ban holiday lets', ['The top court ruled on Monday that residents of a block of flats in Valdora can ban short-term holiday lets by a vote.', SENTENCE, 'Under the old rules, a single owner could block any such ban, lawyers for the residents said.', ...filler], /^Under a change/);
		expect(stems.length).toBeGreaterThan(0);
		expect(stems.filter((s) => s.check === '' && /said\.$/.test(s.stem))).toEqual([]);
	});
});

describe("the day's index move closing a story not about markets is refused (R7)", () => {
	it('"..., with the Harbour Composite Index up ___ by midday" in a port story is refused R7', () => {
		const stems = stemsMatching(
			'Port of Kessa handles record quarter as new berths open',
			[
				'The Port of Kessa handled a record 9.4 million containers in the first quarter, up 6.1% from a year earlier, the port authority said on Wednesday.',
				'Four new berths at the Dalmar terminal opened in February and took about 1.2 million of those boxes.',
				'Shipping lines have moved calls to Kessa from rival ports hit by congestion, the authority said.',
				'Shares of logistics firms listed in Kessa were mixed on Wednesday, with the Harbour Composite Index up 0.4% by midday.',
				...filler
			],
			/Index up/
		);
		expect(stems.length).toBeGreaterThan(0);
		expect(stems.filter((s) => s.check !== 'R7')).toEqual([]);
	});
});

describe("a reporting window's length is never asked (R7)", () => {
	it('"in the ___ months to the end of June" is refused R7', () => {
		const stems = stemsMatching(
			'Dry winter leaves Tarrant farmers short of feed',
			[
				'Farmers across the Tarrant plains are selling cattle early as a dry winter leaves pastures bare and feed prices high.',
				'The Tarrant Weather Service says parts of the Tarrant plains received less than 35 per cent of their usual rainfall in the 12 months to the end of June.',
				'Hay now sells for about $410 a tonne, nearly double the price of two years ago, according to growers.',
				...filler
			],
			/in the _____ months to the end of June/
		);
		expect(stems.length).toBeGreaterThan(0);
		expect(stems.filter((s) => s.check !== 'R7')).toEqual([]);
	});
});

describe('a side figure the stems tell of counts toward the two items per person (QUALITY.md)', () => {
	it('no quiz has three items about the finance director, as key or as the one who says the stem', () => {
		const report = reportOf('Carrow council passes budget with 6.2% tax rise', [
			'Carrow city council on Wednesday approved a budget that raises property taxes by 6.2%, after a debate that ran past midnight.',
			'Mayor Helen Dunmore said the rise reflected "choices nobody wanted to make."',
			'"Nobody on this council wanted to ask families for more at a time when food and rent already take so much," Dunmore told reporters after the vote.',
			'Councillor Ravi Pillai voted against the budget.',
			'"We keep paying for the damage instead of the repairs that would stop it," Pillai said during the debate.',
			'"Every one of us knows a family that is one bill away from losing their home."',
			"The city's insurance bill has climbed by about 35 per cent in four years, according to a report from the finance department.",
			"Olivier Desrosiers, the city's finance director, told councillors that borrowing costs would keep rising until 2028.",
			'He said Carrow was carrying a backlog of roughly $2.1 billion in road and pipe repairs, and that reserves had fallen to "worrying" levels.',
			'"We have bought ourselves one more year," Desrosiers said.',
			...filler
		]);
		const about = report.quiz.items.filter((i) => i.stem.includes('Desrosiers') || i.options[i.key] === 'Desrosiers' || i.options[i.key] === 'Olivier Desrosiers');
		expect(about.length).toBeLessThanOrEqual(2);
	});
});
