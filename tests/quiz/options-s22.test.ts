import { describe, expect, it } from 'vitest';
import { formatLike, writtenNumber } from '../../src/lib/quiz/distractors';
import { parseArticleText } from '../../src/lib/quiz/parse-article';
import { FUTURE_BEFORE, spellCeiling } from '../../src/lib/quiz/plausible';
import { organisationKinds } from '../../src/lib/quiz/speakers';
import { filler, itemsOf, reportOf, written } from './report';

/** The stems of every candidate that passed every check, and of the quiz, from a headline and paragraphs with `filler` after them. */
function passed(title: string, paragraphs: string[]): string[] {
	return written(reportOf(title, [...paragraphs, ...filler]))
		.filter((w) => w.check === '')
		.map((w) => w.stem);
}

describe('options a reader could believe (R8)', () => {
	// holdout63 (the article as written): "French troops left _____" offered France
	it('offers no country that the stem names by its nationality word', () => {
		const items = itemsOf("French nurse, Italian engineer freed after 14 months held hostage in Sahel", [
			"NIAMEY (AFP) — A French nurse and an Italian water engineer kidnapped in western Niger more than a year ago have been freed along with their Nigerien driver, the three governments said Wednesday, ending a 14-month ordeal that had become a test of fraying ties between Niamey and European capitals.",
			"Claire Dumontier, 44, a nurse with the French charity Santé Sans Frontières Sahel, and Marco Bellandi, 51, an engineer working on a well-drilling project funded by the European Union, were handed over to Nigerien and Qatari intermediaries late Tuesday near the border with Mali, according to a security source in Niamey.",
			"Their driver, Abdoulaye Issoufou, 37, was also released. The three had been seized at gunpoint on July 2, 2025, on the road between Tillabéri and Ayorou, about 180 kilometres (110 miles) north-west of the capital.",
			"\"It is with immense relief and emotion that I can confirm that Claire Dumontier is free,\" the Elysée Palace said in a statement on Wednesday morning, thanking \"all those who made this release possible, in particular the State of Qatar\".",
			"The Italian foreign ministry said in a statement that Bellandi was \"in good health considering the circumstances\" and would be flown to Rome's Ciampino airport on Thursday, where he is expected to be met by his wife and two teenage sons.",
			"- 'Thinner but smiling' -",
			"Images broadcast by Nigerien state television RTN showed the two Europeans, both visibly thinner, stepping off a military helicopter at Niamey's Diori Hamani international airport shortly after 7:00 am (0600 GMT) Wednesday. Dumontier, wearing a blue headscarf, waved briefly to reporters but did not speak.",
			"\"They are tired, thinner, but smiling,\" said Dr. Ibrahim Maïga, a physician at Niamey's Lamordé hospital who examined the hostages. \"They will need rest and psychological support, but there is no immediate danger to their lives.\"",
			"Issoufou was reunited with his family in the Niamey neighbourhood of Talladjé, where dozens of relatives and neighbours gathered outside his house, ululating and dancing.",
			"\"Every day we prayed. Every Friday at the mosque, the whole quarter prayed for him,\" his older brother, Moussa Issoufou, told AFP. \"God has answered.\"",
			"- Jihadist group -",
			"The kidnapping was claimed in August 2025 by the Group for the Support of Islam and Muslims (JNIM), al-Qaeda's affiliate in the Sahel, which released a video in which the three hostages appealed to their governments to negotiate.",
			"No details were given on the terms of the release. France and Italy have long denied paying ransoms, but analysts say that payments or prisoner exchanges are often part of such deals in the region.",
			"\"These releases almost never happen for free,\" said Aïssata Cissé-Laurent, a Sahel researcher at the conflict monitoring group Sahel Watch in Dakar. \"The question is always what was given, and who gave it — money, the freeing of detained fighters, or both.\"",
			"A Nigerien official, speaking on condition of anonymity, told AFP that \"around a dozen\" detainees held in Niamey had been transferred out of the capital's main prison in recent weeks, but declined to say whether that was linked to the negotiations.",
			"- Strained relations -",
			"The release comes at a sensitive moment for relations between Niger's military government, which seized power in a July 2023 coup, and its former European partners.",
			"French troops left Niger in December 2023 after the junta led by General Abdourahamane Tiani ordered them out, and the ruling authorities have since turned towards Russia for security support. Niger, Mali and Burkina Faso formed the Alliance of Sahel States (AES) and quit the West African bloc ECOWAS in January 2025.",
			"Qatar, which has brokered several hostage deals in the region, played a central role, according to three sources close to the talks. Qatar's foreign ministry said in a brief statement that Qatar was \"pleased to have contributed to this humanitarian outcome\".",
			"Niger's minister of foreign affairs said on state television that the operation had been carried out \"thanks to the efforts of our defence and security forces, in full sovereignty\", without mentioning France or Italy.",
			"- Remaining hostages -",
			"According to a tally kept by AFP, at least nine foreigners are still believed to be held by jihadist groups in the Sahel, including a European aid worker seized in Agadez, a South African and several Chinese workers.",
			"Santé Sans Frontières Sahel, which had suspended its activities in Tillabéri after the kidnapping, said it had \"no plans for now\" to resume work in the region, where it ran four mobile clinics serving roughly 30,000 people.",
			"\"Our thoughts are also with the thousands of Nigeriens who have been abducted and whose names never make the headlines,\" said the charity's director, Jean-Baptiste Ferrand, in Lyon.",
			"The Tillabéri region, near the so-called \"three borders\" area where Niger, Mali and Burkina Faso meet, is one of the most violent in the Sahel. The Armed Conflict Location & Event Data project (ACLED) recorded more than 1,400 civilian deaths in the three countries' border zone in 2025.",
			"Dumontier's mother, Françoise, 72, told French broadcaster BFMTV from her home in Annecy that she had not yet spoken to her daughter. \"I just want to hold her. For fourteen months I have lived with a stone in my chest,\" she said. \"Today the stone is gone.\""
		]).filter((i) => /troops left _____/.test(i.stem));
		expect(items.length).toBeGreaterThan(0);
		for (const item of items) expect(item.options).not.toContain('France');
	});

	// holdout65: "Prime Minister Marko Vrhovnik said Italy had informed its EU partners"
	it("swaps no other country into what a prime minister says his country did", () => {
		const stems = passed('Slovenia expels diplomats', [
			'Slovenia ordered four Belarusian diplomats to leave the country within 72 hours on Wednesday.',
			'Prime Minister Marko Vrhovnik said Slovenia had informed its EU partners and NATO allies in advance.',
			'Italy and Hungary sent troops to the exercise that the diplomats had watched in October.'
		]);
		expect(stems.filter((s) => /Vrhovnik said (?:_____|Italy|Hungary|Belarus)/.test(s))).toEqual([]);
	});

	// holdout65: "Pfalz" among the speakers, from the company "Rheinchemie Pfalz GmbH"
	it('takes no word of a company name for a person', () => {
		const items = itemsOf('Blast at chemical plant', [
			'The blast happened at a production unit of Rheinchemie Pfalz GmbH, a maker of solvents that employs about 1,100 people.',
			'"This is a black day for our city," Mayor Klaus Oberhauser said at the scene on Tuesday.',
			'Rheinchemie Pfalz said the explosion occurred in a reactor vessel used to make stabilisers.',
			'Chief executive Jürgen Weidemann said the company did not yet know the cause of the explosion.',
			'"We are cooperating fully with investigators," Weidemann said in a statement on Tuesday evening.',
			'Fire chief Anja Seifert said crews had the fire under control within two hours.'
		]);
		expect(items.filter((i) => i.type === 'who-said').length).toBeGreaterThan(0);
		for (const item of items) expect(item.options).not.toContain('Pfalz');
	});

	// holdout64: a NASA programme and an investment fund offered as lander companies
	it('reads the kind of an organisation from a noun before or after its name', () => {
		const kinds = organisationKinds('a $140 million round led by the Singapore fund Meranti Capital last March. It flies under NASA\'s Commercial Lunar Payload Services (CLPS) program.');
		expect(kinds.get('Meranti Capital')).toBe('fund');
		expect(kinds.get('Commercial Lunar Payload Services')).toBe('program');
	});

	// holdout64: "said last month that global supply could exceed demand ... in the second half of _____" among 2018, 2022, 2023
	it('reads a reported forecast as about the future', () => {
		expect(FUTURE_BEFORE.test('The agency said last month that global supply could exceed demand by as much as 2.1 million bpd in the second half of ')).toBe(true);
		expect(FUTURE_BEFORE.test('The agency said that supply exceeded demand in ')).toBe(false);
	});

	// holdout62: a crowd of "1,02,000" altered to "4,02,000"
	it('reads and writes a number grouped in lakhs', () => {
		expect(writtenNumber('1,02,000')).toBe(102000);
		expect(formatLike('1,02,000', 132600)).toBe('1,32,600');
		expect(formatLike('102,000', 132600)).toBe('132,600');
		const items = itemsOf('India win the final', [
			'For nearly three hours on Sunday night, 1,02,000 spectators at the stadium in Ahmedabad held their breath.',
			'India beat New Zealand by five wickets in the final of the tournament.'
		]).filter((i) => /spectators/.test(i.stem));
		expect(items.length).toBeGreaterThan(0);
		for (const item of items) for (const v of [...item.options, ...(item.stem.match(/\d[\d,]*\d(?= spectators)/g) ?? [])].map((o) => writtenNumber(o)).filter((v) => v !== undefined && v > 1000)) expect(v).toBeGreaterThan(40000);
	});

	// holdout62: a T20 bowler's four overs among nine, eight and ten
	it("keeps a bowler's overs within the format's quota", () => {
		const article = (title: string) => parseArticleText(`${title}\n\n${[...filler, 'The result was announced on Sunday night after a long and tense evening of play.'].join('\n\n')}`);
		expect(spellCeiling(4, 'Bhaskaran returned 3 for 27 in his ', ' overs, including the wicket of Ashcroft.', article('India win the T20 World Cup'))).toBe(4);
		expect(spellCeiling(8, 'Starc took 3 for 41 from his ', ' overs.', article('Australia win the one-day series'))).toBe(10);
		// a team's overs, or a match whose format the article never names, have no such quota
		expect(spellCeiling(4, 'India were 49 for four after ', ' overs.', article('India win the T20 World Cup'))).toBeUndefined();
		expect(spellCeiling(4, 'He returned 3 for 27 in his ', ' overs.', article('Yorkshire beat Kent'))).toBeUndefined();
		expect(spellCeiling(7, 'Strand threw ', ' scoreless innings.', article('Hawks level the series'))).toBe(9);
	});
});

