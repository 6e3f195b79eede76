/** Whole articles of the holdout94 and holdout95 sets whose items a strict teacher refused, as headline and paragraphs, for precision-g30b.test.ts: some faults show only with the whole story's names and figures. */

export const kerteszObituary: [string, string[]] = [
	"Zsófia Kertész-Baráth, Hungarian painter who defied communist censors, dies at 87",
	[
		"Zsófia Kertész-Baráth, the Hungarian painter whose vast, scorched-looking canvases made her one of the most distinctive voices of the country's unofficial avant-garde, has died in Budapest. She was 87.",
		"Her death, on Monday, was announced by her daughter, the cellist Anna Baráth, who said her mother had died peacefully at home after a short illness.",
		"For much of the 1970s Kertész-Baráth's work was barely seen in public. Under the cultural policy of the Kádár era — which sorted artists into those the state would \"support\", \"tolerate\" or \"ban\" — she spent most of the decade in the third category, after a 1972 exhibition at the chapel studio at Balatonboglár, the lakeside venue where young artists gathered beyond the reach of official galleries, was closed by police. She went on painting anyway, in a rented cellar in Budapest's eighth district, often on sheets of hardboard salvaged from building sites because canvas was hard to find.",
		"\"She used to say the censors did her a favour,\" said Gábor Lendvai, a curator at the Ludwig Museum, which staged a major retrospective of her work in 2012. \"Nobody was going to buy the paintings, nobody was going to show them, so she could do exactly what she wanted. And what she wanted was enormous, dark, furious things.\"",
		"Those works — layered with tar, ash and oil paint, sometimes deliberately burned at the edges with a blowtorch — were later read as quiet protests against the suppression of memory in postwar Hungary. Kertész-Baráth herself disliked that interpretation. Asked about it in a 2015 interview with the weekly Magyar Narancs, she said she had \"painted weather, not politics\", and that people who needed a message could \"bring their own\".",
		"Born in Szeged on April 3, 1937, she was the younger of two daughters of a railway engineer and a piano teacher. She studied at the Hungarian Academy of Fine Arts in Budapest, graduating in 1961, and spent the early part of her career teaching drawing at a secondary school in Kecskemét.",
		"Recognition came late. After 1989 her work began to appear in exhibitions in Vienna, Kraków and Berlin, and by the early 2000s Western collectors had discovered her. In 2019 one of her large canvases from 1976, Tisza Flood, sold at auction in Budapest for 48 million forints (roughly €145,000 at the time), then a record for a living Hungarian woman artist.",
		"She remained wary of the art market and, by her own account, of most art critics. In later years she divided her time between Budapest and a farmhouse near Tihany, on the northern shore of Lake Balaton, where she continued to paint until last year.",
		"Hungary's culture ministry said in a statement that her death was \"a loss for Hungarian art\", a line her friends noted with some irony, given the decades in which the state had kept her work out of sight.",
		"Her husband, the sculptor Péter Baráth, died in 2008. She is survived by her daughter and two grandsons."
	]
];

