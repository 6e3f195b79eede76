import { describe, expect, it } from 'vitest';
import { nameHeads, unnamedHead } from '../../src/lib/quiz/named-heads';
import { nameSources, unnamedInterview } from '../../src/lib/quiz/sources';
import { splitSentences } from '../../src/lib/quiz/sentences';
import type { Article } from '../../src/lib/quiz/types';
import { itemsOf, kept } from './report';

/** `stem` as `nameHeads` writes it for the sentence at `index` of an article of `paragraphs`. */
function headed(title: string, paragraphs: string[], index: number, stem: string): string {
	const a: Article = { title, paragraphs };
	const sentences = splitSentences(a);
	return nameHeads(a, sentences, sentences[index], stem);
}

/** Does the R4 check of named-heads.ts refuse `stem` for the sentence at `index`? */
function refused(title: string, paragraphs: string[], index: number, stem: string): boolean {
	const a: Article = { title, paragraphs };
	const sentences = splitSentences(a);
	return unnamedHead(a, sentences, sentences[index], stem);
}

describe('"the president", "the judge": the one person the article writes with that title (QUALITY.md R4)', () => {
	const visit = [
		'President Maria Santos has admitted that her plan to cut rail fares has stalled in parliament.',
		'Speaking to reporters in Lisbon, Ms Santos said the delay was "deeply frustrating".',
		'Her chief economist, Paulo Reis, said the president did not sound hopeful about a vote this year.',
		'Six months ago, the president seemed a spent force after her party lost 14 seats in parliament.'
	];

	it('writes "the president" as President Maria Santos', () => {
		expect(headed('Santos admits fares plan has stalled', visit, 2, 'Paulo Reis said the president did not sound hopeful about a vote this year.')).toBe(
			'Paulo Reis said President Maria Santos did not sound hopeful about a vote this year.'
		);
		expect(headed('Santos admits fares plan has stalled', visit, 3, '_____ months ago, the president seemed a spent force.')).toBe('_____ months ago, President Maria Santos seemed a spent force.');
	});

	it('gives an item on a sentence that leans on "the president", written with her name', () => {
		const stems = kept('Santos admits fares plan has stalled', visit);
		expect(stems.some((s) => s.includes('President Maria Santos seemed a spent force'))).toBe(true);
		expect(stems.some((s) => /\bthe president\b/.test(s))).toBe(false);
	});

	it('writes "the judge" as the one judge, in full', () => {
		const court = [
			'Judge Orla Brennan, sitting at the Circuit Court on Tuesday, awarded a tenant €18,500 in damages.',
			'Judge Brennan said the notice was invalid.',
			'Counsel for the landlord said the judge had ignored a surveyor’s report from 2024.'
		];
		expect(headed('Tenant wins damp case', court, 2, 'Counsel for the landlord said the judge had ignored a surveyor’s report from _____.')).toBe(
			'Counsel for the landlord said Judge Orla Brennan had ignored a surveyor’s report from _____.'
		);
	});

	it('resolves none when two persons hold the title, or another holder is unnamed, and the R4 check refuses the stem', () => {
		const two = [...visit, 'President Luis Ortega of Spain said he would back the plan.'];
		const stem = 'Paulo Reis said the president did not sound hopeful about a vote this year.';
		expect(headed('Santos admits fares plan has stalled', two, 2, stem)).toBe(stem);
		expect(refused('Santos admits fares plan has stalled', two, 2, stem)).toBe(true);
		const lower = [...visit, 'Brazilian president Rui Costa said he would back the plan.'];
		expect(headed('Santos admits fares plan has stalled', lower, 2, stem)).toBe(stem);
		const deputy = [...visit.slice(0, 3), 'Vice President Ana Lopes said she would back the plan.'];
		expect(headed('Santos admits fares plan has stalled', deputy, 2, stem)).toBe(stem);
	});

	it('leaves a question on who holds the office, and a stem or sentence that names the holder', () => {
		expect(headed('Santos admits fares plan has stalled', visit, 3, 'In the article, who is described as the president?')).toBe('In the article, who is described as the president?');
		expect(refused('Santos admits fares plan has stalled', visit, 3, 'In the article, who is described as the president?')).toBe(false);
		expect(headed('Santos admits fares plan has stalled', visit, 3, 'Maria Santos gained seats and the president said so.')).toBe('Maria Santos gained seats and the president said so.');
	});

	it('never writes the holder into "the mayor\'s race", nor names an outgoing holder as "the mayor" (R6)', () => {
		const race = [
			'Lucía Ferreyra won the Harbourton mayoral election on Tuesday, and will succeed Mayor Owen Castell in January.',
			'Turnout in the mayor\'s race was 38 per cent, and the mayor\'s office said the count finished at midnight.'
		];
		expect(headed('Ferreyra wins Harbourton race', race, 1, 'Turnout in the mayor\'s race was _____ per cent.')).toBe('Turnout in the mayor\'s race was _____ per cent.');
		const stem = 'The mayor said the count finished at _____.';
		expect(headed('Ferreyra wins Harbourton race', race, 1, stem)).toBe(stem);
		const holder = ['Mayor Owen Castell opened the harbour wall on Tuesday.', 'The mayor said the wall had cost £2m.', 'Turnout in the mayor\'s race next May is expected to top 40 per cent.'];
		expect(headed('Harbour wall opens', holder, 1, 'The mayor said the wall had cost £_____m.')).toBe('Mayor Owen Castell said the wall had cost £_____m.');
		// a sitting mayor is still no candidate the stem names: the race is the office's
		expect(headed('Harbour wall opens', holder, 2, 'Turnout in the mayor\'s race next May is expected to top _____ per cent.')).toBe('Turnout in the mayor\'s race next May is expected to top _____ per cent.');
	});

	it('never reads "the president of the club" as a pointer', () => {
		const stem = 'Paulo Reis, the president of the club, said _____ fans came.';
		expect(headed('Santos admits fares plan has stalled', visit, 2, stem)).toBe(stem);
	});
});

