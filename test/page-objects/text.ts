/** The text a person reads in a node: its text content with white space collapsed. */
export const text = (node: Node | null | undefined): string => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
