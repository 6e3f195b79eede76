import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../src/lib/quiz/facts';
import { namedAsAnimal } from '../../src/lib/quiz/person-options';
import type { Item } from '../../src/lib/quiz/types';
import { filler, itemsOf, reportOf, written } from './report';
import { generateWithReport } from '../../src/lib/quiz/generate';
import { parseArticleText } from '../../src/lib/quiz/parse-article';

/** The people offered as who said something, wrong or right, and the names the false side of a "X said" statement puts in, over ten seeds. */
function speakersOffered(items: Item[]): string[] {
	return items.flatMap((i) => (i.type === 'who-said' ? i.options : i.type === 'true-false' && i.factType === 'person' ? [i.stem] : []));
}

describe('session 24: absurd people offered as who said something (R8, holdout70 and holdout73 grades)', () => {
	const zoo = [
		'A red panda that escaped from its enclosure at Lincoln Park Zoo early Tuesday was found about six hours later asleep in a maple tree, zoo officials said.',
		'Mei Lin, a 4-year-old female, was reported missing at 6:40 a.m. when keepers arrived for the morning feeding and found her habitat empty, said zoo spokeswoman Tanya Ruiz.',
		'"Red pandas are excellent climbers and very curious, so if you give them a ladder, they will use it," Ruiz said.',
		'"I thought it was a fox at first, but then it yawned and I saw that striped tail," said Karen Whitfield, 58, a retired schoolteacher.',
		'Keepers coaxed Mei Lin down with apple slices around 1:20 p.m., and a veterinary exam found no injuries, according to Dr. Samuel Osei, the senior veterinarian.',
		'"She is a little tired and she has had a lot of snacks, but she is in great shape," Osei said.',
		'Lincoln Park Zoo has three of the animals, including Mei Lin\'s younger brother, Tashi.'
	];

	it('reads a red panda as an animal from her habitat, her keepers and "the animals", one cue at a time', () => {
		expect(namedAsAnimal(zoo.join('\n'), 'Mei Lin')).toBe(true);
		expect(namedAsAnimal(zoo.join('\n'), 'Tashi')).toBe(true);
		expect(namedAsAnimal(zoo[1], 'Mei Lin')).toBe(true);
		expect(namedAsAnimal(zoo[4], 'Mei Lin')).toBe(true);
		expect(namedAsAnimal(zoo[6], 'Mei Lin')).toBe(true);
		expect(namedAsAnimal('Staff cleaned Mei Lin\'s enclosure before the zoo opened.', 'Mei Lin')).toBe(true);
		for (const person of ['Tanya Ruiz', 'Karen Whitfield', 'Samuel Osei']) expect(namedAsAnimal(zoo.join('\n'), person)).toBe(false);
		// a keeper is no animal because her sentence names a habitat she does not live in
		expect(namedAsAnimal('Keeper Tanya Ruiz said the habitat would be repaired.', 'Tanya Ruiz')).toBe(false);
	});

	it('never offers the red panda as who said a schoolteacher\'s words', () => {
		const offered = speakersOffered(itemsOf('Red panda that slipped out of Lincoln Park Zoo found napping in a maple tree', zoo));
		expect(offered.length).toBeGreaterThan(0);
		expect(offered.filter((o) => /Mei Lin|Tashi/.test(o))).toEqual([]);
	});

	it('never offers the Pope as who said what "the Pope had chosen", nor anywhere else in its quizzes', () => {
		const items = itemsOf('Pope names Kerry-born bishop as new Archbishop of Cashel and Emly', [
			'Pope Leo XIV has appointed Bishop Donal Ó Súilleabháin, the Bishop of Killaloe, as the new Archbishop of Cashel and Emly, the Vatican announced at noon Rome time on Saturday.',
			'Dr Ó Súilleabháin (61), a native of Cahersiveen, Co Kerry, succeeds Archbishop Michael Hartnett, who submitted his resignation to the Pope on reaching the retirement age of 75 last year. He will be installed in the Cathedral of the Assumption in Thurles on Sunday, 26 April.',
			'The archdiocese, which covers parts of counties Tipperary and Limerick, has 46 parishes and a Catholic population of roughly 80,000, although weekly Mass attendance has fallen below 20 per cent in most areas, according to diocesan figures.',
			'Speaking in Thurles on Saturday afternoon, the archbishop-elect said he had received the news "with a mixture of surprise, gratitude and, I have to admit, some trepidation".',
			'"I come to a church that is smaller, older and humbler than the one I was ordained into," he said. "That is not a reason for despair. It is an invitation to listen – to young people, to women, to survivors of abuse – and to change what needs to change."',
			'Ordained in 1990, Dr Ó Súilleabháin studied at St Patrick\'s College, Maynooth, and later at the Pontifical Gregorian University in Rome, where he completed a doctorate in canon law. He served as a curate in Tralee and as secretary to the Irish Catholic Bishops\' Conference before being appointed to Killaloe in 2019.',
			'He is a fluent Irish speaker and said he intended to celebrate at least one Mass a month as Gaeilge in the archdiocese.',
			'Archbishop Hartnett, who led Cashel and Emly for 11 years, welcomed the appointment, describing his successor as "a pastor with a lawyer\'s mind and a Kerryman\'s stubbornness – both of which he will need".',
			'The Apostolic Nuncio to Ireland, Archbishop Giancarlo Ferrante, said the Pope had chosen "a shepherd with deep roots in the Irish church".',
			'The appointment leaves Killaloe vacant. Fr Brendan Quealy, the diocese\'s vicar general, is expected to be named diocesan administrator by the college of consultors within eight days.'
		]);
		const offered = speakersOffered(items.filter((i) => i.source.text.includes('the Pope had chosen')));
		expect(offered.length).toBeGreaterThan(0);
		expect(offered.filter((o) => /Leo XIV/.test(o))).toEqual([]);
		expect(speakersOffered(items).filter((o) => /Leo XIV/.test(o))).toEqual([]);
	});

	it('never offers a dive site a first name opens ("dive sites, Amos Rock and Malayan Wreck") as a speaker', () => {
		const offered = speakersOffered(
			itemsOf('Survey finds 58 percent of coral bleached at Tubbataha', [
				'"In 2024 we saw about a third of the coral bleached," said Dr. Maricel Dizon-Santiago, the marine biologist who led the expedition.',
				'"Some of the massive colonies we have been tracking since 1998 are bleaching for the first time," said Kenji Ito-Villanueva, a diver with the survey team.',
				'Park superintendent Jerome Abarquez said rangers would temporarily close two of the most popular dive sites, Amos Rock and Malayan Wreck, for the 2027 season.',
				'"We have to give the reef a rest," Abarquez said.'
			])
		);
		expect(offered.length).toBeGreaterThan(0);
		expect(offered.filter((o) => /\bRock\b/.test(o))).toEqual([]);
	});

	it('types a sport\'s governing body written like a name ("World Aquatics said") as an organisation, no person', () => {
		const facts = extractFacts('World Aquatics said a total of four world records had been set so far in the six days of competition.');
		expect(facts.filter((f) => f.type === 'person')).toEqual([]);
		expect(facts.some((f) => f.type === 'organisation' && f.text === 'World Aquatics')).toBe(true);
	});
});