describe('"the interview": the one interview whose outlet the lead names (QUALITY.md R4)', () => {
	const lead = [
		'Prime Minister Ana Duarte has said her government will not raise fuel duty this year.',
		'In an interview with Radio Atlântico, Ms Duarte said drivers had "suffered enough".',
		'Hours after the interview, 300 lorry drivers blocked a motorway near Porto.'
	];
	/** `stem` as `nameSources` writes it for the sentence at `index` of an article of `paragraphs`. */
	const sourced = (paragraphs: string[], index: number, stem: string) => {
		const sentences = splitSentences({ title: 'Duarte rules out fuel duty rise', paragraphs });
		return nameSources(sentences, sentences[index], { stem }).stem;
	};

	it('writes "the interview" as the Radio Atlântico interview', () => {
		expect(sourced(lead, 2, 'Hours after the interview, _____ lorry drivers blocked a motorway near Porto.')).toBe('Hours after the Radio Atlântico interview, _____ lorry drivers blocked a motorway near Porto.');
	});

	it('keeps it when a second interview, or one with another outlet, may be meant, and the R4 check refuses it', () => {
		const stem = 'Hours after the interview, _____ lorry drivers blocked a motorway near Porto.';
		const second = [...lead.slice(0, 2), 'In another interview, she called the protests unlawful.', lead[2]];
		expect(sourced(second, 3, stem)).toBe(stem);
		const other = [...lead.slice(0, 2), 'She told Jornal Diário in an interview that taxes would fall.', lead[2]];
		expect(sourced(other, 3, stem)).toBe(stem);
		expect(unnamedInterview(stem)).toBe(true);
		expect(unnamedInterview('Hours after the Radio Atlântico interview, _____ lorry drivers blocked a motorway.')).toBe(false);
	});

	it('gives the item end to end with the outlet written in', () => {
		const stems = kept('Duarte rules out fuel duty rise', [...lead, 'The finance ministry said duty brings in about €2.1bn a year, most of it from diesel sold to hauliers and farmers.']);
		expect(stems.some((s) => s.startsWith('Hours after the Radio Atlântico interview'))).toBe(true);
		expect(stems.some((s) => /\bthe interview\b/.test(s))).toBe(false);
	});
});

