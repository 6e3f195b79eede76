import { describe, expect, it } from 'vitest';
import { anchorFrames, unanchoredFrame, type AnchorSource } from '../../src/lib/quiz/anchors';
import { parseArticleText } from '../../src/lib/quiz/parse-article';
import { filler, reportOf, written } from './report';

/** An anchor source of a headline and paragraphs, with the persons, places and organisations given. */
function sourceOf(title: string, paragraphs: string[], names: { persons?: [string, string][]; places?: [string, string][]; organisations?: string[] } = {}): AnchorSource {
	return {
		article: parseArticleText(`${title}\n\n${[...paragraphs, ...filler, ...filler].join('\n\n')}`),
		persons: new Map((names.persons ?? []).map(([full, surname]) => [surname, { full, surname }])),
		places: new Map((names.places ?? []).map(([text, level]) => [text.toLowerCase(), { text, level }])),
		organisations: new Map((names.organisations ?? []).map((text) => [text.toLowerCase(), { text }]))
	};
}

const bare = sourceOf('Council vote', ['The council met on Monday to discuss the budget for next year.']);

describe('a stem that leans on a frame it never anchors', () => {
	it('refuses a turnout, a vote or other candidates of an election the stem does not place', () => {
		expect(unanchoredFrame(bare, 'Turnout was _____%, up from 36.9% in the first round.')).toBe('Turnout');
		expect(unanchoredFrame(bare, 'Four other candidates were eliminated.')).toBe('other candidates');
		expect(unanchoredFrame(bare, 'Sunday’s vote was one of three local elections held across _____.')).toBe('Sunday’s vote');
		expect(unanchoredFrame(bare, 'Official final results are due from the electoral commission on Monday.')).toBe('Official final results are');
	});

	it('refuses a vote the stem names only a candidate of: a person stands in more than one round', () => {
		const withCandidate = sourceOf('Run-off', ['Marta Nowak won.'], { persons: [['Marta Nowak', 'Nowak']] });
		expect(unanchoredFrame(withCandidate, 'Marta Nowak took _____% of the vote.')).toBe('the vote');
	});

	it('keeps a turnout the stem places', () => {
		const leeds = sourceOf('Mayor elected', ['Leeds voted.'], { places: [['Leeds', 'city']] });
		expect(unanchoredFrame(leeds, 'Turnout in Leeds was _____%.')).toBeUndefined();
	});

	it('refuses "another N people" with no place or body, and keeps it with one', () => {
		expect(unanchoredFrame(bare, 'Another _____ people are missing.')).toBe('Another _____ people');
		const mombasa = sourceOf('Floods', ['Mombasa flooded.'], { places: [['Mombasa', 'city']] });
		expect(unanchoredFrame(mombasa, 'Another _____ people are missing in Mombasa.')).toBeUndefined();
	});

	it('refuses a production or producers of a film the stem never titles, a city or a studio beside them', () => {
		const film = sourceOf('Biopic cast', ['The film, “Night Music,” follows a pianist.'], { places: [['Montreal', 'city']], organisations: ['Cobalt Films'] });
		expect(unanchoredFrame(film, 'Production is set to begin in Montreal in May 2027.')).toBe('Production');
		expect(unanchoredFrame(film, 'Producers include _____ of Cobalt Films.')).toBe('Producers include');
		expect(unanchoredFrame(film, 'Production of Night Music is set to begin in Montreal in May 2027.')).toBeUndefined();
	});

	it('refuses a son without an owner, a sell-on clause without its player, a count of recommendations of nothing named', () => {
		const club = sourceOf('Transfer', ['Betis sold him.'], { organisations: ['Betis'] });
		expect(unanchoredFrame(bare, 'A son, Thomas, died in _____.')).toBe('A son');
		expect(unanchoredFrame(club, 'Betis will also keep a _____ sell-on clause.')).toBe('sell-on clause');
		expect(unanchoredFrame(bare, 'How many recommendations were rejected?')).toBe('How many recommendations were');
	});

	it('refuses "national" with no country, and keeps it beside a nationality or a capital', () => {
		expect(unanchoredFrame(bare, 'The national benchmark home price rose to $_____.')).toBe('national');
		expect(unanchoredFrame(bare, 'The Canadian national benchmark home price rose to $_____.')).toBeUndefined();
		const canberra = sourceOf('School funding', ['Canberra agreed.'], { places: [['Canberra', 'city']] });
		expect(unanchoredFrame(canberra, 'Under the national schools agreement, Canberra has committed to lifting its share to _____ per cent.')).toBeUndefined();
	});

	it('refuses an altitude or a market’s activity the stem does not place', () => {
		const rower = sourceOf('Rower dies', ['Hale rowed.'], { persons: [['Margaret Hale', 'Hale']], places: [['Mexico City', 'city']] });
		expect(unanchoredFrame(rower, 'Hale always blamed the altitude, some _____ metres above sea level.')).toBe('the altitude');
		expect(unanchoredFrame(rower, 'Hale always blamed the altitude of Mexico City, some _____ metres above sea level.')).toBeUndefined();
		expect(unanchoredFrame(bare, 'Compared with a year earlier, actual activity was up _____ per cent.')).toBe('actual activity was');
		expect(unanchoredFrame(bare, 'A ratio between _____ per cent is generally considered a balanced market.')).toBe('A ratio');
	});

	it('refuses an aircraft or a walk the stem says nothing of, and leaves names and a quote alone', () => {
		expect(unanchoredFrame(bare, 'Flight-tracking data showed the aircraft turning south.')).toBe('the aircraft');
		const walker = sourceOf('Hospice walk', ['Noeleen Dowling walked.'], { persons: [['Noeleen Dowling', 'Dowling']] });
		expect(unanchoredFrame(walker, 'Noeleen Dowling walked the _____km route with her family.')).toBe('the _____km route');
		expect(unanchoredFrame(bare, 'The National Electoral Commission will publish the count on Monday.')).toBe('the count');
		expect(unanchoredFrame(bare, 'Ms Vale said: “Turnout was the best we have seen.”')).toBeUndefined();
	});
});