/** The check that refused each stem written from the sentences that include `words` ('' when shown), from a headline and paragraphs. */
function checksFrom(title: string, paragraphs: string[], words: string): string[] {
	const report = reportOf(title, paragraphs);
	const sentences = new Set(report.quiz.sentences.filter((s) => s.text.includes(words)).map((s) => s.index));
	return [...report.quiz.items.filter((i) => sentences.has(i.source.sentence)).map(() => ''), ...report.rejections.filter((r) => sentences.has(r.sentence ?? -1)).map((r) => r.check)];
}

describe('session 24: trivia a teacher would not ask (R7, holdout72 and holdout73 grades)', () => {
	it('asks nothing of a pack\'s size ("a 10kg bag of maize meal") where the sentence is about its price', () => {
		const checks = checksFrom('Drought slashes maize crop by a third as Free State farmers count losses', [
			'South Africa\'s maize harvest will fall by a third this year after the worst drought in a decade, the Crop Estimates Committee said on Thursday.',
			'Farmers in the Free State, the biggest producing province, expect to harvest 5.1 million tonnes, down from 7.6 million tonnes last year.',
			'Maize meal accounts for a large share of spending in low-income households, and the Pietermaritzburg Economic Justice and Dignity Group warned that the cost of a 10kg bag of maize meal could rise above R130 by the winter.',
			...filler
		], 'kg bag');
		expect(checks.length).toBeGreaterThan(0);
		expect(checks.filter((c) => c === '')).toEqual([]);
	});

	it('asks nothing of the next fixtures that close a match report (its last paragraph)', () => {
		const checks = checksFrom('Siddiqui\'s unbeaten 78 steers Knight Riders home in last-over thriller', [
			'Aamir Siddiqui\'s unbeaten 78 off 49 balls carried Kolkata Knight Riders to a four-wicket win over Rajasthan Royals at Eden Gardens on Saturday night.',
			'Chasing 186, KKR were wobbling at 54 for three in the seventh over before Siddiqui rebuilt the innings with wicketkeeper Joel Pereira.',
			'Royals captain Sanjay Bhadoria admitted his side had been 15 to 20 runs short.',
			'The win lifts KKR to third on the points table with 10 points from seven matches.',
			'KKR travel to Mumbai to face Mumbai Indians at the Wankhede Stadium on Tuesday, while Royals host Punjab Kings in Jaipur on Wednesday.'
		], 'travel to Mumbai');
		expect(checks.length).toBeGreaterThan(0);
		expect(checks.filter((c) => c === '')).toEqual([]);
	});

	const korabit: [string, string[]] = ['Crypto exchange KoraBit collapses, freezing $1.4 billion in customer funds', [
		'SINGAPORE – Singapore-based cryptocurrency exchange KoraBit has halted all withdrawals and applied to the High Court for protection from creditors, leaving about 410,000 customers across Asia unable to access an estimated US$1.4 billion (S$1.8 billion) in digital assets and cash.',
		'In a statement posted on its website at 2.15am on Sept 16, the company said it had suffered "a severe liquidity shortfall" after a surge in withdrawal requests over the preceding 72 hours. It said it had filed for interim judicial management, a court-supervised process that allows a company to restructure under independent managers while being protected from lawsuits.',
		'"We deeply regret the distress this causes our users," the statement said. "Our priority is to preserve remaining assets and maximise recoveries for all stakeholders."',
		'The collapse comes less than a week after a report by blockchain analytics firm ChainLedger Research alleged that KoraBit had lent more than 60 per cent of customer deposits to an affiliated trading company, Meridian Quant Capital, which had placed large leveraged bets on falling Bitcoin prices. Bitcoin rose by about 18 per cent in the first two weeks of September, reaching a three-month high.',
		'KoraBit, founded in 2019 by former investment banker Marcus Lim Wei Jie, 38, and Japanese software engineer Haruto Ishikawa, 41, had grown rapidly by offering annual yields of up to 9 per cent on stablecoin deposits. It had offices in Singapore, Seoul, Jakarta and Manila, and employed about 620 people.',
		'Mr Lim, who is also chief executive, has not been seen in public since Sept 11. His lawyers, Kwek Leong & Partners, said in a brief statement on Tuesday evening that he "remains in Singapore and is fully cooperating with the authorities".',
		'The Monetary Authority of Singapore (MAS) said it had been "closely monitoring" KoraBit since July and had directed the firm on Sept 13 to stop taking on new customers. KoraBit held an in-principle approval – not a full licence – under the Payment Services Act, which meant it could operate while its application was being assessed.',
		'"MAS has repeatedly warned that trading in cryptocurrencies is highly hazardous and that consumers should be prepared to lose all the money they put in," said an MAS spokesman. "We are working with the Commercial Affairs Department to establish whether any offences have been committed."',
		'The police confirmed on Wednesday that they had received more than 1,300 reports from KoraBit users since Sunday.',
		'Among them is Madam Siti Rahmah Ismail, 57, a retired schoolteacher from Tampines, who said she had about $86,000 in savings on the platform.',
		'"My son told me it was safer than the bank because the interest was higher," she said, her voice breaking. "I put in my CPF withdrawal and some of my late husband\'s insurance payout. Now I don\'t know if I will see a single cent."',
		'Another user, 29-year-old software developer Jonathan Ng, said he had tried to withdraw about $12,000 on Sept 14 but the transaction had been stuck as "pending" ever since. He has joined a Telegram group of more than 9,000 KoraBit customers who are discussing a possible class action.',
		'According to documents filed with the court and seen by The Straits Times, KoraBit\'s liabilities to customers total about US$1.41 billion, while its identifiable assets are worth about US$520 million – leaving a shortfall of nearly US$890 million. More than half of the remaining assets are in KoraBit\'s own token, KBT, which has fallen 94 per cent in value since Sept 10.',
		'The High Court is expected to hear the application on Sept 23. KoraBit has proposed that accountants from Harcourt Lim Advisory be appointed as interim judicial managers.',
		'Associate Professor Rachel Oon of the National University of Singapore\'s Faculty of Law said customers were likely to be treated as unsecured creditors unless KoraBit\'s terms of service showed their assets were held on trust.',
		'"That distinction is everything," she said. "If the coins were held on trust, customers may be able to claim them back directly. If not, they join a queue with everyone else, and that queue can take years to clear."',
		'The episode has drawn comparisons with the failures of Singapore-linked firms Three Arrows Capital and Zipmex in 2022, and the collapse of FTX in the United States that November. Analysts said the fallout from KoraBit was likely to be felt well beyond Singapore. South Korea\'s Financial Services Commission said on Wednesday that about 140,000 of the exchange\'s users were in South Korea, while Indonesia\'s commodities regulator, Bappebti, said it was "assessing the exposure" of local users.',
		'Mr Kenji Watanabe, head of Asia research at digital asset consultancy Blockvault Partners, said the collapse would strengthen calls for tighter rules on how exchanges lend out customer assets.',
		'"The pattern is depressingly familiar – high yields, a related trading firm, and customer money moving between the two with very little oversight," he said. "Regulators in Asia will be asking why this was allowed to happen again."',
		'Co-founder Mr Ishikawa, who stepped down from KoraBit\'s board in March citing "differences over strategy", said in a post on X on Wednesday that he had warned fellow directors in 2025 about the firm\'s links with Meridian Quant Capital. "I raised concerns repeatedly. They were not acted on," he wrote.',
		'Meridian Quant Capital, which is registered in the British Virgin Islands, could not be reached for comment. Its website was taken offline on Tuesday.',
		'The Ministry of Finance is expected to address the matter in Parliament when it sits next month, after several MPs filed questions on Wednesday asking what further safeguards the Government would introduce.',
		'Customers who wish to file police reports can do so online via the Singapore Police Force\'s e-services portal.'
	]];

	it('asks not the job of a passer-by quoted for colour ("Another user, 29-year-old software developer Jonathan Ng")', () => {
		const stems = written(reportOf(...korabit)).filter((w) => /Jonathan Ng is described as|who is described as a software developer/.test(w.stem));
		expect(stems.length).toBeGreaterThan(0);
		expect(stems.filter((w) => w.check === '')).toEqual([]);
	});
});

