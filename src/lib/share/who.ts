/**
 * A player as a sentence names them: the name they gave, kept as typed, or a description of one
 * who gave none ("your friend"), written as it reads mid-sentence, in lower case.
 */
export interface Who {
	name: string;
	/** True for a description, which is capitalised at the start of a sentence; a given name never is. */
	described: boolean;
}

/** The player reading the page, who takes "win", not "wins". */
export const you: Who = { name: 'you', described: true };

/** A player by the name they gave, or by `description` (lower case, "your friend") when they gave none. */
export function named(name: string | null, description: string): Who {
	return name ? { name, described: false } : { name: description, described: true };
}

/** Whether `who` is the reader (`you`), whatever object holds it. */
export function isYou(who: Who): boolean {
	return who.described && who.name === you.name;
}

/** `who` at the start of a sentence or as a heading: a description capitalised, a given name as typed. */
export function atStart(who: Who): string {
	return who.described ? who.name.charAt(0).toUpperCase() + who.name.slice(1) : who.name;
}
