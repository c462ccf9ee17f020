/**
 * What a person sees of a widget's texts: every element that holds text, measured by its own box, across
 * shadow roots. A text is cut off when its box leaves the viewport, when an ancestor that clips (any
 * `overflow` but `visible`) does not hold it whole, when it scrolls inside its own box, or when a style
 * hides part of it (`text-overflow`, `content-visibility`).
 */

/** Within a pixel: layout rounds sub-pixel boxes either way. */
const TOLERANCE = 1;

function parentAcrossShadow(element: Element): Element | null {
  if (element.parentElement) return element.parentElement;
  const root = element.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}

/** Every element of a tree, entering open shadow roots. */
function* allElements(root: Element | ShadowRoot): Generator<Element> {
  for (const element of root.querySelectorAll('*')) {
    yield element;
    if (element.shadowRoot) yield* allElements(element.shadowRoot);
  }
}

/** Whether an element is drawn at all: not hidden, not inside a screen-reader-only text. */
function isDrawn(element: Element): boolean {
  for (let node: Element | null = element; node; node = parentAcrossShadow(node)) {
    const style = getComputedStyle(node);
    if (style.display === 'none' || style.visibility === 'hidden') return false;
    // Texts for screen readers only are a 1 px box clipped on purpose.
    if (style.clipPath.startsWith('inset(50%')) return false;
  }
  return element.getClientRects().length > 0;
}

function ownText(element: Element): string {
  return [...element.childNodes]
    .filter((node) => node.nodeType === Node.TEXT_NODE)
    .map((node) => node.textContent ?? '')
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
}

function textRect(element: Element): DOMRect {
  const range = document.createRange();
  range.selectNodeContents(element);
  return range.getBoundingClientRect();
}

function clips(style: CSSStyleDeclaration): boolean {
  return style.overflowX !== 'visible' || style.overflowY !== 'visible' || /paint|strict|content/.test(style.contain);
}

function outside(inner: DOMRect, outer: DOMRect): boolean {
  return (
    inner.left < outer.left - TOLERANCE ||
    inner.right > outer.right + TOLERANCE ||
    inner.top < outer.top - TOLERANCE ||
    inner.bottom > outer.bottom + TOLERANCE
  );
}

/**
 * The texts of `root` that a person cannot read whole, each as `"text": why`. Empty when every text is whole
 * and inside the viewport. `view` is the window whose viewport counts.
 */
export function cutOffTexts(root: Element, view: Window = window): string[] {
  const problems: string[] = [];
  // Only sideways: a text above or below the screen is read by scrolling, as intended.
  const sideways = (rect: DOMRect) => rect.left < -TOLERANCE || rect.right > view.innerWidth + TOLERANCE;
  const documentElement = view.document.documentElement;
  if (documentElement.scrollWidth > view.innerWidth) {
    const widest = [root, ...allElements(root.shadowRoot ?? root)]
      .filter((element) => element.getBoundingClientRect().right > view.innerWidth + TOLERANCE)
      .slice(-3)
      .map((element) => `<${element.localName} class="${element.getAttribute('class') ?? ''}">`);
    problems.push(
      `the page scrolls sideways: ${documentElement.scrollWidth} px in ${view.innerWidth} px (${widest.join(', ') || 'not the widget'})`,
    );
  }
  for (const element of [root, ...allElements(root.shadowRoot ?? root)]) {
    const text = ownText(element);
    const style = getComputedStyle(element);
    if (/auto|hidden/.test(style.contentVisibility))
      problems.push(`${element.localName}: content-visibility ${style.contentVisibility}`);
    if (!text || !isDrawn(element)) continue;
    const label = `"${text.slice(0, 60)}"`;
    const box = element.getBoundingClientRect();
    const own = textRect(element);
    if (style.textOverflow !== 'clip') problems.push(`${label}: text-overflow ${style.textOverflow}`);
    if (sideways(own) || sideways(box)) {
      problems.push(
        `${label}: outside the viewport (${Math.round(box.left)}..${Math.round(box.right)} of ${view.innerWidth})`,
      );
    }
    // Form controls scroll their value inside on purpose; every other box holds its text whole.
    const isControl = /^(input|select|textarea)$/.test(element.localName);
    if (!isControl && element.clientWidth > 0 && element.scrollWidth > element.clientWidth + TOLERANCE) {
      problems.push(`${label}: ${element.scrollWidth} px of text in a ${element.clientWidth} px box`);
    }
    for (let ancestor = parentAcrossShadow(element); ancestor; ancestor = parentAcrossShadow(ancestor)) {
      if (ancestor === documentElement || ancestor === view.document.body) break;
      if (clips(getComputedStyle(ancestor)) && outside(own, ancestor.getBoundingClientRect())) {
        problems.push(`${label}: clipped by <${ancestor.localName} class="${ancestor.className}">`);
        break;
      }
    }
  }
  return problems;
}
