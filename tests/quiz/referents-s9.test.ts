import { describe, expect, it } from 'vitest';
import { filler, kept } from './report';

describe('"It" and "Its" after a sentence that opens on the one organisation it names (QUALITY.md R4)', () => {
	it('names the organisation a lead opens on, past a county the lead also names', () => {
		const FINE = [
			'Harbour Water has been fined £4.1m after pumping raw sewage into a Sussex river on dozens of occasions.',
			'It admitted 11 offences under environmental permitting rules at Exeter Crown Court in March and was sentenced on Friday.'
		];
		expect(kept('Water firm fined over sewage', [...FINE, ...filler]).some((s) => s.startsWith('Harbour Water admitted _____ offences'))).toBe(true);
	});

	it('names "The X Red Cross" for "Its" after a sentence that opens on it and names a district, and keeps "the organization" that then means it', () => {
		const FLOODS = [
			'Floods have forced 90,000 people from their homes in eastern Uganda since the start of the month.',
			'The Uganda Red Cross said it was running 21 temporary camps and had recorded cases of cholera in Kasese district.',
			'Its secretary general, speaking on local broadcaster Ekko FM, said the organization needed about 400 million shillings to sustain its work over the next three months.'
		];
		expect(kept('Uganda floods displace thousands', [...FLOODS, ...filler]).some((s) => /^The Uganda Red Cross['’]s secretary general, speaking on local broadcaster Ekko FM, said the organization needed about/.test(s))).toBe(true);
	});
});

describe('A results story’s "the company" and its bare measures (QUALITY.md R4)', () => {
	const RESULTS = [
		'MILAN, July 29 (Reuters) - Italian carrier Corvina Airlines on Wednesday reported a 12% rise in first-half core profit as strong fares offset higher maintenance costs.',
		'Adjusted earnings before interest and taxes (EBIT) rose to 310 million euros in the six months to June 30, the Milan-based group said.',
		'Revenue climbed 8.4% to 3.61 billion euros, while net profit came in at 204 million euros.',
		'Shares in Corvina were up 3.2% in morning trading in Milan.',
		'However, the airline flagged pressure from engine inspections that kept nine of its jets on the ground.',
		'Chief executive Paola Renzi said the company was confident of hitting its full-year target of adjusted EBIT of about 640 million euros.'
	];

	it('writes "the company" as the one airline, an acronym the article spells out being no rival', () => {
		expect(kept('Corvina Airlines first-half profit jumps', RESULTS).some((s) => /^Chief executive Paola Renzi said Corvina(?: Airlines)? was confident/.test(s))).toBe(true);
	});

	it('asks a bare measure as the one company’s, by the short name the article uses', () => {
		expect(kept('Corvina Airlines first-half profit jumps', RESULTS).some((s) => s.startsWith('Corvina’s revenue climbed') || s.startsWith("Corvina's revenue climbed"))).toBe(true);
	});

	it('leaves a bare measure unasked when the article names two companies of its kind', () => {
		const two = [RESULTS[0], 'Rival carrier Estra Airlines also reported results on Wednesday, with a 4% fall in core profit.', ...RESULTS.slice(2, 4)];
		expect(kept('Corvina and Estra report results', two).some((s) => /revenue climbed/i.test(s))).toBe(false);
	});
});

describe('An appositive that names the thing a description opens on (QUALITY.md R4)', () => {
	const PLANET = [
		'Astronomers have found a rocky planet orbiting a nearby star, a team from the University of Geneva said on Tuesday.',
		'The planet, designated TOI 5123 b, orbits a small red star about 41 light-years away once every 11.2 days.',
		'It has a minimum mass of about 2.1 times that of Earth and receives about 64 percent of the light our planet gets from the Sun.'
	];

	it('writes "The planet, designated X," as "The planet X"', () => {
		expect(kept('Rocky planet found near Earth', [...PLANET, ...filler]).some((s) => s.startsWith('The planet TOI 5123 b orbits a small red star'))).toBe(true);
	});

	it('names the thing for the next sentence’s "It", whose "our planet" is every reader’s', () => {
		expect(kept('Rocky planet found near Earth', [...PLANET, ...filler]).some((s) => s.startsWith('TOI 5123 b has a minimum mass of about'))).toBe(true);
	});
});

describe('"It said" after quotes attributed to a description of the one organisation (QUALITY.md R4)', () => {
	const DIVERTED = [
		'A Corvina Airlines jet bound for Boston made an emergency landing in Shannon on Saturday after the crew shut down an engine over the Atlantic.',
		'“The safety of our passengers is always our first priority,” the airline said. “The crew acted with complete professionalism.” It said engineers were being sent from Milan and that passengers would continue their journey on Sunday morning.'
	];

	it('asks what the quotes’ speaker said, by its name', () => {
		expect(kept('Transatlantic flight diverts after engine fault', [...DIVERTED, ...filler]).some((s) => s.startsWith('Corvina Airlines said engineers were being sent from'))).toBe(true);
	});

	it('leaves "It said" alone after a quote a person spoke', () => {
		const person = [DIVERTED[0], DIVERTED[1].replace('the airline said', 'said pilot Marco Ferri')];
		expect(kept('Transatlantic flight diverts after engine fault', [...person, ...filler]).some((s) => /engineers were being sent/.test(s) && !/^Corvina/.test(s))).toBe(false);
	});
});

describe('"It" after a sentence that opens on a quoted title its appositive calls a film (QUALITY.md R4)', () => {
	const FILM = [
		'Actor Ravi Sen has been cast as the jazz pianist Tomas Lind in a new biopic, the studio said on Monday.',
		'“Harbour Lights,” the $9 million drama from Arcadia Pictures in which Sen starred opposite Tom Reyes, has grossed $61.2 million worldwide since opening in May.',
		'It opened to $18.4 million, well ahead of forecasts.'
	];

	it('names the film by its title, in the article’s quotation marks', () => {
		expect(kept('Ravi Sen to play jazz pianist', [...FILM, ...filler]).some((s) => s.startsWith('“Harbour Lights” opened to $'))).toBe(true);
	});

	it('leaves "It" alone when the sentence quotes a second title', () => {
		const two = [FILM[0], FILM[1].replace('since opening in May', 'more than “Cold Water” made last year'), FILM[2]];
		expect(kept('Ravi Sen to play jazz pianist', [...two, ...filler]).some((s) => /opened to \$/.test(s))).toBe(false);
	});
});

describe('"the country" after the one nationality a stem names (QUALITY.md R4)', () => {
	const SALES = [
		'Australian home sales rose for a fourth month in a row in October, though prices remain below their 2022 peak in the country’s two largest cities.',
		'Sales recorded by the national property council rose 3.1 per cent from September.'
	];

	it('keeps "the country" that the stem’s nationality names', () => {
		expect(kept('Home sales climb for fourth month', [...SALES, ...filler]).some((s) => s.startsWith('Australian home sales rose') && s.includes('peak in the country’s'))).toBe(true);
	});

	it('refuses it when the stem also names a place, which may be in another country', () => {
		const war = ['Russian drones struck Kyiv overnight, killing at least 14 people, the country’s air force said on Sunday.', ...SALES.slice(1)];
		expect(kept('Drones strike capital', [...war, ...filler]).some((s) => s.includes('the country’s air force'))).toBe(false);
	});
});

describe('"Its" after a sentence that opens on a name’s plural thing (QUALITY.md R4)', () => {
	const PROFITS = [
		'Kestrel Media said on Wednesday it would cut 600 jobs as advertising sales fell for a third year.',
		'Kestrel Media’s fourth quarter profits were slightly better than analysts’ expectations.',
		'But its film division saw profits slump 19% to $212m after a string of flops.'
	];

	it('names the owner, a plural being no "its"', () => {
		expect(kept('Kestrel Media to cut 600 jobs', [...PROFITS, ...filler]).some((s) => s.startsWith('Kestrel Media’s film division saw profits slump'))).toBe(true);
	});

	it('leaves "Its" alone when the sentence before names another organisation', () => {
		const two = [PROFITS[0], 'Kestrel Media’s fourth quarter profits were slightly better than Orion Group had forecast.', PROFITS[2]];
		expect(kept('Kestrel Media to cut 600 jobs', [...two, ...filler]).some((s) => /film division saw profits slump/.test(s))).toBe(false);
	});
});

describe('A market story’s bare measure is no one company’s (QUALITY.md R4)', () => {
	it('leaves "Sales fell ..." unnamed when the article reports no company’s results', () => {
		const MARKET = [
			'New car registrations in the UK fell for a second month in March as buyers held back, with carmaker Ford selling the most vehicles, industry figures showed.',
			'Sales fell 5.2% to 142,000 vehicles, the lowest March total since 2021.'
		];
		expect(kept('UK new car sales fall in March', [...MARKET, ...filler]).some((s) => /^Ford['’]s sales/.test(s))).toBe(false);
	});
});

describe('"the organization" after a person’s possessive (QUALITY.md R4)', () => {
	it('is refused: a person is no organisation', () => {
		const CASE = [
			'The Harbour Trust has been accused of misusing 2 million shillings in donations, a court heard on Monday.',
			'Jane Mwangi’s lawyer said the organization had repaid about 400,000 shillings to donors since March.'
		];
		expect(kept('Charity accused of misusing donations', [...CASE, ...filler]).some((s) => /^Jane Mwangi’s lawyer said the organization/.test(s))).toBe(false);
	});
});