describe('session 24: true/false statements are a mix where a false one can be shown (holdout72 grades)', () => {
	it('shows a false statement where every other statement\'s false form swaps in someone shown twice', () => {
		const article = parseArticleText('Nuclear regulator approves restart of Quebec\'s Gentilly-2 reactor, 14 years after shutdown\n\nThe Canadian Nuclear Safety Commission has approved Hydro-Québec\'s plan to restart the Gentilly-2 nuclear generating station in Bécancour, Que., clearing the way for the province\'s only nuclear reactor to return to service for the first time since it was shut down in December, 2012.\n\nIn a 94-page decision released on Wednesday, the commission granted the Crown utility a 10-year operating licence, subject to 23 conditions. They include completion of a full refurbishment of the reactor\'s fuel channels and steam generators, an updated emergency plan for communities within a 16-kilometre radius, and quarterly progress reports to CNSC staff.\n\nHydro-Québec estimates the refurbishment will cost $7.3-billion and that the 675-megawatt CANDU reactor could be producing electricity by late 2031. That would be enough to power roughly 400,000 homes, the utility says.\n\n"This decision is the result of an exhaustive review, and the commission is satisfied that Hydro-Québec is qualified to carry out the activities authorized by the licence," CNSC president Dr. Isabelle Thériault said in a statement. She added that the commission would "maintain rigorous oversight at every stage."\n\nThe approval follows public hearings held in Trois-Rivières in May and June, in which the commission heard from 71 intervenors, including municipalities, environmental groups and several Indigenous communities.\n\nHydro-Québec chief executive Philippe Duchesneau welcomed the ruling, saying the province needs every available source of low-emission power to meet surging demand from electric vehicles, heat pumps and new industrial projects. The utility projects that Quebec\'s electricity needs will rise by as much as 50 per cent by 2050.\n\n"Gentilly-2 gives us reliable, around-the-clock power from a site that already exists and a work force that knows this technology," Mr. Duchesneau told reporters in Montreal on Wednesday afternoon. "We are not starting from a blank page."\n\nThe decision to close Gentilly-2 was made by the Parti Québécois government of the day, which said at the time that refurbishing the reactor – then estimated at $4.3-billion – was too expensive. About 800 jobs were lost. Since then, the reactor has been in a "safe storage" state, with its fuel removed and placed in dry storage on site.\n\nBécancour mayor Lucie Pellerin said the restart would bring back hundreds of well-paid jobs. Hydro-Québec expects about 2,500 workers to be employed at the peak of the refurbishment and 650 once the plant is operating.\n\n"People here never really accepted that closing," Ms. Pellerin said. "Our young engineers had to leave for Ontario. Now some of them might come home."\n\nOpponents said they were considering their options, including a request for judicial review in Federal Court. Jean-François Arsenault, spokesman for the coalition Sortons le Québec du nucléaire, called the decision "a step backward" and questioned the cost estimate.\n\n"Every refurbishment in this country has come in late and over budget," Mr. Arsenault said. "Quebeckers will be paying for this for decades, and we still have no permanent solution for the waste."\n\nThe Grand Council of the Waban-Aki Nation, whose community of Wôlinak sits about 10 kilometres from the plant, said it had reached a preliminary agreement with Hydro-Québec in August covering environmental monitoring, contracts and training, but that talks on long-term benefits were continuing.\n\nOntario Power Generation and Bruce Power have both completed major refurbishments of CANDU units in recent years, and the Quebec utility says it will draw on those experiences. Hydro-Québec has signed a preliminary services agreement with AtkinsRéalis, the successor to SNC-Lavalin, which designed the reactor.\n\nEnergy Minister Marc-André Tremblay said the provincial government fully backed the project but would require Hydro-Québec to report publicly on costs every six months.');
		for (let seed = 1; seed <= 6; seed++) {
			const statements = generateWithReport(article, { seed, maxItems: 15 }).quiz.items.filter((i) => i.type === 'true-false');
			if (statements.length >= 2) expect(statements.some((i) => i.key === 1)).toBe(true);
		}
	});
});