export const lufthansaStrike: [string, string[]] = [
	"Lufthansa cancels more than 1,300 flights as cabin crew walk out",
	[
		"FRANKFURT (Reuters) — Lufthansa cancelled more than 1,300 flights at its Frankfurt and Munich hubs on Thursday as cabin crew began a 48-hour strike over pay and pensions, stranding tens of thousands of passengers during the last week of the Easter school holidays in several German states.",
		"The walkout, called by the flight attendants' union UFO, began at 4 a.m. and is due to run until 4 a.m. on Saturday. Lufthansa said it expected to operate only around 10% of its scheduled mainline programme from the two airports on Thursday and Friday, and that about 160,000 passengers would be affected.",
		"Departure boards at Frankfurt showed row after row of cancellations by mid-morning. Long-haul flights to North America and Asia were worst hit; some European routes operated by partner airlines in the group, including Austrian Airlines and Swiss, ran as normal.",
		"\"We did not take this decision lightly,\" said Sabine Köhler-Arslan, UFO's head of collective bargaining. \"We have been negotiating since November. Our members have watched the company post record revenues while their real incomes have gone backwards for four years. At some point, patience stops being a virtue.\"",
		"The union is seeking a 15% pay rise over two years, an increase in the company's contribution to crew pension plans and new limits on the number of consecutive early-morning duties. Lufthansa says its last offer, made on March 31, would have raised pay by 6.5% over 26 months plus a one-off payment of €1,500 per employee.",
		"Matthias Brückner, a Lufthansa spokesman, called the strike \"disproportionate\" and said the airline had been ready to continue talks this week.",
		"\"The union has chosen to hit our customers at one of the busiest points of the year,\" he said. \"Our offer is fair, it is on the table, and it remains there.\"",
		"Analysts at a Frankfurt-based brokerage estimated that each day of strike action costs the group between €25 million and €30 million in lost revenue and rebooking costs. Shares in Deutsche Lufthansa fell 2.1% in early trading before recovering slightly to close 1.4% lower.",
		"For passengers, the figures mattered less than the queues. Marta Wiśniewska, 34, who was travelling from Frankfurt to Kraków with two children, said she had found out about the cancellation only when she reached the check-in desk.",
		"\"The app said everything was fine at six o'clock,\" she said. \"Now they tell me maybe Saturday, maybe by train. With two kids and a suitcase each, it's not an adventure.\"",
		"Lufthansa advised affected customers to:",
		"- check flight status online before travelling to the airport\n- use the app or website to rebook free of charge on a later date\n- switch to Deutsche Bahn trains on domestic routes, with tickets issued through the airline",
		"Under EU rules, passengers on cancelled flights are entitled to rebooking or a refund, as well as meals and, where necessary, hotel accommodation. Whether they can also claim compensation of up to €600 is less clear: courts have generally treated strikes by an airline's own staff as within its control, which would make payouts due, though Lufthansa declined on Thursday to say how it would handle claims.",
		"It is the first full-scale walkout by cabin crew at Lufthansa's mainline operation since 2019, and comes after pilots represented by the Vereinigung Cockpit union reached a deal with the airline late last year. Germany's transport minister urged both sides to accept mediation.",
		"UFO said it was open to talks over the weekend but would not rule out further action later this month if no improved offer was made."
	]
];

export const galleTest: [string, string[]] = [
	"Jayasekara's unbeaten 61 steers Sri Lanka to seven-wicket win over Bangladesh in Galle",
	[
		"GALLE, Sri Lanka — Kavindu Jayasekara made an unbeaten 61 on a crumbling fifth-day pitch as Sri Lanka beat Bangladesh by seven wickets in the first Test on Monday, reaching a target of 126 twenty minutes after lunch to go 1-0 up in the two-match series.",
		"The 24-year-old left-hander, playing only his ninth Test, walked out at 38 for two after both openers had fallen to the off-spin of Nayeem Sarkar, and he was still there when captain Lahiru Gunawardena swept the winning boundary through square leg. The pair added an unbroken 71 for the fourth wicket.",
		"It was not as comfortable as the margin suggests. When Dilshan Madurapperuma was caught at short leg for 9 with the score on 55, the ball was turning sharply out of the footmarks and Bangladesh, who had three spinners crowding the bat, sensed an opening. Jayasekara shut it down by using his feet, twice lofting Sarkar over long-on for six in the space of four overs.",
		"\"The plan was simple — don't let them settle, because if you just sit there on this wicket, one will eventually have your name on it,\" Jayasekara said. \"Lahiru aiya kept telling me to play the ball, not the situation.\"",
		"Scores in brief:",
		"- Bangladesh 278 (Anamul Karim 94, Tawhid Alam 47; Pramod Liyanage 3-88) and 241 (Mahmudul Hasan 66; Liyanage 5-71)\n- Sri Lanka 394 (Sadeera Wijesinghe 152, Gunawardena 58; Nayeem Sarkar 4-119) and 126-3 (Jayasekara 61 not out, Gunawardena 29 not out)",
		"Bangladesh had resumed on the final morning at 226 for eight, a lead of 110, and hoped their tail could stretch it towards 175. Instead, Liyanage needed only 40 minutes. The 31-year-old off-spinner had Khaled Mia stumped for 4 and then trapped Ebadot Sheikh lbw — a decision upheld on review — to finish with five wickets in an innings for the sixth time and eight in the match.",
		"Liyanage was named player of the match, although he pointedly handed the credit to Wijesinghe, whose 152 on the second and third days gave Sri Lanka a first-innings lead of 116. The right-hander batted for seven hours and 12 minutes, hit 17 fours and a six, and survived a dropped chance at slip on 41 that Bangladesh will replay in their heads on the bus to Colombo.",
		"\"That drop cost us the Test, honestly,\" said Faisal Chowdhury, the Bangladesh captain. \"We fought back well in the second innings, and Mahmudul batted beautifully, but you can't give a player of Sadeera's quality a second life on a pitch like this.\"",
		"Chowdhury said his side would consider bringing in a fourth seamer for the second Test, which starts at the Sinhalese Sports Club on Friday, where the surface has traditionally offered more bounce.",
		"Gunawardena, who was criticised after a 2-0 series defeat in South Africa in December, said the win was \"a step, not a destination\". He praised the crowd — Sri Lanka Cricket put the five-day attendance at just over 21,000, including a large contingent of travelling Bangladesh supporters who packed the grass banks below the old Dutch fort — and said the team still had \"plenty to tidy up\" with the bat.",
		"The result lifts Sri Lanka to fourth in the World Test Championship standings with 52.78% of available points. Bangladesh, who have now lost six of their last eight Tests away from home, remain eighth.",
		"Sri Lanka are expected to name an unchanged XI. Madurapperuma, who has scored 71 runs in his last five innings, is under pressure, but the selectors said on Monday evening that no changes had been discussed."
	]
];

