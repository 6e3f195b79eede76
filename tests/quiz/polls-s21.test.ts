import { describe, expect, it } from 'vitest';
import { filler, reportOf, written } from './report';

describe('a poll’s or a projection’s share stays the estimate’s (QUALITY.md R6)', () => {
	const night = [
		'Voters in Norway went to the polls on Monday in a closely fought parliamentary election.',
		'According to the exit poll by broadcaster NRK, the Labour Party stayed Norway’s largest party with 27.4 percent, up from 26.3 percent in 2021.',
		'The Progress Party took 21.6 percent. The Conservatives slipped to 14.2 percent from 20.4 percent.',
		'The Greens scored 4.1 percent, just above the threshold.',
		'Prime Minister Kari Lund said the result showed that voters wanted stability after four difficult years.',
		'Unemployment in Norway fell to 3.9 percent in August, Statistics Norway said.'
	];
	const stems = () => written(reportOf('Labour leads in Norway exit poll', [...night, ...filler]));

	it('asks no share of a sentence that goes on with the exit poll’s figures', () => {
		const carried = stems().filter((w) => /Progress Party took|Conservatives slipped|Greens scored/.test(w.stem));
		expect(carried.length).toBeGreaterThan(0);
		for (const w of carried) expect(w.check, w.stem).not.toBe('');
	});

	it('still asks a share with a source of its own after the poll', () => {
		expect(stems().filter((w) => w.check === '').map((w) => w.stem)).toContainEqual(expect.stringMatching(/^Unemployment in Norway fell to _____/));
	});

	it('never cuts a trailing poll or projection from a share, and keeps a stem that names it', () => {
		const tail = [
			'Voters in Norway went to the polls on Monday in a closely fought parliamentary election.',
			'The Labour Party won 27.4 percent in Norway, an exit poll by NRK showed.',
			'The Red Party won 5.3 percent in Norway, according to projections by TV2.',
			'The Greens took 4.1 percent in Norway, the projection showed.'
		];
		const all = written(reportOf('Labour leads in Norway exit poll', [...tail, ...filler]));
		const cut = all.filter((w) => /^The (?:Labour|Red) Party won [^,]*\.$/.test(w.stem));
		expect(cut.length).toBeGreaterThan(0);
		for (const w of cut) expect(w.check, w.stem).toBe('R6');
		expect(all.filter((w) => w.check === '').map((w) => w.stem)).toContainEqual(expect.stringMatching(/^The Greens took _____ percent in Norway, the projection showed\.$/));
	});
});

describe('a list’s opener names whose list it is (QUALITY.md R4)', () => {
	const budget = [
		'Finance Minister Enoch Mavuso on Wednesday tabled a E28-billion budget that leaves the VAT rate unchanged at 15% but raises the fuel levy and duties on alcohol, as Eswatini tries to cut a deficit expected to reach E3.1-billion by the end of the fiscal year.',
		'Speaking to parliament in Mbabane, Mavuso said the government had "chosen discipline over borrowing". His predecessor’s attempt last year to raise VAT collapsed after opposition from within cabinet.',
		'Key measures announced include:',
		['- a 20c a litre increase in the fuel levy on petrol and diesel from 1 April, the first increase in four years;', '- excise duties on beer and wine rising by 5.5%, and on cigarettes by 6.8%;', '- a E40 rise in the monthly old-age grant to E540.'].join('\n'),
		'Opposition leader Thandeka Dlamini said the fuel levy increase would hurt commuters in rural areas.'
	];
	const all = () => written(reportOf('Budget 2026: Mavuso raises fuel levy and alcohol duties in Eswatini', budget));

	it('asks nothing of a bullet run into "Key measures announced include"', () => {
		const unowned = all().filter((w) => /^(?:In Eswatini, )?[Kk]ey measures announced include\b/.test(w.stem));
		expect(unowned.length).toBeGreaterThan(0);
		for (const w of unowned) expect(w.check, w.stem).not.toBe('');
	});

	it('still asks one whose opener names the budget', () => {
		const named = ['Finance Minister Enoch Mavuso delivered Eswatini’s national budget in Mbabane on Wednesday.', 'Key measures in Eswatini’s 2026 budget include a 4% rise in old-age grants.'];
		expect(written(reportOf('Eswatini raises old-age grants in budget', [...named, ...filler])).filter((w) => w.check === '').map((w) => w.stem)).toContainEqual(expect.stringMatching(/^Key measures in Eswatini’s 2026 budget include\b/));
	});
});

