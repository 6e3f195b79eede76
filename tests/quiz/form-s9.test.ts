import { describe, expect, it } from 'vitest';
import { descriptionAfterAge } from '../../src/lib/quiz/descriptions';
import { extractFacts } from '../../src/lib/quiz/facts';
import { rivalFigure } from '../../src/lib/quiz/holders';
import { splitSentences } from '../../src/lib/quiz/sentences';
import { simplify } from '../../src/lib/quiz/simplify';
import { datedEvents } from '../../src/lib/quiz/which-first';
import { filler, kept } from './report';

/** The texts of the clauses an item may be written from, for one sentence. */
function clauses(sentence: string): string[] {
	return simplify(sentence, extractFacts(sentence)).map((c) => c.text);
}

describe('a name written for a description stands for the whole noun phrase', () => {
	it('reads the noun phrase an age opens up to its verb', () => {
		expect(descriptionAfterAge(' Wales international has agreed a deal')).toBe(' Wales international');
		expect(descriptionAfterAge(' striker rose highest')).toBe(' striker');
		expect(descriptionAfterAge(' from Leeds was jailed')).toBe('');
		expect(descriptionAfterAge(' former Bristol Rovers youth team captain joined')).toBeUndefined();
	});

	it('writes "The 31-year-old Wales international has agreed" as the player, without "international"', () => {
		const stems = kept('Cardiff complete Pritchard signing', [
			'Cardiff City have completed the signing of Bristol Rovers midfielder Owen Pritchard for an initial fee of £2.5 million.',
			'The 31-year-old Wales international has agreed a three-year contract running until June 2029, with the option of a fourth year.',
			'He made 212 appearances for Bristol Rovers and scored 37 goals in seven seasons at the club.',
			...filler
		]);
		const contract = stems.filter((s) => s.includes('contract'));
		expect(contract.length).toBeGreaterThan(0);
		expect(contract.every((s) => s.startsWith('Owen Pritchard has agreed'))).toBe(true);
	});
});

describe('a clause cut never drops what completes its verb', () => {
	it('keeps the participle after the object of "had seen" when a dash aside goes', () => {
		const texts = clauses('Leeds had seen two earlier bids – of £4m and £5m – rejected by Hull City, who had been holding out for £8m before softening their stance last week.');
		expect(texts).toContain('Leeds had seen two earlier bids rejected by Hull City');
		expect(texts).not.toContain('Leeds had seen two earlier bids');
	});

	it('still drops a participle that only adds to a clause whose object has a verb of its own', () => {
		expect(clauses('Its music arm saw profits slump 31% to $212m, driven by weak sales of new albums in the spring.')).toContain('Its music arm saw profits slump 31% to $212m');
	});
});

describe('a list or an aside keeps its commas', () => {
	it('keeps an item of a list that looks like an appositive', () => {
		expect(clauses('Among the goods stolen were two Land Rover Defenders, a Honda generator, a Cartier watch worth £9,000 and a set of golf clubs.')[0]).toBe(
			'Among the goods stolen were two Land Rover Defenders, a Honda generator, a Cartier watch worth £9,000 and a set of golf clubs'
		);
	});

	it('keeps the comma that closes a role when an appositive on its organisation goes', () => {
		expect(clauses('Mairead Quinn, campaigns officer at Shelterline, the tenants’ charity which backed the claim, called the decision a turning point for renters.')).toContain(
			'Mairead Quinn, campaigns officer at Shelterline, called the decision a turning point for renters'
		);
	});
});

describe('a line with no verb is no statement', () => {
	const court = [
		'Five men who stole cars worth £600,000 from homes in Bolton were jailed at Manchester Crown Court on Friday.',
		'Paul Hurst, 45, of Bury – six years; Sean Tait, 30, of Bolton – four years, with a recommendation that he be deported; Ian Moss, 27, of Wigan – two years.',
		'Detectives said the gang had targeted 41 homes in eight months before they were caught by a tracker.'
	];

	it('asks nothing of a sentencing list whose lines join a name to a term by a dash', () => {
		expect(kept('Car thieves jailed', court).filter((s) => /Hurst|Tait|Moss/.test(s))).toEqual([]);
	});

	it('asks nothing of a score line after a label', () => {
		const match = [
			'England beat New Zealand by 88 runs at Lord’s on Sunday to take a 1-0 lead in the three-match series.',
			'Brief scores: England 301 (Root 96, Brook 58; Southee 4-77) and 212 for 5 decl.',
			'New Zealand were bowled out for 245 in their second innings, with Shoaib Bashir taking five wickets for 61 runs.',
			...filler
		];
		expect(kept('England win at Lord’s', match).filter((s) => /Brief scores|301/.test(s))).toEqual([]);
	});
});

