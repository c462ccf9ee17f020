/**
 * Registers a custom element unless the tag is taken, so that loading the widget twice, or next to another
 * copy or version, never throws. The first definition wins.
 */
export function defineElement(tag: string, constructor: CustomElementConstructor): void {
  if (!customElements.get(tag)) customElements.define(tag, constructor);
}