describe('no giveaway (R5)', () => {
	// holdout62 (paragraphs of the article as written): "Aisha Mbeki-Rowe, 81, and her son, Miguel Villaseñor"
	it('swaps no other surname beside a relative of the same surname', () => {
		const stems = itemsOf("Gas explosion rips through suburban Chicago apartment building, killing 2 and injuring 14", [
			"CICERO, Ill. (AP) — A natural gas explosion tore through a four-story apartment building in this Chicago suburb early Wednesday, killing two people, injuring 14 others and leaving dozens of families without homes, officials said.",
			"The blast happened at about 5:40 a.m. at the Laramie Court building on the 2100 block of South 54th Avenue, according to the Cicero Fire Department. Residents said they were thrown from their beds by the force of the explosion, which collapsed part of the building's rear wall and shattered windows on homes up to two blocks away.",
			"The two people who died were identified by the Cook County Medical Examiner's Office as Teodora Villaseñor, 81, and her son, Miguel Villaseñor, 54, who lived together in a ground-floor unit near where investigators believe the explosion originated.",
			"Several residents told The Associated Press they had smelled gas in the building's stairwell for days. Aisha Mbeki-Rowe, 29, who lives on the fourth floor with her two children, said she called the building's management company Monday evening to report the odor."
		]).map((i) => i.stem);
		expect(stems.length).toBeGreaterThan(0);
		// unfixed: "... identified by the Cook County Medical Examiner's Office as Aisha Mbeki-Rowe, 81, and her son, Miguel Villaseñor, 54."
		expect(stems.filter((s) => /as (?!Teodora Villaseñor)[^,]*, 81, and her son/.test(s))).toEqual([]);
	});

	// holdout65: "within the range of 45,000 to 50,000" with only the key inside it
	it('asks no figure inside a range the stem states', () => {
		const stems = passed('Canada population growth slows', [
			'Quebec admitted 48,300 permanent immigrants in 2025, within the range of 45,000 to 50,000 it had set for itself.',
			'Ontario admitted 104,000 permanent immigrants in the same year, the most of any province.'
		]);
		expect(stems.filter((s) => /45,000 to 50,000/.test(s) && !/\b48,300\b/.test(s))).toEqual([]);
	});

	// holdout62: "about _____ kilometres north of Perth, at depths of between 500 and 4,650 metres" is no range of the key
	it('asks a figure beside a range of another measure', () => {
		const stems = passed('New species found off Western Australia', [
			'Scientists aboard the CSIRO research vessel Investigator surveyed the Cape Range canyon, about 1,200 kilometres north of Perth, at depths of between 500 and 4,650 metres.'
		]);
		expect(stems.filter((s) => /about _____ kilometres/.test(s)).length).toBeGreaterThan(0);
	});
});