export const bernElection: [string, string[]] = [
	"SVP extends lead in Bern cantonal vote as Greens suffer heavy losses",
	[
		"BERN, Switzerland — The right-wing Swiss People's Party (SVP) strengthened its position as the largest force in the canton of Bern on Sunday, winning four more seats in the regional parliament, while the Greens lost almost a quarter of their representation in an election marked by low turnout and worries over housing costs and energy prices.",
		"According to provisional results published by the cantonal chancellery late on Sunday, the SVP took 30.4% of the vote, up 2.3 percentage points on 2022, and will hold 48 of the 160 seats in the Grand Council. The Social Democrats (SP) finished second with 22.1% and gained two seats.",
		"The distribution of seats, with changes on the last election, is:",
		"- SVP: 48 (+4)\n- SP: 37 (+2)\n- FDP.The Liberals: 19 (-1)\n- Greens: 16 (-5)\n- Green Liberals (GLP): 14 (-2)\n- The Centre (Mitte): 14 (+2)\n- Evangelical People's Party (EVP): 9 (unchanged)\n- Federal Democratic Union (EDU): 3 (unchanged)",
		"Turnout was 34.8%, slightly below the 35.6% recorded four years ago and one of the lowest among Swiss cantons holding elections this spring.",
		"\"People in this canton have told us very clearly that they want someone to look after the middle-class family that cannot find a flat in Bern or Thun for less than 2,500 francs a month,\" said Beat Gerber-Aeschlimann, the SVP's cantonal president, at the party's election gathering in a hotel near the Bärenplatz. \"That's the message, and we intend to act on it.\"",
		"The Greens, who had surged in 2018 and held most of those gains in 2022, were the clear losers. Their share fell to 10.3% from 13.6%. Party co-president Nadia Ramseyer conceded that the result was \"painful\" but rejected the idea that climate policy had become a liability. \"We did not lose because people stopped caring about glaciers,\" she told SRF television. \"We lost because we did not speak enough about rent and about wages. That is on us.\"",
		"In the separate election for the seven-member executive council, the canton's government, six of the seats were filled in the first round. The five incumbents seeking re-election — two from the SVP and one each from the SP, the FDP and The Centre — were all returned comfortably. Christine Häberli of the SP topped the poll with 181,400 votes.",
		"The seat reserved by the cantonal constitution for the French-speaking Bernese Jura went to Jean-Marc Froidevaux, 58, of the Socialist Party, a former mayor of the small commune of Court, who will succeed a retiring party colleague. Froidevaux said his priority would be \"making sure Biel and the Jura bernois are not treated as an afterthought in the capital\".",
		"The seventh seat, vacated by a retiring Green member, will be decided in a second round on April 19. Lukas Zürcher of the Green Liberals, who is trying to win his party's first seat in the government, fell about 9,000 votes short of the absolute majority, while the Green candidate, Seraina Bühlmann, 41, finished some 22,000 votes behind him. Bühlmann said on Sunday night that she would stand again in the second round, setting up a contest that will determine whether the left retains three members of the government or is reduced to two.",
		"Political scientist Adrian Vatter-Kohli of the University of Bern said the result fitted a wider pattern seen in Zurich and Lucerne, where the SVP and the SP have both gained at the expense of the smaller centrist and ecological parties. \"What we are seeing is a polarisation, but a Swiss one — slow, and within a system that still forces everybody to share power,\" he said.",
		"The parties together spent an estimated 3.4 million Swiss francs (about $3.9 million) on the campaign, according to figures filed under the canton's new transparency rules, which came into force last year. The SVP accounted for roughly a third of that total.",
		"The newly elected Grand Council will hold its first session on June 1."
	]
];

