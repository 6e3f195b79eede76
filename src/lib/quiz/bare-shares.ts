/**
 * A share with no whole as the subject a stem opens on: "About 70% came from the Scottish
 * Government's Peatland ACTION programme", "Half went to councils", "Two-thirds were women". The
 * whole (the £4.2m the project cost, the members polled) is in the sentence before, so the stem
 * asks for a part of nothing it says (a dev174 reader's R4: "70% of what?"). Where the share has
 * its whole after it ("About 70% of the cost came from ...") the stem is self-contained.
 */

// a hedge before a share: "About 70%", "Just over half"
const HEDGE = String.raw`(?:(?:About|Around|Roughly|Some|Nearly|Almost|Only|Just|Just over|Just under|More than|Less than|Fewer than|Over|Under|At least|Fully) )?`;
// a share written as a figure, a word or a fraction: "70%", "70 per cent", "half", "a third", "two-thirds"
const SHARE = String.raw`(?:\d[\d.]*(?:%| per ?cent| percent)|[Hh]alf|[Aa] (?:third|quarter|fifth|tenth)|(?:[Tt]wo|[Tt]hree|[Ff]our)[- ](?:thirds|quarters|fifths|tenths))`;
// the verbs a bare share is the subject of; "of", "were spent on" and the like are no verbs here, and a share before
// a noun ("70% stake") is no subject on its own
const VERB = String.raw`(?:came|come|comes|went|go|goes|was|were|is|are|will|would|has|have|had|said|say|says|lived|live|lives|voted|vote|votes|backed|opposed|supported|paid|pays)`;
// group 1 the share, or the blank that stands for it
const BARE_SHARE = new RegExp(String.raw`^${HEDGE}(${SHARE}|_____%?|_____ per ?cent) ${VERB}\b`, 'u');

/**
 * Does a stem open on a share with no whole as its subject ("About 70% came from ...")? A blank
 * counts only where the key is a share (`blankIsShare`: a percentage), as "About _____ came from
 * ..." of a £2.9m key says what came. Takes the stem and whether the key is a share.
 */
export function bareShareSubject(stem: string, blankIsShare: boolean): boolean {
	const m = BARE_SHARE.exec(stem);
	return m !== null && (!m[1].startsWith('_____') || blankIsShare);
}