describe('worth asking (R7)', () => {
	it('asks no street number, count of descendants or outfit, and keeps a count of children', () => {
		const stems = passed('Water main break leaves Millbrook dry', [
			'Free bottled water is being handed out at the Millbrook Community Center, 220 W. Jackson St., until Friday.',
			'Marie-Jeanne Bérubé is survived by two of her five children, 14 grandchildren and 23 great-grandchildren, her family said.',
			'Sophie Dumontier, wearing a blue headscarf, waved briefly to reporters at the airport in Paris but did not speak.'
		]);
		// unfixed: "... at the Millbrook Community Center, _____ W. Jackson St., until Friday."
		expect(stems.filter((s) => /(?:_____|\d+) W\. Jackson|_____ (?:great-)?grandchildren|headscarf/.test(s))).toEqual([]);
		expect(stems.filter((s) => /two of her _____ children/.test(s)).length).toBeGreaterThan(0);
	});

	// holdout62: "Fast bowler Jaspal Sandhu took 2 for _____", holdout65: "Hawks skipper Jack Delacroix ... with _____ touches"
	it("asks no box-score line of a player the story passes by, and keeps the star's", () => {
		const stems = passed('Deshpande powers India to T20 title', [
			'Rohan Deshpande made 84 off 53 balls as India beat New Zealand by five wickets in the T20 World Cup final in Ahmedabad.',
			'Fast bowler Jaspal Sandhu took 2 for 34 for India earlier in the evening.',
			'Hawks skipper Jack Delacroix was subdued for most of the afternoon with 14 touches.',
			'Hawthorn coach Sam Delahunty, in his third season at the helm, was blunt about the defeat.'
		]);
		expect(stems.filter((s) => /2 for _____|_____ touches|his _____ season/.test(s))).toEqual([]);
		expect(stems.filter((s) => /84 off _____ balls/.test(s)).length).toBeGreaterThan(0);
	});
});

