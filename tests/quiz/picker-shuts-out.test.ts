import { describe, expect, it } from 'vitest';
import { reportOf } from './report';

describe('the picker leaves out an item whose name key the stems of two or more other sentences give away (shutsOut)', () => {
	// an obituary's lead "who is described as a Czech cellist?" is answered by every later stem that names her:
	// picked first, it left a quiz of 2 items (h40 freed the headline's name, and a dev-set obituary fell from 8 to 4)
	it('asks the later facts of an obituary, not the lead role that every one of them names', () => {
		const paragraphs = [
			'The Czech cellist Marta Dvořáková, who has died aged 86, spent the first half of her career playing music the communist censors distrusted, and the second half being honoured by the same state. "In 1968 they told me my Bach was too religious," she said in 2010, when she received the Medal of Merit. "Now they give me medals for the same Bach."',
			'Dvořáková, who died on Sunday at her home in Brno after a short illness, was among the first women to lead a string quartet in postwar Czechoslovakia, and her 1972 recording of the Janáček quartets is still regarded by critics as one of the finest of its time. It sold fewer than 4,000 copies on its release but circulated widely on tapes, and was reissued in 2008 to belated acclaim.',
			'Born in Ostrava in March 1939, Marta was the only child of Věra, a nurse, and Josef Dvořák, a miner. She studied at the Prague Conservatory from 1954, where her teacher was the cellist Miloš Sádlo.',
			'In 1965 she formed the Morava Quartet with the violinists Jan Beneš and Petr Kříž and the violist Tomáš Holub. The quartet toured Japan in 1979, playing 23 concerts in five weeks.',
			'After the Velvet Revolution in 1989 she taught at the Janáček Academy in Brno until 2009. Her students included the Norwegian cellist Ingrid Berg, who said on Monday that Dvořáková "taught us that silence is part of the music".',
			'She married the conductor Pavel Novák in 1962; he died in 2015. She is survived by their son, Martin, and three grandchildren.'
		];
		const stems = reportOf('Marta Dvořáková obituary', paragraphs).quiz.items.map((i) => i.stem);
		expect(stems).not.toContain('In the article, who is described as a Czech cellist?');
		expect(stems.length).toBeGreaterThanOrEqual(5);
	});
});