export const ukHousePrices: [string, string[]] = [
	"UK house prices rise for third month as Northern Ireland and north-west lead the way",
	[
		"UK house prices rose for a third consecutive month in March, helped by a rush of buyers trying to beat the end of the financial year and by mortgage rates that have edged lower since the Bank of England's last cut, figures from Nationwide showed on Wednesday.",
		"The average price of a home reached £276,480, the building society said, up 0.4% on February and 3.1% higher than a year earlier. Economists polled by Reuters had expected a monthly rise of 0.2% and annual growth of 2.8%.",
		"The figures suggest the market has held up better than many forecasters predicted a year ago, when the end of temporary stamp duty relief in England — which cut the threshold at which first-time buyers start paying the tax to £300,000 from £425,000 in April 2025 — was expected to weigh on demand for some time.",
		"\"Affordability is still stretched, but it is slowly moving in the right direction,\" said Hannah Okafor-Reid, a senior economist at the consultancy Pantheon Macroeconomics. \"Wage growth is running ahead of house-price growth for the first time in a long while, and the typical two-year fixed rate is now below 4.5%. That combination is enough to bring people back.\"",
		"Nationwide's quarterly regional breakdown showed a familiar pattern, with the strongest growth in Northern Ireland and northern England and the weakest in London and the south of England. Annual change in the first quarter of 2026, by region:",
		"- Northern Ireland: +8.2% (average price £196,310)\n- North West: +4.9% (£231,940)\n- Scotland: +4.6% (£197,520)\n- Wales: +3.3% (£221,870)\n- Yorkshire and the Humber: +3.1% (£214,080)\n- South East: +1.1% (£388,650)\n- London: +0.7% (£539,200)",
		"The gap between the most and least expensive areas has narrowed every quarter since late 2023, though a typical home in London still costs more than 2.7 times one in Northern Ireland.",
		"Separate Bank of England data published on Monday showed that lenders approved 64,300 mortgages for house purchases in February, up from 61,900 in January and the highest since last autumn. Net mortgage lending rose to £4.2bn.",
		"Estate agents reported a busier spring than last year. Tomasz Wróbel, who runs a branch of a chain of agents in Warrington, Cheshire, said viewings were up by about a fifth on 2025, with first-time buyers — many in their early thirties and buying with a partner — making up more than half of the agreed sales in his office. \"We're seeing people who gave up two years ago come back. They're not overpaying, though. Anything that's priced too ambitiously just sits there,\" he said.",
		"Not everyone expects the momentum to last. Capital Economics said in a note that a softening jobs market, with unemployment at its highest in almost five years, would keep a lid on prices, and forecast growth of 2% for 2026 as a whole. The Office for Budget Responsibility's most recent forecast pencils in a similar figure.",
		"Rightmove, the property portal, said this week that average asking prices for newly listed homes had risen by £3,180 in March, a seasonal increase, but that the number of properties coming to market was 9% higher than a year earlier, giving buyers more choice and more room to negotiate.",
		"For renters hoping to buy, the picture remains difficult. According to the housing charity Shelter, a first-time buyer on a median income in England needs to save for about 11 years to build a 10% deposit, assuming they are also paying market rent.",
		"Read more: Mortgage rates: what the latest Bank of England decision means for you",
		"The Bank of England's Monetary Policy Committee next meets on 7 May. Financial markets currently price in a roughly 60% chance that Bank Rate, now 3.5%, will be lowered again by the summer."
	]
];