describe('a figure that describes a side figure (R7)', () => {
	// holdout63: "Jim Van Loon grows apples and sweet cherries on _____ acres"; holdout64: "The Creators' Rights Alliance represents about _____ organisations"
	it('asks no figure of a present-tense aside on a side figure, and keeps a past deed', () => {
		const stems = passed('Wild bee numbers fall by a third in Ontario', [
			'Wild bee numbers in southern Ontario fell by nearly a third in 10 years, researchers at the University of Guelph reported on Monday.',
			'Jim Van Loon, who grows apples and sweet cherries on 160 acres near Simcoe, said he had not noticed a drop in pollination.',
			'Hawthorn forward Ben Arscott kicked only one goal in the grand final at the MCG on Saturday.',
			'Arscott, who won the Coleman Medal with 71 goals last season, had only six disposals.'
		]);
		expect(stems.filter((s) => /on _____ acres/.test(s))).toEqual([]);
		expect(stems.filter((s) => /with _____ goals/.test(s)).length).toBeGreaterThan(0);
	});
});

describe('at most two items about one entity', () => {
	// holdout62 (the article as written): "Jonas Ekwueme-Lind is a Sudan specialist at the ___" beside "Who said
	// 'The real test is the first 10 days'?" and "Jonas Ekwueme-Lind said: 'If a major town changes hands ...'"
	it('counts a side figure the stem names besides its key', () => {
		const quiz = reportOf('Sudan\'s warring sides agree to 30-day truce in Jeddah', [
			"JEDDAH, Saudi Arabia — Negotiators for Sudan's army and the paramilitary Rapid Support Forces agreed on Tuesday to a 30-day nationwide cease-fire, the most significant breakthrough in more than three years of a war that has killed tens of thousands of people and driven some 12 million from their homes.",
			"The agreement, announced shortly before midnight after nine days of talks at a government guesthouse in this Red Sea port city, is due to take effect at 6 a.m. local time on Saturday. It calls for both sides to halt offensive operations, open at least four humanitarian corridors and allow aid convoys to reach the besieged city of El Fasher and parts of South Kordofan within 72 hours.",
			"The talks were jointly mediated by Saudi Arabia, the United States and the African Union. Faisal al-Rashoud, the Saudi diplomat who chaired the sessions, described the deal as \"a first step on a long road,\" adding in remarks to reporters that \"nobody in this room believes the war is over tonight.\"",
			"The U.S. special envoy for Sudan, Marcus Delaney, said Washington would help pay for a monitoring mission of up to 120 civilian observers drawn from African Union member states. \"The people of Sudan have heard promises before,\" Mr. Delaney said. \"What is different this time is that there is a mechanism to check who is keeping them and who is not.\"",
			"Previous cease-fires brokered in Jeddah, most of them in the early months of the conflict, collapsed within days, and both sides traded accusations of bad faith. Diplomats involved in this round said they had tried to learn from those failures by tying the truce to verifiable steps rather than broad declarations.",
			"The army delegation was led by Lt. Gen. Osman Abdelrahim Babiker, a senior member of the military's general staff, and the R.S.F. team by Hamdan Idris Tutu, a former regional governor who has served as the group's chief political negotiator since last year. The two men did not appear together at the announcement and did not shake hands, according to two people present.",
			"In a brief statement read out on Sudanese state television early Wednesday, the army said it had accepted the truce \"out of concern for the suffering of our people\" but warned that it would respond \"decisively\" to any violation. An R.S.F. spokesman, Abdelmoneim Karrar, said in a post on social media that the group was \"fully committed\" to the agreement and called on the army to \"prove its seriousness on the ground.\"",
			"Several issues were left unresolved, according to a copy of the agreement reviewed by The New York Times and three officials familiar with the talks:",
			"— The withdrawal of forces from residential areas, which the army had demanded as a precondition, was deferred to a second round of negotiations expected to begin in early June.",
			"— There was no agreement on the future of the R.S.F. as a separate force, the question that triggered the war in April 2023.",
			"— The document makes no reference to accountability for atrocities, including mass killings in Darfur that the United States has described as genocide.",
			"Human rights groups criticized that last omission. \"A cease-fire that says nothing about justice risks telling commanders they can wait out the world's attention,\" said Dr. Amira Hassaballa, a Sudanese physician and researcher with Physicians for Human Rights. \"Survivors in Darfur deserve more than a pause.\"",
			"The humanitarian situation has deteriorated sharply this year. The United Nations says about 25 million people — more than half of Sudan's population — face acute hunger, and famine has been confirmed in at least 14 areas. The World Food Program said last month that its trucks had been blocked from reaching El Fasher for 11 consecutive weeks.",
			"Edem Kwarteng, the U.N.'s humanitarian coordinator for Sudan, said aid agencies had 140 trucks loaded with food and medical supplies waiting near the border crossing at Adré in Chad and could move \"within hours\" once the truce took hold. \"If the corridors open as promised, we can reach half a million people in the first two weeks,\" he said in a telephone interview from Port Sudan.",
			"The talks gained momentum in April after a series of battlefield setbacks for both sides and mounting pressure from Gulf states and Egypt, several diplomats said. Foreign backers of the two sides have long been accused of supplying weapons in violation of a U.N. arms embargo on Darfur, accusations the governments concerned deny.",
			"Analysts were cautious. Jonas Ekwueme-Lind, a Sudan specialist at the International Crisis Group, said the 30-day window was short but could build confidence if the monitoring mission deployed quickly.",
			"\"The real test is the first 10 days,\" Mr. Ekwueme-Lind said. \"If aid reaches El Fasher and the front lines stay quiet, you create a constituency on both sides for extending it. If a major town changes hands, this collapses the way every previous deal has.\"",
			"In Khartoum, where residents have begun trickling back to neighborhoods recaptured by the army last year, news of the deal was met with guarded hope. Nafisa Elamin, 43, a teacher who returned to the Bahri district in March, said she had heard of the agreement from a neighbor's radio.",
			"\"We have celebrated before, and then the shelling started again the next morning,\" she said by phone. \"This time I will wait until Saturday. If it is quiet on Sunday, then maybe I will believe it.\"",
			"The mediators said a follow-up meeting of military liaison officers from both sides would be held in Jeddah on Thursday to agree on the precise lines and the locations of the humanitarian corridors.",
			...filler
		]).quiz.items;
		const about = quiz.filter((i) => /Ekwueme-Lind/.test(i.stem) || /Ekwueme-Lind/.test(i.options[i.key]));
		expect(about.length).toBeGreaterThan(0);
		expect(about.length).toBeLessThanOrEqual(2);
	});
});