describe('which came first: only events that happened', () => {
	it('leaves out an event the article says was expected', () => {
		const sentences = splitSentences({ title: 'T', paragraphs: ['Halvorsen Foods sold the Derby plant on 1 May 2024.', 'Inspectors were expected at the site on 3 May 2024.', 'The union held a ballot on 9 May 2024.'] });
		const events = datedEvents({ sentences, facts: sentences.map((s) => extractFacts(s.text)), published: '2024-05-20', eligible: () => true, resolve: (_, text) => text });
		expect(events.map((e) => e.text)).toEqual(['Halvorsen Foods sold the Derby plant', 'The union held a ballot']);
	});

	it('keeps an event whose "due to" gives its cause', () => {
		const paragraphs = ['The ferry sailed late due to fog on 2 May 2024.', 'The ferry was due to sail again on 6 May 2024.'];
		const sentences = splitSentences({ title: 'T', paragraphs });
		const events = datedEvents({ sentences, facts: sentences.map((s) => extractFacts(s.text)), published: '2024-05-20', eligible: () => true, resolve: (_, text) => text });
		expect(events.map((e) => e.text)).toEqual(['The ferry sailed late due to fog']);
	});
});

describe('a figure the article gives its holder twice', () => {
	const sentences = [
		'Anna Kowal, a former judge backed by the Farmers party, took 56.2% of the vote, the city’s electoral commission said.',
		'Turnout was 44%, up from 39% in the first round, when Anna Kowal’s 41.5% put her ahead of Jan Baran’s 33.9%.'
	];
	const facts = sentences.map((s) => extractFacts(s));
	const key = facts[0].find((f) => f.text === '56.2%')!;

	it('refuses a stem that does not say which of her two shares it asks', () => {
		expect(rivalFigure(sentences, facts, 0, key, 'Anna Kowal, a former judge backed by the Farmers party, took _____% of the vote.')).toBe(true);
	});

	it('asks a stem that sets the share in the run-off, which the other sentence does not name', () => {
		expect(rivalFigure(sentences, facts, 0, key, 'Anna Kowal took _____% of the vote in the run-off.')).toBe(false);
	});

	it('refuses the item in a quiz where the other share is given by surname alone', () => {
		const election = (first: string[]) => [
			'Anna Kowal, a former judge backed by the Farmers party, took 56.2% of the vote in Radom, the electoral commission said.',
			...first,
			'Kowal will take office in Radom next month and has promised to reopen the city’s closed swimming pool.',
			...filler
		];
		// "in Radom" anchors "the vote" (anchors.ts), so the item is asked where no other share is given
		const asked = (stems: string[]) => stems.filter((s) => s.startsWith('Anna Kowal took _____'));
		expect(asked(kept('Former judge wins Radom run-off', election([])))).not.toEqual([]);
		expect(asked(kept('Former judge wins Radom run-off', election(['Turnout was 44%, up from 39% in the first round, when Kowal’s 41.5% put her ahead of Jan Baran’s 33.9%.'])))).toEqual([]);
	});

	it('never takes a relative of the same surname for the holder', () => {
		const court = ['Ringleader Dean Marsh, 38, was jailed for 12 years.', 'His cousin, Liam Marsh, 29, received nine years.'];
		const courtFacts = court.map((s) => extractFacts(s));
		expect(rivalFigure(court, courtFacts, 0, courtFacts[0].find((f) => f.text.startsWith('12'))!, 'Ringleader Dean Marsh, 38, was jailed for _____ years.')).toBe(false);
	});
});
