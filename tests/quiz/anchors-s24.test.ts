import { describe, expect, it } from 'vitest';
import { filler, kept } from './report';

/** The stems kept from a headline and paragraphs with `filler` after them. */
function keptOf(title: string, paragraphs: string[]): string[] {
	return kept(title, [...paragraphs, ...filler]);
}

describe('session 24: a stem leans on a body, a count, a measure, a span, a scheme, an application, a quote or a rank it never names (R4, holdout72 and holdout73 grades)', () => {
	it('refuses a body told only by who owns it ("the Crown utility", "the state-owned miner")', () => {
		const stems = keptOf('Regulator approves restart of Quebec reactor after 14 years', [
			'The Canadian Nuclear Safety Commission has approved Hydro-Québec\'s plan to restart the Gentilly-2 nuclear generating station in Bécancour, Que.',
			'In a 94-page decision released on Wednesday, the commission granted the Crown utility a 10-year operating licence, subject to 23 conditions.',
			'Separately, Chile said the state-owned miner Codelco would cut output, and regulators fined the state-owned miner 45 million pesos for a spill at its Andina site.'
		]);
		expect(stems.filter((s) => /\bthe Crown utility\b|\bthe state-owned miner(?! Codelco)\b/.test(s))).toEqual([]);
	});

	it('refuses a count whose noun only the sentence before said ("There were 6,680 in England")', () => {
		const stems = keptOf('Pharmacy closures accelerate as funding squeeze bites', [
			'Community pharmacies are closing at the fastest rate for a decade, according to figures published on Monday by the National Pharmacy Association.',
			'There were 10,310 in England at the end of December, down from 11,600 in 2017, according to NHS figures.',
			'The association said 436 had shut in the past year alone.'
		]);
		expect(stems.filter((s) => /^There were (?:_____|[\d,]+) in England\b/.test(s))).toEqual([]);
	});

	it('refuses a loss or a further share of a measure of nothing, a span never dated and a method never described', () => {
		const stems = keptOf('Alpine glaciers lost a tenth of their ice in four years, study finds', [
			'Glaciers in the European Alps lost about 10 percent of their remaining ice volume between 2021 and 2025, according to a study published Wednesday by the University of Bern.',
			'The loss of 11 cubic kilometers is roughly equivalent to the water used by every household in Germany over five years, the authors note.',
			'The hot summer of 2022 alone accounted for 4.1 percent of the loss.',
			'The summer of 2025, when the freezing level over Switzerland reached a record 5,310 meters in late June, added another 3.2 percent.',
			'The Great Aletsch Glacier retreated 312 meters at its tongue over the four years and thinned by as much as 14 meters near the Konkordiaplatz.',
			'Dr. Annika Brunner said the method reduced uncertainty in volume estimates to about plus or minus 6 percent, compared with roughly 15 percent in earlier surveys.'
		]);
		expect(stems.filter((s) => /^The loss of (?:_____|11) cubic kilometers\b|\banother (?:_____|3\.2 percent)\.?$|\banother _____ percent\.?$|\bover the four years\b|\bthe method reduced\b/.test(s))).toEqual([]);
	});

	it('refuses a scheme told only by its cost and length ("the $78.4 million, two-year trial") and a further sum of an unnamed package ("A further $3.1 billion")', () => {
		const stems = keptOf('$2 bus fare cap kicks in as Adelaide commuters board cheaper rides', [
			'Adelaide commuters paid no more than $2 for a bus ride on Monday as a cap on public transport fares came into force across the metropolitan network.',
			'Transport Minister Lachlan Pettigrew said the $78.4 million, two-year trial was aimed squarely at cost-of-living pressures.',
			'The government will spend $410 million on new buses over the next decade.',
			'A further $3.1 billion has been earmarked for uncrewed systems and $2.4 billion for northern bases in the Northern Territory and Western Australia.'
		]);
		expect(stems.filter((s) => /\bthe (?:_____|\$[\d._]+ million), two-year trial\b|^A further \$(?:_____|3\.1) billion\b/.test(s))).toEqual([]);
	});

	it('refuses an application no one is named as making, and a quote that opens on a condition of the one before ("If not, ...")', () => {
		const stems = keptOf('Crypto exchange KoraBit collapses, freezing $1.4 billion in customer funds', [
			'SINGAPORE – Singapore-based cryptocurrency exchange KoraBit has halted all withdrawals and applied to the High Court for protection from creditors, leaving about 410,000 customers across Asia unable to access an estimated US$1.4 billion (S$1.8 billion) in digital assets and cash.',
			'KoraBit, founded in 2019 by former investment banker Marcus Lim Wei Jie, 38, and Japanese software engineer Haruto Ishikawa, 41, had grown rapidly by offering annual yields of up to 9 per cent on stablecoin deposits. It had offices in Singapore, Seoul, Jakarta and Manila, and employed about 620 people.',
			'The High Court is expected to hear the application on Sept 23. KoraBit has proposed that accountants from Harcourt Lim Advisory be appointed as interim judicial managers.',
			'Associate Professor Rachel Oon of the National University of Singapore\'s Faculty of Law said customers were likely to be treated as unsecured creditors unless KoraBit\'s terms of service showed their assets were held on trust.',
			'"That distinction is everything," she said. "If the coins were held on trust, customers may be able to claim them back directly. If not, they join a queue with everyone else, and that queue can take years to clear."',
			'Co-founder Mr Ishikawa, who stepped down from KoraBit\'s board in March citing "differences over strategy", said in a post on X on Wednesday that he had warned fellow directors in 2025 about the firm\'s links with Meridian Quant Capital. "I raised concerns repeatedly. They were not acted on," he wrote.',
			'Among them is Madam Siti Rahmah Ismail, 57, a retired schoolteacher from Tampines, who said she had about $86,000 in savings on the platform.',
			'Mr Kenji Watanabe, head of Asia research at digital asset consultancy Blockvault Partners, said the collapse would strengthen calls for tighter rules on how exchanges lend out customer assets.'
		]);
		expect(stems.filter((s) => /\bhear the application\b|“If not, they join a queue\b/.test(s))).toEqual([]);
	});

	it('refuses running costs of an unnamed event, bodies counted but not named ("both universities") and a rank with no one ahead ("Close behind")', () => {
		const stems = keptOf('Trinity end four-year wait as UCD edged out in Colours Boat Race', [
			'Trinity College Dublin won the Colours Boat Race on the River Liffey on Saturday, beating University College Dublin by a length and a half.',
			'Dublin software firm Corrib Analytics contributed €40,000 towards the running costs and a new scholarship fund for student rowers.',
			'Corrib Analytics will also pay the fees of 16 student rowers at both universities next year.',
			'Director Nomvula Khumalo\'s drama Umthombo leads the field for the Saftas, with 14 nominations announced in Johannesburg on Tuesday night.',
			'Close behind with 11 nominations is Cape Town heist thriller Vyf Minute, directed by Pieter-Jan Swanepoel.'
		]);
		expect(stems.filter((s) => /\bthe running costs\b|\bboth universities\b|^Close behind\b/.test(s))).toEqual([]);
	});

	it('refuses an effect, a brunt or news of nothing named ("positions will be affected", "bear the brunt", "the news landed hard")', () => {
		const stems = keptOf('Dominion Maritime Bank to close 38 branches in Atlantic Canada', [
			'Dominion Maritime Bank will close 38 branches across Atlantic Canada by the end of next year, it said on Tuesday.',
			'About 290 positions will be affected, although the bank said it expected most employees to be redeployed to its contact centres in Halifax.',
			'Nova Scotia will bear the brunt, with 17 closures, followed by New Brunswick with 10.',
			'In communities such as Canso, a town of about 700 people on the eastern tip of the Nova Scotia mainland, the news landed hard.'
		]);
		expect(stems.filter((s) => /\bpositions will be affected\b|\bbear the brunt\b|\bthe news landed\b/.test(s))).toEqual([]);
	});
});