describe('"the museum": the one the headline means, named in the lead, though others are named in passing (QUALITY.md R4)', () => {
	const title = 'Harbury museum to return carved masks to Ghana';
	const story = [
		'A museum in Harbury is to return 12 carved masks taken from Kumasi in 1874.',
		'The Royal Victoria Museum (RVM) said on Monday that its trustees had approved the transfer.',
		'Similar masks are still held by the British Museum in London.',
		'Campaigners in Accra welcomed the move.',
		'The museum estimated the value of the masks at about £1.2m.'
	];
	const stem = 'The museum estimated the value of the masks at about £_____m.';

	it('writes "the museum" as the Royal Victoria Museum', () => {
		expect(headed(title, story, 4, stem)).toBe('The Royal Victoria Museum estimated the value of the masks at about £_____m.');
	});

	it('keeps it when the headline has no museum, when the sentence before names another, or when the article writes another unnamed one later', () => {
		expect(headed('Harbury to return carved masks to Ghana', story, 4, stem)).toBe(stem);
		const next = [...story.slice(0, 3), 'The British Museum has refused similar claims.', story[4]];
		expect(headed(title, next, 4, stem)).toBe(stem);
		const unnamed = [...story.slice(0, 3), 'A museum in Leeds made a similar return in 2022.', story[4]];
		expect(headed(title, unnamed, 4, stem)).toBe(stem);
	});

	it('never writes a name cut before its own number ("Local 1147", "Terminal 5") for its head (R1)', () => {
		const local = ['United Bakery Workers Local 212 said on Friday that its members had accepted the offer.', 'About 400 of the local’s 515 members voted.'];
		expect(headed('Bakers accept pay offer', local, 1, 'About 400 of the local’s _____ members voted.')).toBe('About 400 of the local’s _____ members voted.');
		const terminal = ['Passengers were moved from Westfield Airport Terminal 3 on Sunday.', 'The terminal reopened after _____ hours.'];
		expect(headed('Airport terminal reopens', terminal, 1, 'The terminal reopened after _____ hours.')).toBe('The terminal reopened after _____ hours.');
		const whole = ['Passengers were moved from Westfield Airport Terminal on Sunday, 3 days after the leak.', 'The terminal reopened after _____ hours.'];
		expect(headed('Airport terminal reopens', whole, 1, 'The terminal reopened after _____ hours.')).toBe('Westfield Airport Terminal reopened after _____ hours.');
	});

	it('still reads a first name before a head as a person’s name', () => {
		const baker = ['Inspector Rachel Baker said the shop was closed.', 'The baker said nothing.'];
		expect(headed('Shop closed', baker, 1, 'The baker said _____.')).toBe('The baker said _____.');
	});
});

describe('"the union" and "the company" of a strike: the union its strikers belong to, the employer whose offer it weighs (QUALITY.md R4)', () => {
	const title = 'Ferry crews strike as pay talks collapse';
	const strike = [
		'Ferry services to the northern islands were cancelled on Monday after crews walked off the job.',
		'The strike by members of Seacrew began at midnight after talks between the union and the operator broke down.',
		'The union says Northlink’s latest offer amounts to 4.5 per cent over two years.',
		'Northlink disputed that figure.',
		'A spokesman, Ian Rae, said the company’s offer included a bonus of £900 per employee.'
	];

	it('writes "The union" as Seacrew and "the company’s" as Northlink’s', () => {
		const stems = kept(title, strike);
		expect(stems.some((s) => s.startsWith('Seacrew says Northlink’s latest offer amounts to'))).toBe(true);
		expect(stems.some((s) => s.includes('Ian Rae, said Northlink’s offer included a bonus of'))).toBe(true);
		expect(stems.some((s) => /\bthe (?:union|company)\b/i.test(s))).toBe(false);
	});

	it('finds no union in members of a body that is on no strike', () => {
		const council = ['Members of Harbury Council voted on Monday to close the pool.', 'The union says the council’s latest offer amounts to 2 per cent over two years.'];
		const stems = itemsOf('Pool to close', council, 1).map((i) => i.stem);
		expect(stems.some((s) => s.startsWith('Harbury Council says'))).toBe(false);
	});
});

describe('"the ruling": refused where no one body made it, written with its maker where one did (QUALITY.md R4)', () => {
	it('refuses a stem leaning on a ruling the article gave no body for', () => {
		const court = [
			'Judge Ellen Price, sitting in Harbury on Tuesday, dismissed an appeal by a landlord against a tenant.',
			'She awarded the tenant £9,000 in damages for damp in her flat.',
			'Campaigners called the ruling a wake-up call and said complaints about damp had risen by almost 40 per cent since 2022.'
		];
		const stems = itemsOf('Tenant wins damp appeal', court, 1).map((i) => i.stem);
		expect(stems.some((s) => /\bthe ruling\b/.test(s))).toBe(false);
	});

	it('keeps it where one body ruled, written as that body’s ruling', () => {
		const court = [
			'The High Court on Tuesday ruled that a landlord had failed to repair a tenant’s flat in Harbury.',
			'It awarded the tenant £9,000 in damages for damp.',
			'Campaigners called the ruling a wake-up call and said complaints about damp had risen by almost 40 per cent since 2022.'
		];
		const stems = itemsOf('Tenant wins damp case', court, 1).map((i) => i.stem);
		expect(stems.some((s) => s.includes('called the High Court’s ruling') || s.includes("called the High Court's ruling"))).toBe(true);
	});
});
