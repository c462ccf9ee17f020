/** The element that scrolls `element`: the nearest ancestor, across shadow roots, whose content scrolls. */
function scrollerOf(element: Element): Element {
  for (let node: Element | null = element; node;) {
    node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host as Element | undefined) ?? null;
    if (!node || node === document.documentElement) break;
    const { overflowY } = getComputedStyle(node);
    if (/auto|scroll/.test(overflowY) && node.scrollHeight > node.clientHeight) return node;
  }
  return document.scrollingElement ?? document.documentElement;
}

/**
 * Runs `change` (for example a render that shows or hides text above `element`) and scrolls so that
 * `element` stays where the citizen's eye and finger are: nothing jumps away under a tap.
 */
export async function keepInPlace(element: Element, change: () => Promise<unknown>): Promise<void> {
  const before = element.getBoundingClientRect().top;
  await change();
  const moved = element.getBoundingClientRect().top - before;
  if (Math.abs(moved) >= 1) scrollerOf(element).scrollBy({ top: moved, behavior: 'instant' });
}