describe('the anchor written in where the article gives exactly one', () => {
	const housing = ['Canadian home sales rose 2.1 per cent in March, the real estate association said on Monday.', 'Sales in Toronto rose faster than anywhere else.'];

	it('writes the one country an article is set in before "national" and for "nationally"', () => {
		const canada = sourceOf('Home sales climb for a third month', housing);
		expect(anchorFrames(canada, 'The national benchmark price rose 0.4 per cent to $_____.')).toBe('Canada’s national benchmark price rose 0.4 per cent to $_____.');
		expect(anchorFrames(canada, 'With sales rising, the national sales-to-listings ratio tightened to _____ per cent.')).toBe('With sales rising, Canada’s national sales-to-listings ratio tightened to _____ per cent.');
		expect(anchorFrames(canada, 'The number of new listings nationally rose _____ per cent.')).toBe('The number of new listings in Canada rose _____ per cent.');
	});

	it('writes no country where the article names two', () => {
		const two = sourceOf('Home sales climb for a third month', [...housing, 'American buyers made up a tenth of sales.']);
		expect(anchorFrames(two, 'The national benchmark price rose 0.4 per cent to $_____.')).toBe('The national benchmark price rose 0.4 per cent to $_____.');
	});

	const obituary = ['Margaret Hale, who rowed for Britain at two Olympic Games, has died aged 80.', 'Hale came late to rowing, at 19.', 'Hale later coached at a school in Reading.', 'Hale married in 1970.'];
	const persons: [string, string][] = [['Margaret Hale', 'Hale']];

	it('writes the subject of an obituary as the owner of "A son" or "A daughter"', () => {
		const hale = sourceOf('Margaret Hale, Olympic rower, dies aged 80', obituary, { persons });
		expect(anchorFrames(hale, 'A son, Peter, died in _____.')).toBe('Hale’s son, Peter, died in _____.');
		expect(anchorFrames(hale, 'A daughter, Ruth, lives in _____.')).toBe('Hale’s daughter, Ruth, lives in _____.');
	});

	it('writes the owner with the article’s own apostrophe', () => {
		const straight = sourceOf('Margaret Hale, Olympic rower, dies aged 80', [...obituary, "Hale's crew finished fifth in Mexico City."], { persons });
		expect(anchorFrames(straight, 'A son, Peter, died in _____.')).toBe("Hale's son, Peter, died in _____.");
	});

	it('writes no owner outside an obituary', () => {
		const profile = sourceOf('Margaret Hale opens a rowing school', obituary, { persons });
		expect(anchorFrames(profile, 'A son, Peter, died in _____.')).toBe('A son, Peter, died in _____.');
	});

	it('writes the one sport an article names for "the sport"', () => {
		const hale = sourceOf('Margaret Hale, Olympic rower, dies aged 80', obituary, { persons });
		expect(anchorFrames(hale, 'Born in Chester in 1944, Hale came late to the sport.')).toBe('Born in Chester in 1944, Hale came late to rowing.');
	});

	it('writes the title of the one work a story is about after "Production" and "Producers"', () => {
		const casting = ['Ana Ruiz has landed the lead role in “Night Music,” Harbour Pictures’ long-planned biopic of a jazz pianist.', 'Ruiz starred in “Eastbound” last year.'];
		const film = sourceOf('Ana Ruiz to star in jazz biopic', casting, { places: [['Montreal', 'city']] });
		expect(anchorFrames(film, 'Production is set to begin in Montreal in _____.')).toBe('Production of “Night Music” is set to begin in Montreal in _____.');
		expect(anchorFrames(film, 'Producers include _____ of Cobalt Films.')).toBe('Producers of “Night Music” include _____ of Cobalt Films.');
		const noKind = sourceOf('Ana Ruiz lands a new role', casting);
		expect(anchorFrames(noKind, 'Production is set to begin in Montreal in _____.')).toBe('Production is set to begin in Montreal in _____.');
	});

	it('writes the one flight an article names for "the flight", and none of two', () => {
		const one = sourceOf('Flight diverts to the Azores', ['Flight TP201 landed safely at Ponta Delgada on Saturday.', 'The plane had left Lisbon before noon.']);
		expect(anchorFrames(one, 'About _____ minutes into the flight, the crew shut the engine down.')).toBe('About _____ minutes into flight TP201, the crew shut the engine down.');
		const two = sourceOf('Flights divert', ['Flight TP201 landed safely at Ponta Delgada on Saturday.', 'Flight TP203 was delayed.']);
		expect(anchorFrames(two, 'About _____ minutes into the flight, the crew shut the engine down.')).toBe('About _____ minutes into the flight, the crew shut the engine down.');
	});
});

describe('a run-off story’s turnout, through the generator', () => {
	it('writes the turnout sentence and refuses it for R4', () => {
		const report = reportOf('Opposition candidate wins mayoral run-off', [
			'Marta Nowak, an opposition-backed lawyer, won the mayoral run-off in Lublin on Sunday with 53.8% of the vote.',
			'Turnout was 41.3%, up from 36.9% in the first round two weeks ago, when Nowak had finished narrowly ahead with 38.4%.',
			'Nowak will take office in May, the city’s electoral commission said.',
			...filler
		]);
		const turnout = written(report).filter((w) => w.stem.startsWith('Turnout was'));
		expect(turnout.length).toBeGreaterThan(0);
		expect(turnout.every((w) => w.check === 'R4')).toBe(true);
	});
});