describe('a pointer to what the sentences before said is no subject or object of a stem (QUALITY.md R4)', () => {
	const anchovy = [
		'Peruvian fishing groups have urged the Andean Community to impose tariffs on Chile and Ecuador after both countries raised their anchovy catch limits for 2026 well above the levels agreed in regional talks.',
		'Chile said on Monday it would let its boats land 410,000 tonnes of anchovy this season, while Ecuador set a limit of 95,000 tonnes. Combined, that is 58 per cent of the 876,000-tonne catch advised by marine biologists at the Humboldt Current Research Institute in Lima.',
		'"Our crews are sitting in port while the boats next door fill their holds," said Rosa Quispe, president of the Callao Fishing Federation.',
		'An Andean Community spokesman, Tomas Herrera, said the bloc regretted the decision and would raise the matter at a ministerial meeting in Quito on March 4th.',
		'On March 2nd, Chile’s fisheries undersecretary, Julieta Morales, dismissed the complaints, saying warmer waters had pushed the anchovy shoals south into Chilean waters.',
		'Ecuador’s production minister Andres Vera said his government would lower its limit if all three countries signed a new sharing deal before the summer.',
		'Peruvian senator Marco Salas said Lima had been too slow to act and called for the region’s quota rules to be rewritten.'
	];
	const all = () => written(reportOf('Peruvian fleet protests as Chile and Ecuador raise anchovy catch limits', anchovy));

	it('refuses "Combined, that is 58 per cent of ...": what "that" adds up is never said', () => {
		const summed = all().filter((w) => /^Combined, that is\b/.test(w.stem));
		expect(summed.length).toBeGreaterThan(0);
		for (const w of summed) expect(w.check, w.stem).toBe('R4');
	});

	it('refuses "dismissed the complaints": which complaints, the stem never says', () => {
		const dismissed = all().filter((w) => /dismissed the complaints\.$/.test(w.stem));
		expect(dismissed.length).toBeGreaterThan(0);
		for (const w of dismissed) expect(w.check, w.stem).toBe('R4');
	});

	it('still asks a criticism whose content or source the stem says', () => {
		const said = [
			'Chile’s fisheries undersecretary Julieta Morales on Tuesday rejected claims that Chilean boats had caught 410,000 tonnes of anchovy in Peruvian waters.',
			'Ecuador’s production minister Andres Vera dismissed the criticism from Peru of Ecuador’s 95,000-tonne limit at a meeting in Quito.'
		];
		const kept = written(reportOf('Chile and Ecuador reject Peru’s anchovy complaints', [...said, ...filler])).filter((w) => w.check === '' && /\b(?:claims that|criticism from)\b/.test(w.stem));
		expect(kept.length).toBeGreaterThan(0);
	});
});

describe('a result measured against a forecast is the company’s, not the forecast’s (QUALITY.md R6)', () => {
	const results = [
		'Shares in Dutch bicycle maker Veldhoven Cycles rose 9% on Tuesday after it reported higher yearly earnings.',
		'Operating profit for 2025 grew 22.4% to 310 million euros, the Utrecht-based company said, above the 285 million euros forecast in a Bloomberg poll of analysts.',
		'Sales rose 12% to 2.7 billion euros, helped by 64 new shops in Germany and Belgium.',
		'Chief Executive Maartje de Wit said the company would open 40 more shops in France next year.'
	];

	it('asks the sales rise of the sentence after the figure that beat the forecast', () => {
		const all = written(reportOf('Veldhoven Cycles profit beats forecasts', [...results, ...filler]));
		const sales = all.filter((w) => /\b[Ss]ales rose\b/.test(w.stem));
		expect(sales.length).toBeGreaterThan(0);
		expect(sales.filter((w) => w.check === 'R6')).toEqual([]);
	});
});
