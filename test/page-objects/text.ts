/** The text a person reads in a node: its text content with white space collapsed. */
export const text = (node: Node | null | undefined): string => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/**
 * Everything a person perceives of a node and the shadow roots inside it: its texts, and the names given by
 * `aria-label`, `title` and `alt`, each once.
 */
export function perceivedTexts(root: Node): string[] {
  const texts: string[] = [];
  const visit = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      const value = text(node);
      if (value) texts.push(value);
      return;
    }
    if (node instanceof Element) {
      if (node.matches('style, script')) return;
      for (const name of ['aria-label', 'title', 'alt']) {
        const value = node.getAttribute(name)?.trim();
        if (value) texts.push(value);
      }
      if (node.shadowRoot) visit(node.shadowRoot);
    }
    node.childNodes.forEach(visit);
  };
  visit(root);
  return texts;
}