export const kavioLayoffs: [string, string[]] = [
	"Amsterdam payments group Kavio to cut 1,150 jobs in restructuring",
	[
		"Kavio, the Amsterdam-based payments company, said on Tuesday it would cut about 1,150 jobs, or roughly 18% of its workforce, as it scales back its expansion into consumer lending and leans more heavily on automation in customer support.",
		"In a memo to staff, chief executive Sanne de Vries-Mahmoud said the company had \"hired ahead of growth that did not arrive\" during 2022 and 2023, and that its cost base had become \"out of line with a business that wants to be sustainably profitable, not just big\".",
		"\"This is the hardest decision I have made since we founded Kavio,\" she wrote. \"The people leaving us did good work. This is about choices we made as a leadership team, not about them.\"",
		"The cuts will fall most heavily on the company's offices in Amsterdam, Lisbon and Kraków. Around 400 roles in customer operations will go as Kavio moves more queries to an AI-based assistant, which the company says already resolves about 60% of merchant questions without human help. The buy-now-pay-later unit it launched in Germany and Spain two years ago will be wound down by March.",
		"Kavio said it expected to book a restructuring charge of €85 million to €95 million, mostly in the fourth quarter, and that the changes would reduce annual operating costs by about €160 million from 2026. It kept its forecast for full-year revenue of €1.9 billion to €2 billion.",
		"Shares in the company, which listed on Euronext Amsterdam in 2021 at €34, rose 6.4% to €21.72 by midday.",
		"Analysts said the move had been expected. \"They grew into too many adjacent products at once,\" said Joost Verbeek, an analyst at ING in Amsterdam. \"Payments is a volume business with thin margins. You cannot carry a headcount built for a fintech in 2021.\"",
		"The FNV trade union said it would seek talks over severance terms for Dutch employees, and that works councils in Portugal and Poland had to be consulted before any notices were issued.",
		"The announcement adds to a wave of job cuts across European technology companies this year, as firms that expanded rapidly during the pandemic seek to protect margins."
	]
];

export const torunTheft: [string, string[]] = [
	"Thieves use renovation scaffolding to steal Renaissance silver from Polish museum",
	[
		"TORUŃ, Poland (AP) — Thieves climbed scaffolding on a medieval town hall in the northern Polish city of Toruń and broke into a museum gallery overnight, escaping with seven gilded silver goblets and a ceremonial chain made by the city's guild of goldsmiths in the 16th and 17th centuries, police said Tuesday.",
		"The objects, which the museum values at about 4 million zlotys ($1 million), were taken from a display room on the second floor of the Old Town Hall, a Gothic building in the centre of a UNESCO-listed old town best known as the birthplace of the astronomer Nicolaus Copernicus.",
		"The break-in happened between about 2:40 a.m. and 3:05 a.m. on Tuesday, according to Aleksandra Kowalczyk-Żak, a spokeswoman for the regional police in Toruń. She said two people, both dressed in dark clothing and with their faces covered, were seen on security footage forcing a window that had been fitted with temporary frames while the facade is repaired.",
		"\"They knew where they were going. They were inside for less than eight minutes and they went straight to two cases,\" Kowalczyk-Żak said. An alarm was triggered, she added, but by the time a security patrol arrived the thieves had gone.",
		"Police closed several streets around the market square for most of the morning, and forensic officers could be seen working on the scaffolding on the building's eastern side. Officers were looking for a dark van seen leaving the old town shortly after 3 a.m., Kowalczyk-Żak said.",
		"The stolen pieces include a covered goblet decorated with a relief of the city's coat of arms, made around 1590 by a goldsmith named Jakub Ottenberger — one of the most important surviving works of the Toruń guild — and a silver chain worn by the guild's elder during processions. Most of the items had been restored in 2019 with funding from the culture ministry.",
		"\"For us these are not simply valuable objects. They are the history of this city's craftsmen, of the people who built its wealth,\" said Grzegorz Wiśniewski, the director of the District Museum in Toruń, who choked up briefly as he spoke to reporters outside the building. \"Their material value can be estimated. Their importance cannot.\"",
		"Wiśniewski said the museum's insurance covered the collection but that he feared the pieces could be melted down for their metal. He urged collectors and dealers in Poland and abroad not to buy them. Photographs of all eight objects have been sent to Interpol's database of stolen works of art, police said.",
		"The museum, which is housed in several historic buildings in Toruń and had about 520,000 visitors last year, closed the Old Town Hall on Tuesday and said it would review security arrangements with the contractor responsible for the renovation. The work, budgeted at 11.6 million zlotys, began in September and is due to finish next year.",
		"The theft is the latest in a series targeting European museums in recent years. In January, thieves blew open a door at the Drents Museum in the Netherlands and stole a 2,500-year-old golden helmet and three bracelets on loan from Romania. In 2019, a raid on the Green Vault in Dresden, Germany, netted 18th-century jewellery worth more than €113 million.",
		"Police offered a reward of 50,000 zlotys (about €12,000) for information leading to the recovery of the objects."
	]
];
